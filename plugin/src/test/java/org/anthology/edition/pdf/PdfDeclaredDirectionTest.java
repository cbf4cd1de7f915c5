package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;

/** A paragraph's declared direction decides where the PDF sets it, over the guess from its first strong letter. */
class PdfDeclaredDirectionTest {

    /** Starts with a Latin letter, so the guess is left to right. */
    private static final String TEXT = "PDF שלום עולם";
    private static final PdfTheme THEME = TestFonts.withFallback("DejaVuSans");

    @Test
    void setsADeclaredRightToLeftParagraphFromTheRightMargin() throws IOException {
        List<PdfReadBack.Glyph> line = lineOf(Attributes.NONE.withDirection(Attributes.Direction.RTL));
        float right = THEME.paper().width() - THEME.marginOuter();
        assertEquals(right, maxX(line), 8f, "a declared right-to-left paragraph should end at the right margin");
        assertTrue(minX(line) > THEME.marginInner() + 20f, "and its short line should not start at the left margin");
    }

    @Test
    void guessesLeftToRightFromTheFirstLetterWhenNothingIsDeclared() throws IOException {
        List<PdfReadBack.Glyph> line = lineOf(Attributes.NONE);
        assertTrue(minX(line) < THEME.marginInner() + 8f, "an undeclared Latin-first line starts at the left margin");
    }

    private static List<PdfReadBack.Glyph> lineOf(Attributes attributes) throws IOException {
        Chapter chapter = new Chapter("dir", "Direction", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(List.of(new Inline.Text(TEXT)), attributes, Fixtures.at("dir.md", 2))),
                Fixtures.at("dir.md", 1));
        Anthology book = new Anthology(Fixtures.metadata("Directions"), List.of(chapter));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(THEME, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"), List.of())
                .write(book, new TocBuilder(3).build(book), out);
        try (PdfReadBack read = PdfReadBack.of(out.toByteArray())) {
            List<PdfReadBack.Glyph> page = read.glyphs(read.pageCount());
            float y = page.stream().filter(g -> g.text().equals("D") && page.stream()
                    .anyMatch(h -> h.text().equals("ש") && Math.abs(h.y() - g.y()) < 1f)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line with the paragraph")).y();
            return page.stream().filter(g -> Math.abs(g.y() - y) < 1f).toList();
        }
    }

    private static float minX(List<PdfReadBack.Glyph> line) {
        return (float) line.stream().mapToDouble(PdfReadBack.Glyph::x).min().orElseThrow();
    }

    private static float maxX(List<PdfReadBack.Glyph> line) {
        return (float) line.stream().mapToDouble(PdfReadBack.Glyph::x).max().orElseThrow();
    }
}
