package org.anthology.edition.epub;

import java.io.OutputStream;
import org.anthology.model.Credits;
import org.anthology.model.Anthology;

/**
 * Renders the EPUB 3 package document ({@code content.opf}: metadata, manifest and spine) and the
 * {@code META-INF/container.xml} that points reading systems to it.
 */
final class PackageDocument {

    static final String FILE = "content.opf";

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";

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

    /** Writes the package document listing every item of {@code manifest}, the spine in the order they were added. */
    static void write(Anthology book, Credits credits, EpubOptions options, java.util.Optional<String> pageBreakSource,
                      Manifest manifest, OutputStream out) {
        Xml xml = new Xml(out);
        xml.start("package").defaultNamespace(OPF_NS).attr("version", "3.0")
                .attr("unique-identifier", PackageMetadata.BOOK_ID).xmlLang(book.metadata().language()).newline();
        PackageMetadata.write(xml, book.metadata(), credits, options, pageBreakSource);
        manifest(xml, manifest);
        spine(xml, manifest);
        xml.end().newline();
        xml.finish();
    }

    private static void manifest(Xml xml, Manifest manifest) {
        xml.start("manifest").newline();
        for (Manifest.Item item : manifest.items()) {
            xml.empty("item").attr("id", item.id()).attr("href", item.href()).attr("media-type", item.mediaType());
            if (!item.properties().isEmpty()) {
                xml.attr("properties", item.properties());
            }
            xml.newline();
        }
        xml.end().newline();
    }

    private static void spine(Xml xml, Manifest manifest) {
        xml.start("spine").attr("toc", EpubEdition.NCX_ID).newline();
        for (Manifest.Item item : manifest.items()) {
            if (item.inSpine()) {
                xml.empty("itemref").attr("idref", item.id()).newline();
            }
        }
        xml.end().newline();
    }
}
