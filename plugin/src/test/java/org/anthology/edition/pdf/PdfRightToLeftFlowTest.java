package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;

/**
 * Right-to-left paragraphs in the body's page flow, set by the line layer: read back with PDFBox in reading order,
 * cut between pages by whole lines with no first or last line alone, and a Hebrew footnote at the foot of its
 * reference's page.
 */
class PdfRightToLeftFlowTest {

    private static final PdfTheme THEME = TestFonts.withFallback("DejaVuSans");
    private static final String LETTERS = "אבגדהוזחטיכלמנסעפצקרשת";
    private static final String[] SYLLABLES = {"לו", "מי", "נה", "רב", "של", "תו", "דג", "כי"};
    private static final Pattern HEBREW_WORD = Pattern.compile("[\\u05D0-\\u05EA]+");

    @Test
    void readsAHebrewParagraphOfSeveralLinesBackInReadingOrderWithEveryWord() throws IOException {
        List<String> words = new ArrayList<>();
        Random random = new Random(3);
        for (int w = 0; w < 90; w++) {
            words.add(LETTERS.charAt(w % LETTERS.length()) + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + LETTERS.charAt(w / LETTERS.length()));
        }
        byte[] pdf = write(List.of(paragraph(String.join(" ", words), 2)));
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String text = read.pageText(read.pageCount());
            List<String> back = new ArrayList<>();
            Matcher word = HEBREW_WORD.matcher(text);
            while (word.find()) {
                back.add(word.group());
            }
            assertTrue(read.lines(read.pageCount()).size() > 6, "the paragraph should run over several lines");
            assertEquals(words, back, text);
        }
    }

    @Test
    void cutsHebrewParagraphsBetweenPagesLeavingNoFirstOrLastLineAlone() throws IOException {
        Random random = new Random(5);
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 60; p++) {
            // Every word of paragraph p opens and closes with its code, which reads the same either way.
            String code = "" + LETTERS.charAt(p % LETTERS.length()) + LETTERS.charAt(p / LETTERS.length());
            String edge = new StringBuilder(code).reverse().toString();
            StringBuilder text = new StringBuilder();
            int count = 24 + random.nextInt(70);
            for (int w = 0; w < count; w++) {
                text.append(code).append(SYLLABLES[random.nextInt(SYLLABLES.length)].repeat(1 + random.nextInt(2)))
                        .append(edge).append(w == count - 1 ? "" : " ");
            }
            blocks.add(paragraph(text.toString(), p + 2));
        }
        int splits = 0;
        try (PdfReadBack read = PdfReadBack.of(write(blocks))) {
            Map<String, List<Integer>> pagesOfLines = new LinkedHashMap<>();
            for (int page = 1; page <= read.pageCount(); page++) {
                for (PdfReadBack.Line line : read.lines(page)) {
                    Matcher word = HEBREW_WORD.matcher(line.text());
                    if (Math.abs(line.size() - THEME.bodySize()) < 0.3f && word.find()) {
                        String code = word.group().substring(0, 2);
                        String either = code.compareTo(reversed(code)) < 0 ? code : reversed(code);
                        pagesOfLines.computeIfAbsent(either, key -> new ArrayList<>()).add(page);
                    }
                }
            }
            for (Map.Entry<String, List<Integer>> paragraph : pagesOfLines.entrySet()) {
                List<Integer> pages = paragraph.getValue();
                int first = pages.get(0);
                int last = pages.get(pages.size() - 1);
                if (first == last) {
                    continue;
                }
                splits++;
                assertTrue(pages.stream().filter(p -> p == first).count() >= 2,
                        "paragraph " + paragraph.getKey() + " leaves its first line alone on page " + first);
                assertTrue(pages.stream().filter(p -> p == last).count() >= 2,
                        "paragraph " + paragraph.getKey() + " leaves its last line alone on page " + last);
            }
        }
        assertTrue(splits >= 8, "only " + splits + " paragraphs run over a page break");
    }

    @Test
    void setsAHebrewFootnoteAtTheFootOfItsReferencesPage() throws IOException {
        Random random = new Random(11);
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            List<Inline> content = new ArrayList<>();
            content.add(new Inline.Text(LongBook.sentences(random, 4)));
            if (p == 1) {
                content.add(new Inline.Text(" MARKHEB"));
                content.add(new Inline.NoteReference("1", "rtl-note-1"));
            }
            blocks.add(new Block.Paragraph(content, Fixtures.at("rtl.md", p + 2)));
        }
        blocks.add(new Block.Note("1", "rtl-note-1", List.of(paragraph("הערה בעברית על הדף הזה בלבד", 40)),
                Fixtures.at("rtl.md", 40)));
        try (PdfReadBack read = PdfReadBack.of(write(blocks))) {
            int reference = read.firstPageOutsideContentsWith("MARKHEB");
            assertTrue(reference < read.pageCount(), "the chapter should run past the reference's page");
            List<PdfReadBack.Line> lines = read.lines(reference);
            PdfReadBack.Line note = lines.stream().filter(line -> line.text().contains("בעברית")).findFirst()
                    .orElseThrow(() -> new AssertionError("the note is not on its reference's page: " + lines));
            float lowestText = (float) lines.stream().filter(line -> line.text().contains("the"))
                    .mapToDouble(PdfReadBack.Line::y).max().orElseThrow();
            assertTrue(note.y() > lowestText, "the note stands below the running text");
        }
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    private static Block paragraph(String text, int line) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("rtl.md", line));
    }

    private static byte[] write(List<Block> blocks) throws IOException {
        Chapter chapter = new Chapter("rtl", "Flow", Optional.empty(), Optional.empty(), blocks,
                Fixtures.at("rtl.md", 1));
        Anthology book = new Anthology(Fixtures.metadata("Right to Left"), List.of(chapter));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(THEME, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"), List.of())
                .write(book, new TocBuilder(3).build(book), out);
        return out.toByteArray();
    }
}
