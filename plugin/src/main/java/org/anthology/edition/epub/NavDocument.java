package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocEntry;

/**
 * Renders the EPUB 3 navigation document from the shared {@link TableOfContents}: the {@code toc} nav with chapters
 * and their sections as nested lists, and a hidden {@code landmarks} nav for reading systems' "go to" menus.
 */
final class NavDocument {

    /** Contains a dot, which no chapter id can, so it never clashes with a chapter's file. */
    static final String FILE = "book.nav.xhtml";
    static final String TOC_ID = "toc";

    private NavDocument() {
    }

    /** The href of an entry, relative to the nav: the chapter file, plus the heading's anchor for a section. */
    static String href(TocEntry entry) {
        String file = ChapterXhtml.fileName(entry.chapterId());
        return entry.isChapter() || entry.anchor().isEmpty() ? file : file + "#" + entry.anchor();
    }

    static void write(Anthology book, TableOfContents toc, OutputStream out) {
        Xml xml = Xml.xhtml(out, book.metadata().title(), book.metadata().language());
        xml.start("nav").epubType("toc").attr("id", TOC_ID).newline();
        xml.element("h1", "Contents").newline();
        if (toc.entries().isEmpty()) {
            // A nav list may not be empty; a book without chapters still has its title page.
            xml.start("ol").start("li").start("a").attr("href", TitlePage.FILE).text(book.metadata().title())
                    .end().end().end().newline();
        } else {
            list(xml, toc.entries());
        }
        xml.end().newline();
        landmarks(xml, book);
        xml.finishXhtml();
    }

    private static void list(Xml xml, List<TocEntry> entries) {
        xml.start("ol").newline();
        for (TocEntry entry : entries) {
            xml.start("li").start("a").attr("href", href(entry)).text(entry.title()).end();
            if (!entry.children().isEmpty()) {
                xml.newline();
                list(xml, entry.children());
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    private static void landmarks(Xml xml, Anthology book) {
        xml.start("nav").epubType("landmarks").attr("hidden", "hidden").newline();
        xml.element("h2", "Landmarks").newline().start("ol").newline();
        landmark(xml, "titlepage", TitlePage.FILE, "Title Page");
        landmark(xml, "toc", FILE + "#" + TOC_ID, "Contents");
        if (!book.chapters().isEmpty()) {
            landmark(xml, "bodymatter", ChapterXhtml.fileName(book.chapters().get(0).id()), "Start of Content");
        }
        xml.end().newline().end().newline();
    }

    private static void landmark(Xml xml, String type, String href, String label) {
        xml.start("li").start("a").epubType(type).attr("href", href).text(label).end().end().newline();
    }
}
