package org.anthology.edition.epub;

import org.anthology.model.Chapter;
import org.anthology.model.Wording;

/**
 * The opening of a chapter's XHTML: the section's {@code epub:type} and DPUB-ARIA role for its matter (chapter,
 * foreword, acknowledgments ...), and under the title its subtitle, its authors and its epigraph.
 */
final class ChapterHeader {

    private ChapterHeader() {
    }

    /** The structural semantics of a chapter of {@code matter}: epub:type, then role ("" for none). */
    static String[] semantics(Chapter.Matter matter) {
        return switch (matter) {
            case BODY -> new String[] {"chapter", "doc-chapter"};
            case DEDICATION -> new String[] {"dedication", "doc-dedication"};
            case FOREWORD -> new String[] {"foreword", "doc-foreword"};
            case AFTERWORD -> new String[] {"afterword", "doc-afterword"};
            case ACKNOWLEDGMENTS -> new String[] {"acknowledgments", "doc-acknowledgments"};
            // DPUB-ARIA has no contributors role; the epub:type says it to reading systems.
            case CONTRIBUTORS -> new String[] {"contributors", ""};
        };
    }

    /** The section's classes: {@code chapter}, and the page type of a chapter that is not a body text. */
    static String classes(Chapter chapter) {
        String type = semantics(chapter.details().matter())[0];
        return type.equals("chapter") ? "chapter" : "chapter " + type;
    }

    /** Starts the chapter's section element with its semantics. */
    static void open(Xml xml, Chapter chapter) {
        String[] semantics = semantics(chapter.details().matter());
        xml.start("section").epubType(semantics[0]);
        if (!semantics[1].isEmpty()) {
            xml.attr("role", semantics[1]);
        }
    }

    /** The header: title, subtitle, authors joined as the book's language says, epigraph with its attribution. */
    static void write(Xml xml, Chapter chapter, Wording wording) {
        xml.start("header");
        xml.start("h1").attr("id", chapter.id()).text(chapter.title()).end();
        Chapter.Details details = chapter.details();
        details.subtitle().ifPresent(s -> xml.start("p").attr("class", "subtitle").text(s).end());
        if (!chapter.authors().isEmpty()) {
            xml.start("p").attr("class", "author").text(wording.join(chapter.authorNames())).end();
        }
        details.epigraph().ifPresent(epigraph -> {
            xml.start("blockquote").attr("class", "epigraph").attr("role", "doc-epigraph").epubType("epigraph");
            xml.start("p").text(epigraph.text()).end();
            epigraph.attribution().ifPresent(a -> xml.start("p").attr("class", "attribution").text(a).end());
            xml.end();
        });
        xml.end();
    }
}
