package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.List;
import org.anthology.model.Wording;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocEntry;

/**
 * Renders the EPUB 3 navigation document from the shared {@link TableOfContents}: the {@code toc} nav with chapters
 * and their sections as nested lists, and a hidden {@code landmarks} nav for reading systems' "go to" menus. Links
 * come from the {@link Manifest}, which knows the file each anchor went to when a chapter was split.
 */
final class NavDocument {

    /** Contains a dot, which no chapter id can, so it never clashes with a chapter's file. */
    static final String FILE = "book.nav.xhtml";
    static final String TOC_ID = "toc";

    private final Xml xml;
    private final Manifest manifest;

    private final Wording wording;

    private NavDocument(Xml xml, Manifest manifest, Wording wording) {
        this.xml = xml;
        this.manifest = manifest;
        this.wording = wording;
    }

    static void write(Anthology book, TableOfContents toc, Manifest manifest, PageBreaks breaks, OutputStream out) {
        Xml xml = Xml.xhtml(out, book.metadata().title(), book.metadata().language());
        xml.start("nav").epubType("toc").attr("role", "doc-toc").attr("id", TOC_ID)
                .attr("aria-labelledby", TOC_ID + "-title").newline();
        Wording wording = book.wording();
        xml.start("h1").attr("id", TOC_ID + "-title").text(wording.get("contents")).end().newline();
        NavDocument nav = new NavDocument(xml, manifest, wording);
        if (toc.entries().isEmpty()) {
            // A nav list may not be empty; a book without chapters still has its title page.
            xml.start("ol").start("li").start("a").attr("href", TitlePage.FILE).text(book.metadata().title())
                    .end().end().end().newline();
        } else {
            nav.list(toc.entries());
        }
        xml.end().newline();
        nav.pageList(breaks);
        nav.landmarks(book);
        xml.finishXhtml();
    }

    private void list(List<TocEntry> entries) {
        xml.start("ol").newline();
        for (TocEntry entry : entries) {
            xml.start("li").start("a").attr("href", manifest.href(entry)).text(entry.title());
            if (!entry.authors().isEmpty()) {
                // Inside the link, so a reading system's contents list shows who wrote each text.
                xml.text(" \u2014 ").start("span").attr("class", "toc-author").text(wording.join(entry.authors()))
                        .end();
            }
            xml.end();
            if (!entry.children().isEmpty()) {
                xml.newline();
                list(entry.children());
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    /** The hidden {@code page-list} nav: a link to every page break of the print edition, in page order. */
    private void pageList(PageBreaks breaks) {
        if (breaks.isEmpty()) {
            return;
        }
        xml.start("nav").epubType("page-list").attr("role", "doc-pagelist").attr("aria-labelledby", "page-list-title")
                .attr("hidden", "hidden").newline();
        xml.start("h2").attr("id", "page-list-title").text(wording.get("page-list")).end().newline().start("ol")
                .newline();
        breaks.hrefs().forEach((label, href) ->
                xml.start("li").start("a").attr("href", href).text(label).end().end().newline());
        xml.end().newline().end().newline();
    }

    private void landmarks(Anthology book) {
        xml.start("nav").epubType("landmarks").attr("aria-labelledby", "landmarks-title").attr("hidden", "hidden")
                .newline();
        xml.start("h2").attr("id", "landmarks-title").text(wording.get("landmarks")).end().newline().start("ol").newline();
        landmark("cover", CoverPage.FILE, wording.get("cover"));
        landmark("titlepage", TitlePage.FILE, wording.get("title-page"));
        landmark("toc", FILE + "#" + TOC_ID, wording.get("contents"));
        boolean body = false;
        for (Chapter chapter : book.chapters()) {
            String type = ChapterHeader.semantics(chapter.details().matter())[0];
            if (!type.equals("chapter")) {
                landmark(type, manifest.chapterFile(chapter.id()), chapter.title());
            } else if (!body) {
                body = true;
                landmark("bodymatter", book.partOpenedBy(chapter.id()).map(p -> ChapterXhtml.fileName(p.id()))
                        .orElseGet(() -> manifest.chapterFile(chapter.id())), wording.get("start-of-content"));
            }
        }
        landmark("colophon", Colophon.FILE, wording.get("colophon"));
        xml.end().newline().end().newline();
    }

    private void landmark(String type, String href, String label) {
        xml.start("li").start("a").epubType(type).attr("href", href).text(label).end().end().newline();
    }
}
