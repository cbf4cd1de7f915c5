package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TimeZone;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Metadata;

/**
 * Fills the PDF's document information, XMP metadata, output intent, language, file identifier and page labels
 * from the book's metadata, as PDF/A-1b asks. OpenPDF stamps the current time and a random file identifier by
 * default; both are replaced here by values derived from the metadata, and the XMP packet is written from the
 * finished information dictionary, so two writes of the same book are byte for byte the same.
 */
final class DocumentInfo {

    /** The sRGB IEC61966-2.1 profile embedded as the output intent, a resource beside this class. */
    static final String SRGB_PROFILE = "sRGB.icc";

    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private DocumentInfo() {
    }

    /**
     * Title, author, subject, keywords ({@code subjects}, then the chapters' authors) and creator; call before the
     * document is opened.
     */
    static void describe(Document document, Anthology book, java.util.List<String> subjects) {
        Metadata metadata = book.metadata();
        document.addTitle(metadata.title());
        if (!metadata.creators().isEmpty()) {
            document.addAuthor(String.join(", ", metadata.creators()));
        }
        metadata.subtitle().or(metadata::description).ifPresent(document::addSubject);
        String keywords = keywords(book, subjects);
        if (!keywords.isEmpty()) {
            document.addKeywords(keywords);
        }
        document.addCreator("Anthology");
    }

    /**
     * The sRGB output intent PDF/A asks for, with the plugin's own ICC version 2 profile ({@code sRGB.icc}, zlib
     * licence) embedded byte for byte. OpenPDF's own output intent passes a profile through the Java runtime's
     * colour engine, which rewrites its header (the platform field) differently from one JDK release to the next, so
     * the same book's PDF would differ between JDK 17, 21 and 25. Call after opening.
     */
    static void outputIntent(PdfWriter writer) {
        try (InputStream in = DocumentInfo.class.getResourceAsStream(SRGB_PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + SRGB_PROFILE);
            }
            PdfStream profile = new PdfStream(in.readAllBytes());
            profile.put(PdfName.N, new PdfNumber(3));
            profile.flateCompress();
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB_NAME));
            intent.put(PdfName.OUTPUTCONDITION, new PdfString(SRGB_NAME));
            intent.put(PdfName.INFO, new PdfString(SRGB_NAME));
            intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB colour profile", e);
        }
    }

    /**
     * Dates from {@link Metadata#modified()}, the language, a file identifier and the XMP packet matching the
     * information dictionary, with the PDF/UA-1 identification when the document is {@code tagged}; call before
     * closing.
     */
    static void stamp(PdfWriter writer, Metadata metadata, boolean tagged) {
        Calendar modified = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(metadata.modified().toEpochMilli());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(modified));
        info.put(PdfName.MODDATE, new PdfDate(modified));
        // OpenPDF takes the trailer's /ID from this key when present instead of hashing the clock.
        byte[] id = fileId(metadata);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        writer.setXmpMetadata(xmp(info, metadata.language(), tagged));
    }

    /** As {@link #stamp(PdfWriter, Metadata, boolean)}, for an untagged document. */
    static void stamp(PdfWriter writer, Metadata metadata) {
        stamp(writer, metadata, false);
    }

    /** Lower-case roman numerals for the {@code frontPages} front pages, then arabic from 1 for the body. */
    static PdfPageLabels pageLabels(int frontPages) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
        labels.addPageLabel(frontPages + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        return labels;
    }

    /** The book's subjects and its chapters' authors, as a reader would search for them. */
    private static String keywords(Anthology book, java.util.List<String> subjects) {
        Set<String> authors = new LinkedHashSet<>(subjects);
        for (Chapter chapter : book.chapters()) {
            authors.addAll(chapter.authorNames());
        }
        return String.join(", ", authors);
    }

    /** XMP from the information dictionary (no clock involved), with the PDF/A-1b identification and language. */
    private static byte[] xmp(PdfDictionary info, String language, boolean tagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(out, info, tagged ? PdfWriter.PDFA1A : PdfWriter.PDFA1B)) {
            xmp.addRdfDescription(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
                    "<dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>");
            if (tagged) {
                UniversalAccess.identify(xmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] fileId(Metadata metadata) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = metadata.identifier() + "\n" + metadata.modified() + "\n" + metadata.title();
            return md5.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
