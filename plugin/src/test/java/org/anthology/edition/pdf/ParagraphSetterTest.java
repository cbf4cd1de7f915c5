package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

/** A paragraph's chunks set into lines by the total-fit breaker, checked on the lines, with no PDF written. */
class ParagraphSetterTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final FontSet FONTS = new FontSet(THEME);
    private static final String TEXT = "The network engineers of the early years built infrastructure that carried "
            + "international communication for manufacturers and governments, and their understanding of the "
            + "technological development shaped the competitive markets that followed them for decades to come.";

    private static final Optional<HyphenationEvent> ENGLISH = PatternHyphenation.forLanguage("en");

    private final LineStatistics statistics = new LineStatistics();

    private Paragraph paragraph(List<Inline> content, boolean hyphenate) {
        // One set of patterns for all paragraphs, as an edition keeps one per language.
        Optional<HyphenationEvent> patterns = hyphenate ? ENGLISH : Optional.empty();
        Paragraph paragraph = FONTS.paragraph(THEME.bodyLeading());
        paragraph.addAll(new InlineRenderer(FONTS, THEME, FontSet.Role.BODY, THEME.bodySize()).hyphenated(patterns)
                .render(content));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    private List<SetLine> set(Paragraph paragraph, float width) {
        return new ParagraphSetter(statistics).set(paragraph, width).orElseThrow().lines();
    }

    @Test
    void fillsEveryLineButTheLastToTheMeasure() {
        List<SetLine> lines = set(paragraph(List.of(new Inline.Text(TEXT)), true), 200f);
        assertTrue(lines.size() > 3);
        for (SetLine line : lines.subList(0, lines.size() - 1)) {
            SetLine.Placed end = line.runs().get(line.runs().size() - 1);
            assertEquals(200f, end.x() + end.width(), 0.5f, "a justified line ends at the measure");
        }
        SetLine last = lines.get(lines.size() - 1);
        assertTrue(last.last());
        assertEquals(0, last.ratio(), 0.001, "the last line keeps the natural word space");
    }

    @Test
    void setsTheLastLineWithNaturalSpacesBetweenItsWords() {
        List<SetLine> lines = set(paragraph(List.of(new Inline.Text(TEXT)), true), 200f);
        SetLine last = lines.get(lines.size() - 1);
        float space = FONTS.font(FontSet.Role.BODY, false, false, THEME.bodySize()).getBaseFont()
                .getWidthPoint(' ', THEME.bodySize());
        for (int i = 1; i < last.runs().size(); i++) {
            SetLine.Placed before = last.runs().get(i - 1);
            assertEquals(space, last.runs().get(i).x() - before.x() - before.width(), 0.05f);
        }
    }

    @Test
    void indentsTheFirstLineByTheParagraphsFirstLineIndent() {
        Paragraph paragraph = paragraph(List.of(new Inline.Text(TEXT)), false);
        paragraph.setFirstLineIndent(THEME.bodySize());
        List<SetLine> lines = set(paragraph, 200f);
        assertEquals(THEME.bodySize(), lines.get(0).runs().get(0).x(), 0.001f);
        assertEquals(0f, lines.get(1).runs().get(0).x(), 0.001f);
    }

    @Test
    void endsHyphenatedLinesWithAHyphenAndKeepsEveryLetter() {
        List<SetLine> lines = set(paragraph(List.of(new Inline.Text(TEXT)), true), 120f);
        StringBuilder text = new StringBuilder();
        boolean hyphenated = false;
        for (SetLine line : lines) {
            for (SetLine.Placed run : line.runs()) {
                text.append(run.text()).append(run.spaced() ? " " : "");
            }
            if (line.hyphenated()) {
                hyphenated = true;
                assertTrue(text.toString().endsWith("-"), text.toString());
                text.setLength(text.length() - 1);
            } else {
                text.append(' ');
            }
        }
        assertTrue(hyphenated, "a narrow measure should need a hyphen");
        assertEquals(TEXT, text.toString().strip());
    }

    @Test
    void knowsTheLineOfEachNoteReference() {
        List<Inline> content = List.of(new Inline.Text(TEXT), new Inline.NoteReference("7", "a-note-7"),
                new Inline.Text(" And more words after the reference to fill another line or two of the text."));
        List<SetLine> lines = set(paragraph(content, false), 200f);
        int withNote = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).notes().contains("a-note-7")) {
                assertEquals(-1, withNote, "one line references the note");
                withNote = i;
                boolean shown = lines.get(i).runs().stream().anyMatch(run -> run.text().contains("7"));
                assertTrue(shown, "the reference's label is on that line");
            }
        }
        assertTrue(withNote > 0 && withNote < lines.size() - 1, "reference on line " + withNote);
    }

    @Test
    void hangsTheTurnsOfALineWhoseFirstLineIndentIsNegative() {
        Paragraph verse = paragraph(List.of(new Inline.Text(TEXT)), false);
        verse.setAlignment(Element.ALIGN_LEFT);
        verse.setIndentationLeft(24f);
        verse.setFirstLineIndent(-24f);
        SetParagraph set = new ParagraphSetter(statistics).set(verse, 224f).orElseThrow();
        assertTrue(set.lines().size() > 2);
        assertEquals(0f, set.indent(), 0.001f, "the first line starts at the paragraph's own edge");
        assertEquals(0f, set.lines().get(0).runs().get(0).x(), 0.001f);
        for (SetLine turn : set.lines().subList(1, set.lines().size())) {
            assertEquals(24f, turn.runs().get(0).x(), 0.001f, "a turned line hangs 24 pt in");
            SetLine.Placed end = turn.runs().get(turn.runs().size() - 1);
            assertTrue(end.x() + end.width() <= 224f + 0.01f, "a turned line stays in the measure");
        }
    }

    @Test
    void countsLinesAndHyphensInItsStatistics() {
        set(paragraph(List.of(new Inline.Text(TEXT)), true), 120f);
        assertEquals(1, statistics.paragraphs());
        assertTrue(statistics.lines() > 5);
        assertTrue(statistics.hyphenatedShare() > 0);
        assertTrue(statistics.longestHyphenRun() <= LineBreaker.MAX_HYPHEN_RUN);
    }

    @Test
    void setsFlushLeftLinesAtTheirNaturalSpacesAndKeepsTheBlankLinesAndSpacesOfCode() {
        Paragraph code = FONTS.paragraph(THEME.bodyLeading());
        code.addAll(FONTS.chunks("int x = 1;\n\nreturn  x;", FontSet.Role.MONO, false, false, 9f));
        code.setAlignment(Element.ALIGN_LEFT);
        List<SetLine> lines = set(code, 200f);
        assertEquals(3, lines.size(), "the blank line is a line of its own");
        assertTrue(lines.get(1).runs().isEmpty());
        float space = FONTS.font(FontSet.Role.MONO, false, false, 9f).getBaseFont().getWidthPoint(' ', 9f);
        List<SetLine.Placed> first = lines.get(0).runs();
        assertEquals(space, first.get(1).x() - first.get(0).x() - first.get(0).width(), 0.01f,
                "a flush-left line is not stretched to the measure");
        List<SetLine.Placed> last = lines.get(2).runs();
        assertEquals(2 * space, last.get(1).x() - last.get(0).x() - last.get(0).width(), 0.01f,
                "two spaces of code stay two spaces");
    }

    @Test
    void centresACentredParagraphsLines() {
        Paragraph centred = paragraph(List.of(new Inline.Text("A short centred line")), false);
        centred.setAlignment(Element.ALIGN_CENTER);
        SetLine line = set(centred, 300f).get(0);
        SetLine.Placed end = line.runs().get(line.runs().size() - 1);
        assertEquals(300f - (end.x() + end.width()), line.runs().get(0).x(), 0.01f);
    }

    @Test
    void setsAWordKeptWholeAsTheWordItWasCutFromWithItsKernedWidthInEachFace() {
        ParagraphSetter setter = new ParagraphSetter(statistics);
        List<Inline> plain = List.of(new Inline.Text("Some infrastructure."));
        List<Inline> strong = List.of(new Inline.Strong(List.of(new Inline.Text("Some infrastructure."))));
        SetLine.Placed first = run(setter.set(paragraph(plain, true), 400f).orElseThrow(), "infrastructure.");
        SetLine.Placed bold = run(setter.set(paragraph(strong, true), 400f).orElseThrow(), "infrastructure.");
        SetLine.Placed again = run(setter.set(paragraph(plain, true), 400f).orElseThrow(), "infrastructure.");
        assertSame(first.text(), again.text(), "a recurring whole word is set as the one string its cut is kept under");
        for (SetLine.Placed run : List.of(first, bold, again)) {
            BaseFont face = run.style().font();
            assertEquals(face.getWidthPointKerned(run.text(), run.style().size()), run.width(), 0f,
                    "the width of " + face.getPostscriptFontName());
        }
        assertTrue(bold.width() != first.width(), "the bold word is measured in its own face");
    }

    private static SetLine.Placed run(SetParagraph set, String text) {
        assertEquals(1, set.lines().size());
        return set.lines().get(0).runs().stream().filter(run -> run.text().equals(text)).findFirst().orElseThrow();
    }
}
