package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/**
 * Hebrew and Arabic in the PDF: right-to-left paragraphs set from the right margin in reading order, Arabic letters
 * joined, a right-to-left word inside an English sentence, a Hebrew title on the title and contents pages; Arabic from
 * DejaVu Sans as the theme's fallback family.
 */
class PdfRightToLeftTest {

    private static final String HEBREW = "שלום עולם";
    private static final String ARABIC = "مرحبا بالعالم";
    /** "Book of directions" and "First chapter", whose first letters are ס and פ. */
    private static final String TITLE = "ספר הכיוונים";
    private static final String CHAPTER = "פרק ראשון";
    private static final PdfTheme THEME = TestFonts.withFallback("DejaVuSans");

    private static List<PdfReadBack.Glyph> glyphs;
    private static List<PdfReadBack.Glyph> titlePage;
    private static List<PdfReadBack.Glyph> contentsPage;
    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        Chapter chapter = new Chapter("rtl", CHAPTER, Optional.empty(), Optional.empty(), List.of(
                paragraph((HEBREW + " ").repeat(12) + "סוף", 1),
                paragraph((ARABIC + " ").repeat(10) + "نهاية", 2),
                paragraph("The word " + ARABIC + " greets the world.", 3)), Fixtures.at("rtl.md", 1));
        Anthology book = new Anthology(Fixtures.metadata(TITLE), List.of(chapter));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(THEME, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"), List.of())
                .write(book, new TocBuilder(3).build(book), out);
        pdf = out.toByteArray();
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            glyphs = read.glyphs(read.pageCount());
            titlePage = read.glyphs(1);
            contentsPage = read.glyphs(3);
        }
    }

    @Test
    void setsAHebrewParagraphFromTheRightMarginInReadingOrder() {
        List<PdfReadBack.Glyph> last = lineOf("ף");
        float right = THEME.paper().width() - THEME.marginOuter();
        float lineEnd = (float) last.stream().mapToDouble(PdfReadBack.Glyph::x).max().orElseThrow();
        assertEquals(right, lineEnd, 8f, "the last line of the Hebrew paragraph should end at the right margin");
        assertTrue(x(last, "ס") > x(last, "ף"), "סוף reads from the right: ס stands right of ף");
        float lineStart = (float) last.stream().mapToDouble(PdfReadBack.Glyph::x).min().orElseThrow();
        assertTrue(lineStart > THEME.marginInner() + 20f, "the short last line should not start at the left margin");
    }

    @Test
    void joinsArabicLettersAndSetsTheWordsFromTheRight() {
        List<PdfReadBack.Glyph> arabic = glyphs.stream().filter(g -> isArabic(g.text())).toList();
        assertFalse(arabic.isEmpty(), "no Arabic glyphs");
        assertTrue(arabic.stream().allMatch(g -> g.text().codePointAt(0) >= 0xFE70),
                "Arabic drawn in unjoined letters: " + arabic.stream().map(PdfReadBack.Glyph::text).toList());
        // The paragraph ends with نهاية, whose last letter takes its final form after the joining yeh.
        List<PdfReadBack.Glyph> last = lineOf("\uFE94");
        float lineStart = (float) last.stream().mapToDouble(PdfReadBack.Glyph::x).min().orElseThrow();
        assertEquals(lineStart, x(last, "\uFE94"), 0.01f, "the paragraph's last letter should end its line on the left");
        float right = THEME.paper().width() - THEME.marginOuter();
        float lineEnd = (float) last.stream().mapToDouble(PdfReadBack.Glyph::x).max().orElseThrow();
        assertEquals(right, lineEnd, 8f, "the last line of the Arabic paragraph should start at the right margin");
    }

    @Test
    void keepsAnEnglishSentenceLeftToRightAroundAnArabicWord() {
        List<PdfReadBack.Glyph> line = lineOf("w");
        assertTrue(x(line, "T") < x(line, "w"), "The sentence starts at the left");
        float arabic = (float) line.stream().filter(g -> isArabic(g.text())).mapToDouble(PdfReadBack.Glyph::x)
                .average().orElseThrow();
        assertTrue(x(line, "T") < arabic && arabic < x(line, "."), "the Arabic word stands inside the sentence");
    }

    @BookCheck
    @Test
    void setsAHebrewTitleInReadingOrderOnTheTitleAndContentsPages() {
        List<PdfReadBack.Glyph> title = onLineOf(titlePage, "ס");
        assertTrue(x(title, "ס") > x(title, "ם"), "the book's title reads from the right: ס right of ם");
        List<PdfReadBack.Glyph> entry = onLineOf(contentsPage, "פ");
        assertTrue(x(entry, "פ") > x(entry, "ן"), "the contents entry reads from the right: פ right of ן");
        assertTrue(entry.stream().anyMatch(g -> g.text().equals("1")), "the entry keeps its page number");
    }

    @Test
    void staysPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    private static boolean isArabic(String text) {
        int c = text.codePointAt(0);
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF);
    }

    /** The glyphs of the last page on the baseline of the last glyph that maps to {@code text}. */
    private static List<PdfReadBack.Glyph> lineOf(String text) {
        return onLineOf(glyphs, text);
    }

    private static List<PdfReadBack.Glyph> onLineOf(List<PdfReadBack.Glyph> page, String text) {
        float y = page.stream().filter(g -> g.text().equals(text)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no glyph " + text)).y();
        return page.stream().filter(g -> Math.abs(g.y() - y) < 1f).toList();
    }

    private static float x(List<PdfReadBack.Glyph> line, String text) {
        return line.stream().filter(g -> g.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " on the line")).x();
    }

    private static Block paragraph(String text, int line) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("rtl.md", line));
    }
}
