package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anthology.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Right-to-left and mixed-direction paragraphs set by the line layer: broken in logical order, each line's runs in
 * visual order, checked on the set lines with no PDF written.
 */
class BidiLinesTest {

    /** Hebrew words, each different, so their order can be checked. */
    private static final List<String> WORDS = List.of("אלף", "בית", "גימל", "דלת", "הא", "וו", "זין", "חית", "טית",
            "יוד", "כף", "למד", "מם", "נון", "סמך", "עין", "פא", "צדי", "קוף", "ריש", "שין", "תו");
    private static final PdfTheme THEME = TestFonts.withFallback("DejaVuSans");
    private static FontSet fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = new FontSet(THEME, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
    }

    @Test
    void setsAHebrewParagraphLineByLineFromTheRightWithEveryWordInOrder() {
        SetParagraph set = set(String.join(" ", WORDS), PdfWriter.RUN_DIRECTION_RTL, Element.ALIGN_JUSTIFIED, 90f);
        assertTrue(set.lines().size() >= 4, "lines: " + set.lines().size());
        List<String> read = new ArrayList<>();
        for (SetLine line : set.lines()) {
            List<SetLine.Placed> runs = new ArrayList<>(line.runs());
            // Read from the right, each run's letters from the right too.
            runs.sort((a, b) -> Float.compare(b.x(), a.x()));
            for (SetLine.Placed run : runs) {
                read.add(new StringBuilder(run.text()).reverse().toString());
            }
        }
        assertEquals(WORDS, read);
        SetLine last = set.lines().get(set.lines().size() - 1);
        SetLine.Placed rightmost = last.runs().get(last.runs().size() - 1);
        assertEquals(90f, rightmost.x() + rightmost.width(), 0.01f, "the short last line ends at the right edge");
        assertTrue(last.runs().get(0).x() > 1f, "and starts away from the left edge");
    }

    @Test
    void keepsLatinWordsAndNumbersLeftToRightInsideAHebrewLine() {
        SetParagraph set = set("אלף Anthology 2026 בית", PdfWriter.RUN_DIRECTION_RTL, Element.ALIGN_LEFT, 300f);
        List<String> drawn = set.lines().get(0).runs().stream().map(SetLine.Placed::text).toList();
        assertEquals(List.of("תיב", "Anthology", "2026", "ףלא"), drawn, "left to right as drawn");
    }

    @Test
    void mirrorsBracketsInsideRightToLeftRuns() {
        SetParagraph set = set("אלף (בית)", PdfWriter.RUN_DIRECTION_RTL, Element.ALIGN_LEFT, 300f);
        List<String> drawn = set.lines().get(0).runs().stream().map(SetLine.Placed::text).toList();
        assertEquals(List.of("(תיב)", "ףלא"), drawn);
    }

    @Test
    void indentsTheFirstLineOfARightToLeftParagraphOnTheRight() {
        Paragraph paragraph = paragraph(String.join(" ", WORDS), PdfWriter.RUN_DIRECTION_RTL,
                Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(10f);
        SetParagraph set = new ParagraphSetter(new LineStatistics()).set(paragraph, 120f).orElseThrow();
        List<SetLine.Placed> first = set.lines().get(0).runs();
        SetLine.Placed rightmost = first.get(first.size() - 1);
        assertEquals(110f, rightmost.x() + rightmost.width(), 0.01f, "the indent stands at the right");
        assertEquals(0f, first.get(0).x(), 0.01f, "the justified first line reaches the left edge");
    }

    @Test
    void joinsArabicLettersIntoTheirPresentationForms() {
        SetParagraph set = set("مرحبا سلام", PdfWriter.RUN_DIRECTION_RTL, Element.ALIGN_LEFT, 300f);
        String drawn = String.join("", set.lines().get(0).runs().stream().map(SetLine.Placed::text).toList());
        assertTrue(drawn.chars().allMatch(c -> c >= 0xFE70), "unjoined letters in " + drawn);
        assertTrue(drawn.indexOf('\uFEFC') >= 0 || drawn.indexOf('\uFEFB') >= 0, "no lam-alef ligature");
    }

    private static SetParagraph set(String text, int direction, int alignment, float width) {
        return new ParagraphSetter(new LineStatistics()).set(paragraph(text, direction, alignment), width)
                .orElseThrow();
    }

    private static Paragraph paragraph(String text, int direction, int alignment) {
        Paragraph paragraph = fonts.paragraph(THEME.bodyLeading());
        paragraph.addAll(new InlineRenderer(fonts, THEME, FontSet.Role.BODY, THEME.bodySize())
                .render(Arrays.asList(new Inline.Text(text))));
        paragraph.setAlignment(alignment);
        paragraph.setRunDirection(direction);
        return paragraph;
    }
}
