package org.anthology.edition.epub;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;

/**
 * Renders the colophon, last in the reading order: title, who made the book, rights, publisher, the edition's date
 * and identifier, and the tool that set it. Dates are ISO 8601, readable whatever the book's language.
 */
final class Colophon {

    /** Contains a dot, which no chapter id can, so it never clashes with a chapter's file. */
    static final String FILE = "book.colophon.xhtml";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Colophon() {
    }

    static void write(Metadata metadata, Credits credits, OutputStream out) {
        Xml xml = Xml.xhtml(out, credits.wording().get("colophon"), metadata.language());
        xml.start("section").epubType("colophon").attr("role", "doc-colophon").attr("class", "colophon")
                .attr("aria-labelledby", "colophon").newline();
        xml.start("h1").attr("id", "colophon").text(credits.wording().get("colophon")).end().newline();
        xml.start("p").attr("class", "colophon-title").start("cite").text(metadata.title()).end();
        metadata.subtitle().ifPresent(subtitle -> xml.text(": " + subtitle));
        xml.end().newline();
        if (!credits.creators().isEmpty()) {
            TitlePage.paragraph(xml, "creators", credits.creatorLine() + ".");
        }
        if (!credits.contributors().isEmpty()) {
            TitlePage.paragraph(xml, "contributors", credits.contributorLine() + ".");
        }
        metadata.rights().ifPresent(rights -> TitlePage.paragraph(xml, "rights", rights));
        metadata.publisher().ifPresent(publisher -> TitlePage.paragraph(xml, "publisher",
                credits.wording().get("published-by", publisher) + "."));
        TitlePage.paragraph(xml, "date", credits.wording().get("this-edition", DATE.format(metadata.modified())) + ".");
        TitlePage.paragraph(xml, "identifier", credits.wording().get("identifier", metadata.identifier()));
        TitlePage.paragraph(xml, "made-with", credits.wording().get("made-with") + ".");
        xml.end().newline().finishXhtml();
    }
}
