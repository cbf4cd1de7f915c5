package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.anthology.model.Metadata;

/**
 * Fills the PDF's document information, language, file identifier and page labels from the book's metadata.
 * OpenPDF stamps the current time and a random file identifier by default; both are replaced here by values
 * derived from the metadata, so two writes of the same book are byte for byte the same.
 */
final class DocumentInfo {

    private DocumentInfo() {
    }

    /** Title, author, subject and creator; call before the document is opened. */
    static void describe(Document document, Metadata metadata) {
        document.addTitle(metadata.title());
        if (!metadata.creators().isEmpty()) {
            document.addAuthor(String.join(", ", metadata.creators()));
        }
        metadata.subtitle().or(metadata::description).ifPresent(document::addSubject);
        document.addCreator("Anthology");
    }

    /** Dates from {@link Metadata#modified()}, the language and a file identifier; call before closing. */
    static void stamp(PdfWriter writer, Metadata metadata) {
        Calendar modified = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(metadata.modified().toEpochMilli());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(modified));
        info.put(PdfName.MODDATE, new PdfDate(modified));
        // OpenPDF takes the trailer's /ID from this key when present instead of hashing the clock.
        byte[] id = fileId(metadata);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
    }

    /** Lower-case roman numerals for the {@code frontPages} front pages, then arabic from 1 for the body. */
    static PdfPageLabels pageLabels(int frontPages) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
        labels.addPageLabel(frontPages + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        return labels;
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
