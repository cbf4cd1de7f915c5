package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** Footnotes at the foot of the page that references them, read back with PDFBox. */
@BookCheck
class PdfFootnotesTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        pdf = PdfBytes.of(NotesBook.book(), THEME);
    }

    @Test
    void everyNoteStandsOnThePageOfItsReference() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int n = 1; n <= NotesBook.NOTES; n++) {
                List<Integer> references = pagesWith(read, "MARK" + n + "Z");
                List<Integer> notes = pagesWith(read, "NOTETEXT" + n + "\\b");
                assertEquals(1, references.size(), "reference " + n + " on pages " + references);
                assertEquals(references, notes, "note " + n);
            }
        }
    }

    @Test
    void everyReferenceLinksToItsNoteOnTheSamePage() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int n = 1; n <= NotesBook.NOTES; n++) {
                int page = pagesWith(read, "MARK" + n + "Z").get(0);
                assertTrue(read.linkTargets(page).contains(page), "no link to a note on page " + page);
            }
            int huge = pagesWith(read, "HUGENOTE").get(0);
            assertTrue(read.linkTargets(pagesWith(read, "MARKHUGE").get(0)).contains(huge),
                    "the reference to the long note does not link to page " + huge);
        }
    }

    @Test
    void notesSitBelowAllRunningTextAndAboveThePageNumber() throws IOException {
        int pagesWithNotes = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int page = 1; page <= read.pageCount(); page++) {
                List<PdfReadBack.Line> lines = read.lines(page);
                float lowestText = 0f;
                float highestNote = Float.MAX_VALUE;
                float lowestNote = 0f;
                for (PdfReadBack.Line line : lines) {
                    if (isNoteLine(line)) {
                        highestNote = Math.min(highestNote, line.y());
                        lowestNote = Math.max(lowestNote, line.y());
                    } else if (isRunningText(line, read.pageHeight(page))) {
                        lowestText = Math.max(lowestText, line.y());
                    }
                }
                if (highestNote < Float.MAX_VALUE && !read.pageText(page).contains("HUGENOTE")) {
                    pagesWithNotes++;
                    assertTrue(lowestText + THEME.bodyLeading() <= highestNote,
                            "text at " + lowestText + " runs into the notes at " + highestNote + " on page " + page);
                    assertTrue(lowestNote <= read.pageHeight(page) - THEME.marginBottom() + 0.5f,
                            "a note runs into the bottom margin of page " + page);
                }
            }
        }
        assertTrue(pagesWithNotes >= 5, "notes on only " + pagesWithNotes + " pages");
    }

    @Test
    void fillsPagesWithNotesDownToTheirFoot() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            int reference = pagesWith(read, "MARK3Z").get(0);
            List<PdfReadBack.Line> lines = read.lines(reference);
            float lowestNote = lines.stream().filter(PdfFootnotesTest::isNoteLine)
                    .map(PdfReadBack.Line::y).max(Float::compare).orElseThrow();
            float textFoot = read.pageHeight(reference) - THEME.marginBottom();
            assertTrue(textFoot - lowestNote < THEME.bodyLeading() * 2,
                    "the notes end " + (textFoot - lowestNote) + " points above the text block's foot");
        }
    }

    @Test
    void keepsANoteNobodyReferencesAndOneTooLongForAPageFootAtTheChaptersEnd() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> orphan = pagesWith(read, "ORPHANNOTE");
            List<Integer> huge = pagesWith(read, "HUGENOTE");
            assertEquals(1, orphan.size(), "unreferenced note on " + orphan);
            assertEquals(1, huge.size(), "long note on " + huge);
            int lastReference = pagesWith(read, "MARKHUGE").get(0);
            assertTrue(orphan.get(0) >= lastReference && huge.get(0) >= orphan.get(0),
                    "end notes before the last text: " + orphan + " " + huge);
        }
    }

    @Test
    void staysPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    /**
     * A line in the footnote size, which is smaller than running text and larger than raised labels, other than the
     * running head and the page number (set in about the same size).
     */
    private static boolean isNoteLine(PdfReadBack.Line line) {
        return Math.abs(line.size() - THEME.bodySize() * FootnoteText.SCALE) < 0.3f
                && line.y() > THEME.marginTop() && !line.text().matches("[0-9ivxlc]+");
    }

    /** A line of running text: in the text size, between the running head and the page number. */
    private static boolean isRunningText(PdfReadBack.Line line, float pageHeight) {
        return Math.abs(line.size() - THEME.bodySize()) < 0.3f && line.y() > THEME.marginTop()
                && line.y() < pageHeight - THEME.marginBottom();
    }

    private static List<Integer> pagesWith(PdfReadBack read, String regex) throws IOException {
        List<Integer> out = new ArrayList<>();
        Pattern pattern = Pattern.compile(regex);
        for (int page = 1; page <= read.pageCount(); page++) {
            Matcher matcher = pattern.matcher(read.pageText(page).replaceAll("\\s+", " "));
            if (matcher.find()) {
                out.add(page);
            }
        }
        return out;
    }
}
