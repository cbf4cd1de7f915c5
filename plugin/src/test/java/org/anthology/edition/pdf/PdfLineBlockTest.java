package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

/** Verse in the PDF: every line of a line block starts a line of its own, and a turned line hangs indented. */
class PdfLineBlockTest {

    private static final String LONG_LINE = "and the long line of the poem goes on past the measure of the page so "
            + "that it has to turn onto the next line like the tide that turns at the wall";

    @Test
    void setsEachLineOnItsOwnAndIndentsTheTurnOfALongLine() throws IOException {
        Block.LineBlock verse = new Block.LineBlock(List.of(text("Quarrymen"), text("The sea is calm tonight."),
                text(LONG_LINE)), Fixtures.at("poem.md", 3));
        Chapter chapter = new Chapter("poem", "Verse", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(text("Before the poem."), Fixtures.at("poem.md", 1)), verse),
                Fixtures.at("poem.md", 1));
        Anthology book = new Anthology(Fixtures.metadata("Verse Book"), List.of(chapter));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book, PdfTheme.defaults()))) {
            int page = read.firstPageOutsideContentsWith("Quarrymen");
            List<PdfReadBack.Line> lines = read.lines(page);
            int first = indexOf(lines, "Quarrymen");
            assertEquals("Quarrymen", lines.get(first).text());
            assertEquals("The sea is calm tonight.", lines.get(first + 1).text());
            assertTrue(lines.get(first + 2).text().startsWith("and the long line"), lines.toString());
            Map<Float, Float> left = leftEdges(read, page);
            float start = left.get(lines.get(first).y());
            assertEquals(start, left.get(lines.get(first + 1).y()), 0.5f, "verse lines start flush left");
            assertEquals(start, left.get(lines.get(first + 2).y()), 0.5f, "a long line starts flush left");
            assertEquals(start + 24f, left.get(lines.get(first + 3).y()), 0.5f, "its turn hangs a quad in");
        }
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }

    private static int indexOf(List<PdfReadBack.Line> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start + " not found in " + lines);
    }

    private static Map<Float, Float> leftEdges(PdfReadBack read, int page) throws IOException {
        Map<Float, Float> left = new TreeMap<>();
        for (PdfReadBack.Glyph glyph : read.glyphs(page)) {
            float y = Math.round(glyph.y() * 10) / 10f;
            left.merge(y, glyph.x(), Math::min);
        }
        return left;
    }
}
