package org.anthology.edition.epub;

import static org.anthology.edition.epub.XmlFiles.el;
import static org.anthology.edition.epub.XmlFiles.entries;
import static org.anthology.edition.epub.XmlFiles.parse;
import static org.anthology.edition.epub.XmlFiles.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.anthology.BookCheck;

class EpubEditionTest {

    private static final String CSS = "body { margin: 0 5%; }\np { text-indent: 1.5em; }\n";

    @TempDir
    Path dir;

    @BookCheck
    @Test
    void passesEpubCheckWithoutWarnings() throws IOException {
        Path epub = dir.resolve("book.epub");
        Anthology book = Fixtures.twoChapterBook();
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubEdition(CSS).write(book, new TocBuilder(3).build(book), out);
        }

        EpubCheckResult result = EpubChecker.check(epub);

        assertEquals(0, result.fatals(), result::toString);
        assertEquals(0, result.errors(), result::toString);
        assertEquals(0, result.warnings(), result::toString);
    }

    @BookCheck
    @Test
    void passesEpubCheckWithoutChapters() throws IOException {
        Path epub = dir.resolve("empty.epub");
        Anthology book = new Anthology(Fixtures.metadata("Nothing Yet"), List.of());
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubEdition(CSS).write(book, new TocBuilder(3).build(book), out);
        }

        EpubCheckResult result = EpubChecker.check(epub);

        assertTrue(result.isClean(), result::toString);
    }

    @Test
    void navListsChaptersWithNestedSections() throws Exception {
        Document nav = parse(entries(write(Fixtures.twoChapterBook())).get("OEBPS/" + NavDocument.FILE));
        String toc = "//*[local-name()='nav'][@*[local-name()='type']='toc']";

        assertEquals(List.of("ch01.xhtml", "ch01.xhtml#ch01-early-days", "ch01.xhtml#ch01-a-subsection",
                "ch02.xhtml", "ch02.xhtml#ch02-code-listing"), strings(nav, toc + "//" + el("a") + "/@href"));
        // A chapter's link names its author after the title; a chapter without one shows its title alone.
        assertEquals(List.of("The First Wave \u2014 Li Wei", "互联网 and Beyond"),
                strings(nav, toc + "/" + el("ol") + "/" + el("li") + "/" + el("a")));
        String earlyDays = "//" + el("li") + "[" + el("a") + "[@href='ch01.xhtml#ch01-early-days']]";
        assertEquals(List.of("A Subsection"),
                strings(nav, earlyDays + "/" + el("ol") + "/" + el("li") + "/" + el("a")));
    }

    @Test
    void writesMimetypeFirstAndStored() throws IOException {
        byte[] epub = write(Fixtures.twoChapterBook());

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/epub+zip", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
        }
        // Readers sniff the type at this fixed offset: the name right after the 30-byte local header, then the value.
        assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.US_ASCII));
    }

    @Test
    void rebuildsByteIdentical() throws IOException {
        Anthology book = Fixtures.twoChapterBook();

        assertArrayEquals(write(book), write(book));
    }

    @Test
    void stampsEveryEntryWithTheModificationTime() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write(Fixtures.twoChapterBook())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2026, 11, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
    }

    @Test
    void escapesMarkupAndKeepsNonLatinText() throws Exception {
        String text = "a < b & c > d “quoted” 中文 😀";
        Chapter chapter = new Chapter("odd", "Tom & Jerry <3", Optional.empty(), Optional.of("zh"), List.of(
                new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("seeds/odd.md", 1))),
                Fixtures.at("seeds/odd.md", 1));
        Anthology book = new Anthology(Fixtures.metadata("Escapes"), List.of(chapter));

        byte[] xhtml = entries(write(book)).get("OEBPS/odd.xhtml");
        String raw = new String(xhtml, StandardCharsets.UTF_8);
        Document doc = parse(xhtml);

        assertTrue(raw.contains("a &lt; b &amp; c &gt; d “quoted” 中文 😀"), raw);
        assertTrue(raw.contains("Tom &amp; Jerry &lt;3"), raw);
        assertEquals(List.of(text), strings(doc, "//*[local-name()='p']"));
        assertEquals(List.of("Tom & Jerry <3"), strings(doc, "//*[local-name()='h1']"));
        assertEquals(List.of("zh"), strings(doc, "/*/@lang"));
        assertEquals(List.of("zh"), strings(doc, "/*/@*[local-name()='lang' and namespace-uri()!='']"));
    }

    @Test
    void describesTheBookInAnEpub3PackageDocument() throws Exception {
        Document opf = parse(entries(write(Fixtures.twoChapterBook())).get("OEBPS/content.opf"));

        assertEquals(List.of("3.0"), strings(opf, "/*/@version"));
        assertEquals(List.of("urn:uuid:6f1c2a4e-3b1d-5e2f-8a9b-0c1d2e3f4a5b"),
                strings(opf, "//*[local-name()='identifier'][@id=/*/@unique-identifier]"));
        assertEquals(List.of("2026-11-01T00:00:00Z"), strings(opf, "//*[@property='dcterms:modified']"));
        assertEquals(List.of("Ada Editor"), strings(opf, "//*[local-name()='creator']"));
        assertEquals(List.of("cover", "title-page", "nav", "chapter-ch01", "chapter-ch02", "colophon"),
                strings(opf, "//*[local-name()='itemref']/@idref"));
    }

    @Test
    void leavesTheOutputStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                throw new AssertionError("the edition closed the stream");
            }
        };
        Anthology book = Fixtures.twoChapterBook();

        new EpubEdition(CSS).write(book, new TocBuilder(3).build(book), out);

        assertArrayEquals(write(book), bytes.toByteArray());
    }

    private static byte[] write(Anthology book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubEdition(CSS).write(book, new TocBuilder(3).build(book), out);
        return out.toByteArray();
    }
}
