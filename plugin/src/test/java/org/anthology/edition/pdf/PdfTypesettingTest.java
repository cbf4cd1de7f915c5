package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** Page layout of a book long enough to paginate, read back with PDFBox. */
@BookCheck
class PdfTypesettingTest {

    private static final Anthology BOOK = LongBook.book();
    private static final PdfTheme THEME = PdfTheme.defaults();

    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        pdf = write(THEME);
    }

    @Test
    void everyChapterOpensOnARightHandPage() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int opener : openers(read)) {
                assertEquals(1, opener % 2, "chapter opens on page " + opener);
            }
        }
    }

    @Test
    void leavesALeftPageBlankWhereAChapterWouldOpenOnIt() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> blanks = blankBodyPages(read);
            assertFalse(blanks.isEmpty(), "the fixture's chapter lengths need at least one blank page");
            for (int blank : blanks) {
                assertEquals(0, blank % 2, "blank page " + blank);
                assertTrue(openers(read).contains(blank + 1), "blank page " + blank + " is not before an opener");
            }
        }
    }

    @Test
    void contentsNumbersAreThePrintedNumbersOfTheOpeners() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String contents = read.pageText(3);
            List<Integer> openers = openers(read);
            for (int c = 0; c < BOOK.chapters().size(); c++) {
                String title = BOOK.chapters().get(c).title();
                Matcher line = Pattern.compile(Pattern.quote(title) + "\\s*(\\d+)").matcher(contents);
                assertTrue(line.find(), () -> title + " not in " + contents);
                assertEquals(line.group(1), read.pageLabel(openers.get(c)), title);
            }
        }
    }

    @Test
    void runningHeadsShowTheBookOnLeftPagesAndTheChapterOnRightPages() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> openers = openers(read);
            List<Integer> blanks = blankBodyPages(read);
            int checked = 0;
            for (int page = openers.get(0); page <= read.pageCount(); page++) {
                if (openers.contains(page) || blanks.contains(page)) {
                    continue;
                }
                String chapter = chapterOn(page, openers).title();
                String expected = page % 2 == 0 ? LongBook.TITLE : chapter;
                assertEquals(expected, runningHead(read, page), "running head of page " + page);
                checked++;
            }
            assertTrue(checked > 10, "only " + checked + " body pages");
        }
    }

    @Test
    void openersAndBlankPagesHaveNoRunningHead() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int opener : openers(read)) {
                assertEquals("", runningHead(read, opener), "running head on opener " + opener);
                assertFalse(footer(read, opener).isEmpty(), "opener " + opener + " has no page number");
            }
            for (int blank : blankBodyPages(read)) {
                assertEquals("", read.pageText(blank).strip(), "text or number on blank page " + blank);
            }
        }
    }

    @Test
    void bodyPagesAreNumberedInTheFooter() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> blanks = blankBodyPages(read);
            for (int page = openers(read).get(0); page <= read.pageCount(); page++) {
                if (!blanks.contains(page)) {
                    assertEquals(read.pageLabel(page), footer(read, page), "page number of page " + page);
                }
            }
        }
    }

    @Test
    void innerMarginIsOnTheBindingSideOfBodyAndContentsPages() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            assertEquals(THEME.marginOuter(), read.leftmostText(2), 1f, "copyright page ii is a left-hand page");
            assertEquals(THEME.marginInner(), read.leftmostText(3), 1f, "contents page iii is a right-hand page");
            List<Integer> openers = openers(read);
            List<Integer> blanks = blankBodyPages(read);
            for (int page = openers.get(0); page < openers.get(2); page++) {
                if (blanks.contains(page)) {
                    continue;
                }
                float expected = page % 2 == 1 ? THEME.marginInner() : THEME.marginOuter();
                assertEquals(expected, read.leftmostText(page), 1f, "left margin of page " + page);
            }
        }
    }

    @Test
    void breaksLongWordsWithAHyphenAtLineEnds() throws IOException {
        Set<String> words = sourceWords();
        int breaks = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int page = openers(read).get(0); page <= read.pageCount(); page++) {
                List<String> lines = bodyLines(read, page);
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.endsWith("-")) {
                        String head = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1).toLowerCase();
                        // Text extraction may see a gap inside the carried-over part, so spaces are ignored there.
                        String joined = head + lines.get(i + 1).replace(" ", "").toLowerCase();
                        boolean rejoins = words.stream()
                                .anyMatch(word -> word.length() > head.length() + 1 && word.startsWith(head)
                                        && joined.startsWith(word));
                        assertTrue(rejoins, () -> "'" + line + "' does not end in part of a word of the text");
                        breaks++;
                    }
                }
            }
        }
        assertTrue(breaks > 0, "no line ends in a hyphen");
    }

    @Test
    void justifiesByWideningWordSpacesNotBySpacingOutLetters() throws IOException {
        int widened = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int page = openers(read).get(0); page <= read.pageCount(); page++) {
                for (float spacing : read.operands(page, "Tc")) {
                    assertEquals(0f, spacing, 0.001f, "letters spaced out on page " + page);
                }
                // The spaces of a justified line are the gaps its words are drawn at, wider than the natural
                // space (a quarter em in Liberation Serif) on a line that had to be filled.
                float natural = THEME.bodySize() * 0.25f;
                widened += (int) read.wordSpaces(page).stream().filter(spaces -> spaces.size() > 3)
                        .filter(spaces -> spaces.stream().allMatch(space -> space > natural + 0.2f)).count();
            }
        }
        assertTrue(widened > 100, "only " + widened + " lines with widened word spaces");
    }

    @Test
    void noHeadingIsLeftAtThePageFootWithoutTwoLinesOfText() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            int headings = 0;
            for (int page = openers(read).get(0); page <= read.pageCount(); page++) {
                List<String> lines = bodyLines(read, page);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("Section ")) {
                        headings++;
                        assertTrue(i + 2 < lines.size(), "heading " + lines.get(i) + " ends page " + page);
                    }
                }
            }
            assertTrue(headings > 5, "only " + headings + " headings found");
        }
    }

    @Test
    void noParagraphLeavesItsFirstOrLastLineAloneOnAPage() throws IOException {
        int pagesChecked = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> openers = openers(read);
            for (int page = openers.get(0); page <= read.pageCount(); page++) {
                List<PdfReadBack.Line> lines = textLines(read, page);
                if (openers.contains(page) || lines.size() < 3) {
                    continue;
                }
                pagesChecked++;
                // Every fixture paragraph has several lines, so a paragraph gap after the first line of a page
                // means a paragraph's last line stands there alone, and one before the last line, its first.
                int last = lines.size() - 1;
                assertFalse(paragraphGap(lines.get(0), lines.get(1)) && !isHeading(lines.get(0)),
                        "page " + page + " opens with a paragraph's last line: " + lines.get(0).text());
                assertFalse(paragraphGap(lines.get(last - 1), lines.get(last)) && !isHeading(lines.get(last - 1)),
                        "page " + page + " ends with a paragraph's first line: " + lines.get(last).text());
            }
        }
        assertTrue(pagesChecked > 10, "only " + pagesChecked + " pages checked");
    }

    @Test
    void indentsTheFirstLineOfAParagraphThatFollowsAParagraph() throws IOException {
        int indented = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> openers = openers(read);
            for (int page = openers.get(0); page <= read.pageCount(); page++) {
                float left = page % 2 == 1 ? THEME.marginInner() : THEME.marginOuter();
                for (PdfReadBack.Line line : textLines(read, page)) {
                    float[] extent = read.bandExtent(page, line.y() - 0.5f, line.y() + 0.5f);
                    if (Math.abs(extent[0] - left - THEME.bodySize()) < 0.5f) {
                        indented++;
                        assertFalse(isHeading(line), "heading indented on page " + page);
                    }
                }
            }
        }
        // The fixture has some 60 paragraphs, a quarter of them after a heading or opening their chapter.
        assertTrue(indented > 30, "only " + indented + " lines start one em in");
    }

    @Test
    void rectoOffOpensChaptersOnTheNextPageWithoutBlanks() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("chapter.recto", "false");
        try (PdfReadBack read = PdfReadBack.of(write(PdfTheme.load(properties)))) {
            assertEquals(List.of(), blankBodyPages(read));
            assertTrue(openers(read).stream().anyMatch(page -> page % 2 == 0), "no chapter opens on a left page");
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        assertArrayEquals(pdf, write(THEME));
    }

    /** Physical page numbers of the chapter openers, in chapter order: the pages that carry the byline. */
    static List<Integer> openers(PdfReadBack read) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (Chapter chapter : BOOK.chapters()) {
            String byline = chapter.author().orElseThrow();
            for (int page = 1; page <= read.pageCount(); page++) {
                // The contents page names the authors too; an opener is a body page, numbered 1, 2, ...
                if (read.pageLabel(page).matches("\\d+") && read.pageText(page).contains(byline)) {
                    out.add(page);
                    break;
                }
            }
        }
        assertEquals(BOOK.chapters().size(), out.size(), "an opener is missing");
        return out;
    }

    private static List<Integer> blankBodyPages(PdfReadBack read) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (int page = openers(read).get(0); page <= read.pageCount(); page++) {
            if (read.pageText(page).isBlank()) {
                out.add(page);
            }
        }
        return out;
    }

    /** The chapter of the long book that page {@code page} belongs to, given its chapters' openers. */
    static Chapter chapterOn(int page, List<Integer> openers) {
        int chapter = 0;
        while (chapter + 1 < openers.size() && openers.get(chapter + 1) <= page) {
            chapter++;
        }
        return BOOK.chapters().get(chapter);
    }

    private static String runningHead(PdfReadBack read, int page) throws IOException {
        return read.bandText(page, 0, THEME.marginTop());
    }

    private static String footer(PdfReadBack read, int page) throws IOException {
        return read.bandText(page, read.pageHeight(page) - THEME.marginBottom(), read.pageHeight(page));
    }

    private static List<String> bodyLines(PdfReadBack read, int page) throws IOException {
        String body = read.bandText(page, THEME.marginTop(), read.pageHeight(page) - THEME.marginBottom());
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    /** The lines of running text and headings of a page, without running head, page number or byline. */
    private static List<PdfReadBack.Line> textLines(PdfReadBack read, int page) throws IOException {
        float foot = read.pageHeight(page) - THEME.marginBottom();
        return read.lines(page).stream()
                .filter(line -> line.y() > THEME.marginTop() && line.y() < foot && line.size() >= THEME.bodySize())
                .filter(line -> !line.text().startsWith("Author ")).collect(Collectors.toList());
    }

    private static boolean paragraphGap(PdfReadBack.Line above, PdfReadBack.Line below) {
        return below.y() - above.y() > THEME.bodyLeading() + 1f;
    }

    private static boolean isHeading(PdfReadBack.Line line) {
        return line.text().startsWith("Section ") || line.text().startsWith("Chapter Number ");
    }

    private static Set<String> sourceWords() {
        return BOOK.chapters().stream().flatMap(chapter -> chapter.blocks().stream())
                .filter(Block.Paragraph.class::isInstance)
                .flatMap(block -> Pattern.compile("[^\\p{L}]+")
                        .splitAsStream(Inline.plainText(((Block.Paragraph) block).content())))
                .map(String::toLowerCase).collect(Collectors.toSet());
    }

    private static byte[] write(PdfTheme theme) throws IOException {
        return PdfBytes.of(BOOK, theme);
    }
}
