package org.anthology.edition.epub;

import java.io.OutputStream;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;

/** Renders the cover page, first in the reading order: the cover image alone, with the cover's text as its alt. */
final class CoverPage {

    /** Contains a dot, which no chapter id can, so it never clashes with a chapter's file. */
    static final String FILE = "book.cover.xhtml";

    private CoverPage() {
    }

    static void write(Metadata metadata, Credits credits, String imageFile, OutputStream out) {
        Xml xml = Xml.xhtml(out, metadata.title(), metadata.language());
        xml.start("section").attr("class", "cover").attr("aria-label", credits.wording().get("cover")).newline();
        xml.empty("img").attr("src", imageFile).attr("alt", alt(metadata, credits)).epubType("cover")
                .attr("role", "doc-cover").newline();
        xml.end().newline().finishXhtml();
    }

    /** The text on the generated cover, which is also what a supplied cover is expected to show. */
    private static String alt(Metadata metadata, Credits credits) {
        StringBuilder alt = new StringBuilder("Cover: ").append(metadata.title());
        metadata.subtitle().ifPresent(subtitle -> alt.append(". ").append(subtitle));
        if (!credits.creators().isEmpty()) {
            alt.append(". ").append(credits.creatorLine());
        }
        return alt.toString();
    }
}
