package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The theme's colours on the page, read back as the fill and stroke colours PDFBox sees. */
class PdfColoursTest {

    private static final int TEXT = 0x2B2B2B;
    private static final int HEADING = 0x8B1A1A;
    private static final int RUNNING = 0x707070;
    private static final int LINK = 0x1F4E9A;
    private static final int RULE = 0x999999;

    @Test
    void setsTextHeadingsLinksAndPageNumbersInTheirColours() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(), coloured()))) {
            int opener = read.firstPageOutsideContentsWith("Opening words");
            assertEquals(TEXT, read.colourOf(opener, "Opening words"), "running text");
            assertEquals(TEXT, read.colourOf(opener, "x < y"), "code span");
            assertEquals(HEADING, read.colourOf(opener, "The First Wave"), "chapter title");
            assertEquals(HEADING, read.colourOf(opener, "Early Days"), "section heading");
            assertEquals(LINK, read.colourOf(opener, "link"), "web link");
            assertEquals(HEADING, read.colourOf(1, "A Test Book"), "title on the title page");
            assertEquals(RUNNING, read.colourOf(opener, read.pageLabel(opener)), "page number");
        }
    }

    @Test
    void setsRunningHeadsInTheRunningColour() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(LongBook.book(), coloured()))) {
            int page = PdfTypesettingTest.openers(read).get(0) + 1;
            assertEquals(RUNNING, read.colourOf(page, LongBook.TITLE), "running head of page " + page);
            assertEquals(TEXT, read.colourOf(page, "the"), "running text of page " + page);
        }
    }

    @Test
    void drawsTableRulesInTheRuleColour() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(), coloured()))) {
            int page = read.firstPageOutsideContentsWith("Year");
            assertEquals(Set.of(RULE), read.strokeColours(page));
            assertEquals(TEXT, read.colourOf(page, "Year"), "text in a table");
        }
    }

    @Test
    void defaultThemeSetsEverythingInBlack() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(), PdfTheme.defaults()))) {
            int opener = read.firstPageOutsideContentsWith("Opening words");
            for (String text : List.of("Opening words", "The First Wave", "link", read.pageLabel(opener))) {
                assertEquals(0x000000, read.colourOf(opener, text), text);
            }
        }
    }

    private static PdfTheme coloured() {
        Properties properties = new Properties();
        properties.setProperty("color.text", "#2B2B2B");
        properties.setProperty("color.heading", "#8b1a1a");
        properties.setProperty("color.running", "#707070");
        properties.setProperty("color.link", "#1F4E9A");
        properties.setProperty("color.rule", "#999999");
        return PdfTheme.load(properties);
    }

    /** The fixture book with a third chapter holding a table. */
    private static Anthology book() {
        Anthology book = Fixtures.twoChapterBook();
        SourcePosition at = new SourcePosition("seeds/03.md", 1);
        Block.Table table = new Block.Table(List.of(
                new Block.Table.Row(true, List.of(List.of(new Inline.Text("Year")), List.of(new Inline.Text("Users")))),
                new Block.Table.Row(false, List.of(List.of(new Inline.Text("1997")), List.of(new Inline.Text("620 000"))))),
                at);
        List<Chapter> chapters = new ArrayList<>(book.chapters());
        chapters.add(new Chapter("ch03", "Numbers", Optional.empty(), Optional.empty(), List.of(table), at));
        return new Anthology(book.metadata(), chapters);
    }
}
