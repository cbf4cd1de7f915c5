package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.anthology.edition.epub.EpubCheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds books from hostile or unusual text files and checks each gives a valid book with every word, or
 * {@code file:line} problems only.
 */
class HostileTextTest {

    @TempDir
    Path base;

    private HostileBook book() {
        return new HostileBook(base);
    }

    private static void assertValid(HostileBook book) {
        assertFalse(book.outcome().failed(), book.outcome().problemSummary());
        EpubCheckResult check = book.epubCheck();
        assertTrue(check.isClean(), check.toString());
    }

    @Test
    void aLatin1ContentsFileIsReportedAtTheLineOfTheByte() throws IOException {
        HostileBook book = book().text("texts/a.md", "Text.")
                .file("contents.yaml", "title: Book\nchapters:\n  - file: a.md\n    title: Caf\u00E9\n"
                        .getBytes(StandardCharsets.ISO_8859_1)).build();
        assertEquals(List.of("contents.yaml:4: invalid UTF-8 (byte 0xE9 at column 15). Save the file as UTF-8"),
                book.problems());
    }

    @Test
    void anAliasBombInTheContentsFileIsReportedAtItsLine() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Book\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        HostileBook book = book().text("texts/a.md", "Text.").text("contents.yaml", yaml.toString()).build();
        assertEquals(List.of("contents.yaml:13: more than 20 aliases of lists or mappings (*k here), which could "
                + "expand without bound. Write the values out"), book.problems());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadWithEveryWord() throws IOException {
        HostileBook book = book().file("texts/a.md", "# Harbour\r\n\r\nThe keeper climbs the stair.\r\n"
                .getBytes(StandardCharsets.UTF_16LE)).build();
        assertValid(book);
        assertEquals(List.of("texts/a.md:1: the file is UTF-16LE (NUL bytes at every other position), not UTF-8; "
                + "it was read as UTF-16LE. Save it as UTF-8"), book.problems());
        assertTrue(book.epubXhtml().contains("The keeper climbs the stair."));
        assertTrue(book.pdfText().contains("The keeper climbs the stair."), book.pdfText());
    }

    @Test
    void utf16WithAByteOrderMarkIsReadWithEveryWord() throws IOException {
        HostileBook book = book().file("texts/a.txt", "\uFEFFThe keeper climbs the stair.\n"
                .getBytes(StandardCharsets.UTF_16BE)).build();
        assertValid(book);
        assertTrue(book.epubXhtml().contains("The keeper climbs the stair."));
    }

    @Test
    void aNulByteIsReportedAsWhatItIsAndLeftOut() throws IOException {
        HostileBook book = book().text("texts/a.md", "# Harbour\n\nThe keeper\u0000 climbs.\n").build();
        assertValid(book);
        assertEquals(List.of("texts/a.md:3: NUL byte (U+0000) at column 11 was left out. Remove it from the file"),
                book.problems());
        assertTrue(book.pdfText().contains("The keeper climbs."), book.pdfText());
    }

    @Test
    void loneCarriageReturnsCountAsLinesInProblems() throws IOException {
        HostileBook book = book().text("texts/a.md", "# Harbour\r\rOne.\r\rTwo \u0007here.\r").build();
        assertValid(book);
        assertEquals(List.of("texts/a.md:5: control character BEL (U+0007) at column 5 was left out. Remove it "
                + "from the file"), book.problems());
    }

    @Test
    void noncharactersAreLeftOutSoTheEpubParses() throws IOException {
        HostileBook book = book().text("texts/a.md", "# Harbour\n\nOne\uFFFF two\uFFFE three.\n").build();
        assertValid(book);
        assertTrue(book.epubXhtml().contains("One two three."));
    }

    @Test
    void frontMatterOfTheWrongShapeIsReportedAtEachLine() throws IOException {
        HostileBook book = book().text("texts/a.md", "---\ntitle: [One, Two]\nlanguage: 42\ndate: 2024-13-45\n"
                + "---\n\nText.\n").build();
        assertEquals(List.of("texts/a.md:2: front matter 'title' must be a single value, not a list. Write one "
                        + "value after 'title:'",
                "texts/a.md:3: front matter 'language' is the number 42, not a language. Write a tag such as en, "
                        + "en-GB, de, pt-BR or zh-Hans",
                "texts/a.md:4: front matter 'date' '2024-13-45' is not a date. Write it as YYYY-MM-DD"),
                book.problems());
    }

    @Test
    void aMissingFontFamilyIsReportedWithTheThemesOtherBadLines() throws IOException {
        HostileBook book = book().text("texts/a.md", "Text.").text("styles/pdf-theme.properties",
                "# theme\nsize.body=huge\nfont.body=NoSuchFont\npage.sise=A4\n").build();
        List<String> lines = book.problems().stream().map(p -> p.substring(0, p.indexOf(": "))).sorted().toList();
        assertEquals(List.of("styles/pdf-theme.properties:2", "styles/pdf-theme.properties:3",
                "styles/pdf-theme.properties:4"), lines, book.problems().toString());
    }

    @Test
    void fiveBadThemeLinesWithLoneCarriageReturnsAreEachReportedAtTheirLine() throws IOException {
        HostileBook book = book().text("texts/a.md", "Text.").text("styles/pdf-theme.properties",
                "# theme\rsize.body=huge\rchapter.recto=maybe\rcolour.text=black\rpage.sise=A4\r"
                        + "color.text=black\r").build();
        List<String> problems = book.problems();
        assertEquals(5, problems.size(), problems.toString());
        List<String> lines = problems.stream().map(p -> p.substring(0, p.indexOf(": "))).toList();
        assertEquals(List.of("styles/pdf-theme.properties:2", "styles/pdf-theme.properties:3",
                "styles/pdf-theme.properties:4", "styles/pdf-theme.properties:5", "styles/pdf-theme.properties:6"),
                lines);
    }
}
