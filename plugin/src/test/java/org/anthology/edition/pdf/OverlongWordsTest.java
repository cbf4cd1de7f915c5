package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class OverlongWordsTest {

    private static final String LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);

    @Test
    void warnsOfAWordWiderThanALineAtItsParagraph() {
        assertEquals(List.of("a.md:4: a word of 135 characters (\"Pneumonoultramicroscopic\u2026\") is wider than a line "
                        + "of the PDF, which breaks it between letters. Add a space or a hyphen where it may break"),
                warnings(paragraph("Before " + LONG + " after.", 4)));
    }

    @Test
    void leavesWordsThatFitAlone() {
        assertEquals(List.of(), warnings(paragraph("The internationalization of telecommunications "
                + "infrastructure, and its counterrevolutionary misunderstandings.", 1)));
    }

    @Test
    void takesHyphensDashesSlashesAndWhiteSpaceAsTheEndsOfWords() {
        String pieces = String.join("-", "Pneumonoultra", "microscopic", "silicovolcano") + "\u2010coniosis\u2013and"
                + "\u2014more/and\tthen\nsome\rmore\u000Bstill\fend";
        assertEquals(List.of(), warnings(paragraph((pieces + " ").repeat(6), 1)));
    }

    @Test
    void measuresEachWordInItsOwnLetters() {
        // Both words have as many letters; only the one of wide letters is wider than the line.
        String narrow = "i".repeat(60);
        String wide = "W".repeat(60);
        assertEquals(List.of(), warnings(paragraph(narrow, 1)));
        assertEquals(1, warnings(paragraph(narrow + " " + wide, 2)).size());
    }

    @Test
    void findsWordsInListsQuotationsAndNotes() {
        Block quote = new Block.BlockQuote(List.of(paragraph("quoted " + LONG, 2)), Fixtures.at("a.md", 2));
        Block list = new Block.ListBlock(false, 1, List.of(List.of(paragraph("listed " + LONG, 3))),
                Fixtures.at("a.md", 3));
        assertEquals(2, warnings(quote, list).size());
    }

    @Test
    void findsJustTheWordsALetterByLetterScanFinds() {
        PdfTheme theme = PdfTheme.defaults();
        FontSet fonts = new FontSet(theme);
        com.lowagie.text.pdf.BaseFont font = fonts.font(FontSet.Role.BODY, false, false, theme.bodySize())
                .getBaseFont();
        java.util.Random random = new java.util.Random(7);
        String separators = " -/\t\u2013\u2014\u2010\n";
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                String letters = random.nextBoolean() ? "iIl.," : "WMmw@";
                int length = random.nextInt(10) == 0 ? 20 + random.nextInt(120) : random.nextInt(12);
                StringBuilder word = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    word.append(letters.charAt(random.nextInt(letters.length())));
                }
                if (font.getWidthPoint(word.toString(), theme.bodySize()) > theme.textWidth()) {
                    expected.add(word.toString());
                }
                text.append(word);
                if (w + 1 < words || random.nextBoolean()) {
                    text.append(separators.charAt(random.nextInt(separators.length())));
                }
            }
            Diagnostics diagnostics = new Diagnostics();
            Block block = paragraph(text.toString(), 1);
            new OverlongWords(fonts, theme).check(new Anthology(Fixtures.metadata("W"), List.of(new Chapter("a", "W",
                    Optional.empty(), Optional.empty(), List.of(block), Fixtures.at("a.md", 1)))), diagnostics);
            assertEquals(expected.stream().map(OverlongWordsTest::shownAs).toList(),
                    diagnostics.warnings().stream().map(p -> p.message().replaceAll(".*\\(\"|\"\\).*", ""))
                            .toList(), text.toString());
        }
    }

    @Test
    void reportsTheWordsOfChaptersCheckedOnThreadsInBookOrder() {
        List<Chapter> chapters = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            // Every other chapter holds a word too long, the later ones far less text, so they finish first.
            String text = i % 2 == 0 ? "word ".repeat(4000 / i) + LONG : "word ".repeat(200);
            chapters.add(new Chapter("ch" + i, "T", Optional.empty(), Optional.empty(), List.of(new Block.Paragraph(
                    List.of(new Inline.Text(text)), Fixtures.at("c" + i + ".md", i))), Fixtures.at("c" + i + ".md", 1)));
            if (i % 2 == 0) {
                expected.add("c" + i + ".md:" + i);
            }
        }
        Anthology book = new Anthology(Fixtures.metadata("W"), chapters);
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            Diagnostics diagnostics = new Diagnostics();
            new PdfEdition(PdfTheme.defaults(), BookFonts.none(), List.of(), PerChapter.on(executor))
                    .checkWords(book, diagnostics);
            assertEquals(expected, diagnostics.warnings().stream().map(p -> p.position().orElseThrow().toString())
                    .toList());
        } finally {
            executor.shutdownNow();
        }
    }

    private static String shownAs(String word) {
        return word.length() > 24 ? word.substring(0, 24) + "\u2026" : word;
    }

    private static List<String> warnings(Block... blocks) {
        Anthology book = new Anthology(Fixtures.metadata("Words"), List.of(new Chapter("a", "Words", Optional.empty(),
                Optional.empty(), List.of(blocks), Fixtures.at("a.md", 1))));
        Diagnostics diagnostics = new Diagnostics();
        new PdfEdition(PdfTheme.defaults()).checkWords(book, diagnostics);
        return diagnostics.warnings().stream().map(Problem::toString).toList();
    }

    private static Block paragraph(String text, int line) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("a.md", line));
    }
}
