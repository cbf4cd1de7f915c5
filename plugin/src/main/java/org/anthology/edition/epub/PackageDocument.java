package org.anthology.edition.epub;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Metadata;

/**
 * Renders the EPUB 3 package document ({@code content.opf}: metadata, manifest and spine) and the
 * {@code META-INF/container.xml} that points reading systems to it.
 */
final class PackageDocument {

    static final String FILE = "content.opf";

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML_TYPE = "application/xhtml+xml";
    private static final String BOOK_ID = "book-id";
    /** EPUB 3 requires dcterms:modified in exactly this form, in UTC, without fractions of a second. */
    private static final DateTimeFormatter MODIFIED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private PackageDocument() {
    }

    /** Writes {@code META-INF/container.xml} naming the package document at {@code opfPath}. */
    static void writeContainer(String opfPath, OutputStream out) {
        Xml xml = new Xml(out);
        xml.start("container").defaultNamespace("urn:oasis:names:tc:opendocument:xmlns:container")
                .attr("version", "1.0").newline();
        xml.start("rootfiles").newline();
        xml.empty("rootfile").attr("full-path", opfPath).attr("media-type", "application/oebps-package+xml");
        xml.newline().end().newline().end().newline();
        xml.finish();
    }

    /** Writes the package document; chapter manifest ids are prefixed so they never clash with the fixed items. */
    static void write(Anthology book, OutputStream out) {
        Metadata metadata = book.metadata();
        Xml xml = new Xml(out);
        xml.start("package").defaultNamespace(OPF_NS).attr("version", "3.0").attr("unique-identifier", BOOK_ID)
                .xmlLang(metadata.language()).newline();
        metadata(xml, metadata);
        manifest(xml, book.chapters());
        spine(xml, book.chapters());
        xml.end().newline();
        xml.finish();
    }

    private static void metadata(Xml xml, Metadata metadata) {
        xml.start("metadata").namespace("dc", DC_NS).newline();
        dc(xml, "identifier").attr("id", BOOK_ID).text(metadata.identifier()).end().newline();
        dc(xml, "title").attr("id", "title").text(metadata.title()).end().newline();
        refine(xml, "title", "title-type", "main");
        metadata.subtitle().ifPresent(subtitle -> {
            dc(xml, "title").attr("id", "subtitle").text(subtitle).end().newline();
            refine(xml, "subtitle", "title-type", "subtitle");
        });
        dc(xml, "language").text(metadata.language()).end().newline();
        List<String> creators = metadata.creators();
        for (int i = 0; i < creators.size(); i++) {
            String id = "creator-" + (i + 1);
            dc(xml, "creator").attr("id", id).text(creators.get(i)).end().newline();
            refine(xml, id, "display-seq", Integer.toString(i + 1));
        }
        metadata.publisher().ifPresent(p -> dc(xml, "publisher").text(p).end().newline());
        metadata.rights().ifPresent(r -> dc(xml, "rights").text(r).end().newline());
        metadata.description().ifPresent(d -> dc(xml, "description").text(d).end().newline());
        xml.start("meta").attr("property", "dcterms:modified").text(MODIFIED.format(metadata.modified())).end();
        xml.newline().end().newline();
    }

    private static Xml dc(Xml xml, String element) {
        return xml.start("dc", element, DC_NS);
    }

    private static void refine(Xml xml, String id, String property, String value) {
        xml.start("meta").attr("refines", "#" + id).attr("property", property).text(value).end().newline();
    }

    private static void manifest(Xml xml, List<Chapter> chapters) {
        xml.start("manifest").newline();
        item(xml, "nav", NavDocument.FILE, XHTML_TYPE).attr("properties", "nav");
        xml.newline();
        item(xml, "ncx", NcxDocument.FILE, NcxDocument.MEDIA_TYPE).newline();
        item(xml, "css", EpubEdition.CSS_FILE, "text/css").newline();
        item(xml, "title-page", TitlePage.FILE, XHTML_TYPE).newline();
        for (Chapter chapter : chapters) {
            item(xml, itemId(chapter), ChapterXhtml.fileName(chapter.id()), XHTML_TYPE).newline();
        }
        xml.end().newline();
    }

    private static Xml item(Xml xml, String id, String href, String mediaType) {
        return xml.empty("item").attr("id", id).attr("href", href).attr("media-type", mediaType);
    }

    private static void spine(Xml xml, List<Chapter> chapters) {
        xml.start("spine").attr("toc", "ncx").newline();
        itemref(xml, "title-page");
        itemref(xml, "nav");
        for (Chapter chapter : chapters) {
            itemref(xml, itemId(chapter));
        }
        xml.end().newline();
    }

    private static void itemref(Xml xml, String idref) {
        xml.empty("itemref").attr("idref", idref).newline();
    }

    private static String itemId(Chapter chapter) {
        return "chapter-" + chapter.id();
    }
}
