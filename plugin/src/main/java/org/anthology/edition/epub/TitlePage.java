package org.anthology.edition.epub;

import java.io.OutputStream;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;

/** Renders the title page: title, subtitle, creators with their role and publisher from the book's metadata. */
final class TitlePage {

    /** Contains a dot, which no chapter id can, so it never clashes with a chapter's file. */
    static final String FILE = "book.title.xhtml";

    private TitlePage() {
    }

    static void write(Metadata metadata, Credits credits, OutputStream out) {
        Xml xml = Xml.xhtml(out, metadata.title(), metadata.language());
        xml.start("section").epubType("titlepage").attr("class", "titlepage")
                .attr("aria-label", credits.wording().get("title-page"))
                .newline();
        xml.start("h1").attr("class", "title").text(metadata.title()).end().newline();
        metadata.subtitle().ifPresent(subtitle -> paragraph(xml, "subtitle", subtitle));
        if (!credits.creators().isEmpty()) {
            paragraph(xml, "creators", credits.creatorLine());
        }
        metadata.publisher().ifPresent(publisher -> paragraph(xml, "publisher", publisher));
        xml.end().newline().finishXhtml();
    }

    static void paragraph(Xml xml, String cssClass, String text) {
        xml.start("p").attr("class", cssClass).text(text).end().newline();
    }
}
