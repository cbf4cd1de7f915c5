package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anthology.edition.pdf.PdfReadBack;
import org.anthology.edition.pdf.PdfTheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

/**
 * The page layout of this repository's own book, as {@code mvn package} writes it from seeds/ with the repository's
 * styles, read back with PDFBox: contents numbers, right-hand openers, running heads, hyphenation, headings.
 */
@BookCheck
class SeedsPdfTest {

    private static final String BOOK_TITLE = "Builders of the Network";
    private static final List<String> CHAPTERS = List.of("Waves of the Internet: How China's Platforms Were Built",
            "Internet Companies or Tech Companies?", "The Industrial Internet Race");
    private static final PdfTheme THEME = PdfTheme.defaults();

    @TempDir
    static Path out;

    private static PdfReadBack read;
    private static List<Integer> openers;

    @BeforeAll
    static void buildTheBook() throws IOException {
        Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(SeedsBookTest.settings(out));
        assertFalse(outcome.failed(), outcome.problemSummary());
        read = PdfReadBack.of(Files.readAllBytes(out.resolve("seeds-book.pdf")));
        openers = new ArrayList<>();
        for (String title : CHAPTERS) {
            openers.add(opener(title));
        }
    }

    @AfterAll
    static void close() throws IOException {
        read.close();
    }

    @Test
    void contentsNumbersArePrintedOnTheChaptersFirstPages() throws IOException {
        String contents = plain(read.pageText(contentsPage()));
        for (int c = 0; c < CHAPTERS.size(); c++) {
            Matcher entry = Pattern.compile(Pattern.quote(CHAPTERS.get(c)) + "\\s*(\\d+)").matcher(contents);
            assertTrue(entry.find(), CHAPTERS.get(c) + " not in the contents: " + contents);
            assertEquals(entry.group(1), read.pageLabel(openers.get(c)), CHAPTERS.get(c));
        }
    }

    @Test
    void everyChapterOpensOnAnOddRightHandPage() throws IOException {
        for (int opener : openers) {
            assertEquals(1, Integer.parseInt(read.pageLabel(opener)) % 2, "opener labelled " + read.pageLabel(opener));
            assertEquals(1, opener % 2, "opener is physical page " + opener);
        }
    }

    @Test
    void bodyPagesCarryTheBookTitleLeftAndTheChapterTitleRight() throws IOException {
        int checked = 0;
        for (int page = openers.get(0); page <= read.pageCount(); page++) {
            if (openers.contains(page) || read.pageText(page).isBlank()) {
                continue;
            }
            String head = plain(read.bandText(page, 0, THEME.marginTop()));
            String expected = page % 2 == 0 ? BOOK_TITLE : CHAPTERS.get(chapterOf(page));
            assertEquals(expected.replace(" ", ""), head.replace(" ", ""), "running head of page " + page);
            checked++;
        }
        assertTrue(checked > 5, "only " + checked + " body pages with a running head");
    }

    @Test
    void breaksAtLeastOneLineInsideAWordWithAHyphen() throws IOException {
        String source = plain(Files.readString(SeedsBookTest.REPOSITORY.resolve("seeds/000_9afefc053d5ace72.txt")))
                .toLowerCase(Locale.ROOT);
        int breaks = 0;
        for (int page = openers.get(0); page <= read.pageCount(); page++) {
            List<String> lines = textLines(page).stream().map(PdfReadBack.Line::text).collect(Collectors.toList());
            for (int i = 0; i + 1 < lines.size(); i++) {
                Matcher end = Pattern.compile("(\\p{L}+)-$").matcher(lines.get(i));
                Matcher start = Pattern.compile("^(\\p{Ll}+)").matcher(lines.get(i + 1));
                if (end.find() && start.find()) {
                    String word = (end.group(1) + start.group(1)).toLowerCase(Locale.ROOT);
                    if (source.contains(word) && !source.contains(end.group(1).toLowerCase(Locale.ROOT) + "-"
                            + start.group(1))) {
                        breaks++;
                    }
                }
            }
        }
        assertTrue(breaks > 0, "no line of the body ends in a hyphen that breaks a word of the text");
    }

    @Test
    void noPageEndsWithAHeading() throws IOException {
        int headings = 0;
        for (int page = openers.get(0); page <= read.pageCount(); page++) {
            List<PdfReadBack.Line> lines = textLines(page);
            headings += (int) lines.stream().filter(SeedsPdfTest::isHeading).count();
            if (!lines.isEmpty()) {
                PdfReadBack.Line last = lines.get(lines.size() - 1);
                assertFalse(isHeading(last), "page " + page + " ends with the heading " + last.text());
            }
        }
        assertTrue(headings > 10, "only " + headings + " heading lines found");
    }

    /** Headings are set larger than running text. */
    private static boolean isHeading(PdfReadBack.Line line) {
        return line.size() > THEME.bodySize() + 1f;
    }

    /** The lines inside the text block of a page: no running head, no page number. */
    private static List<PdfReadBack.Line> textLines(int page) throws IOException {
        float foot = read.pageHeight(page) - THEME.marginBottom();
        return read.lines(page).stream().filter(line -> line.y() > THEME.marginTop() && line.y() < foot)
                .collect(Collectors.toList());
    }

    private static int contentsPage() throws IOException {
        for (int page = 1; page < openers.get(0); page++) {
            if (read.pageText(page).contains("Contents")) {
                return page;
            }
        }
        throw new AssertionError("no contents page before the first chapter");
    }

    /** The first body page whose text opens with the chapter's title (openers have no running head). */
    private static int opener(String title) throws IOException {
        String start = title.substring(0, 15);
        for (int page = 1; page <= read.pageCount(); page++) {
            if (read.pageLabel(page).matches("\\d+") && plain(read.pageText(page)).strip().startsWith(start)) {
                return page;
            }
        }
        throw new AssertionError("no page opens with " + title);
    }

    private static int chapterOf(int page) {
        int chapter = 0;
        while (chapter + 1 < openers.size() && openers.get(chapter + 1) <= page) {
            chapter++;
        }
        return chapter;
    }

    /** Text with curly apostrophes made straight and white space folded, for comparing with the sources. */
    private static String plain(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ");
    }
}
