package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anthology.BookCheck;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notes too long for the room left below their reference start on its page and go on at the foot of the next, read
 * back with PDFBox. Each paragraph ends with a reference after {@code REFnZ}; note n runs from {@code STARTnZ} to
 * {@code ENDnZ} over about eight lines.
 */
@BookCheck
class PdfSplitNotesTest {

    private static final int NOTES = 30;
    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final String FILE = "seeds/split.md";
    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        pdf = PdfBytes.of(book(), THEME);
    }

    @Test
    void startsEveryNoteOnThePageOfItsReferenceAndEndsItThereOrOnTheNext() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int n = 1; n <= NOTES; n++) {
                int reference = pageWith(read, "REF" + n + "Z");
                assertEquals(reference, pageWith(read, "START" + n + "Z"), "note " + n + " starts elsewhere");
                int end = pageWith(read, "END" + n + "Z");
                assertTrue(end == reference || end == reference + 1, "note " + n + " ends on page " + end
                        + ", its reference is on page " + reference);
            }
        }
    }

    @Test
    void splitsTheNotesThatDoNotFitBelowTheirReference() throws IOException {
        int split = 0;
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int n = 1; n <= NOTES; n++) {
                split += pageWith(read, "END" + n + "Z") > pageWith(read, "START" + n + "Z") ? 1 : 0;
            }
            assertTrue(split >= 3, "only " + split + " notes go on at the next page's foot");
            assertTrue(read.text().contains("ENDING"), "the text after the last note is lost");
        }
    }

    @Test
    void setsTheRestOfASplitNoteBelowTheNextPagesText() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int n = 1; n <= NOTES; n++) {
                int end = pageWith(read, "END" + n + "Z");
                if (end == pageWith(read, "START" + n + "Z")) {
                    continue;
                }
                float textFoot = 0f;
                float noteTop = Float.MAX_VALUE;
                for (PdfReadBack.Line line : read.lines(end)) {
                    boolean note = Math.abs(line.size() - THEME.bodySize() * FootnoteText.SCALE) < 0.3f;
                    boolean text = Math.abs(line.size() - THEME.bodySize()) < 0.3f && line.y() > THEME.marginTop()
                            && line.y() < read.pageHeight(end) - THEME.marginBottom();
                    if (note && line.y() > THEME.marginTop()) {
                        noteTop = Math.min(noteTop, line.y());
                    } else if (text) {
                        textFoot = Math.max(textFoot, line.y());
                    }
                }
                assertTrue(textFoot + THEME.bodyLeading() <= noteTop,
                        "the text at " + textFoot + " runs into note " + n + " at " + noteTop + " on page " + end);
            }
        }
    }

    @Test
    void staysPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    private static int pageWith(PdfReadBack read, String word) throws IOException {
        for (int page = 1; page <= read.pageCount(); page++) {
            if (read.pageText(page).contains(word)) {
                return page;
            }
        }
        throw new AssertionError(word + " is not in the PDF");
    }

    private static Anthology book() {
        Random random = new Random(11);
        List<Block> blocks = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        for (int n = 1; n <= NOTES; n++) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(LongBook.sentences(random, 2 + n % 5)
                    + " REF" + n + "Z"), new Inline.NoteReference(Integer.toString(n), "split-note-" + n),
                    new Inline.Text(".")), new SourcePosition(FILE, 2 * n)));
            String text = "START" + n + "Z " + LongBook.sentences(random, 5) + " END" + n + "Z";
            notes.add(new Block.Note(Integer.toString(n), "split-note-" + n, List.of(new Block.Paragraph(
                    List.of(new Inline.Text(text)), new SourcePosition(FILE, 100 + n))), new SourcePosition(FILE,
                    100 + n)));
        }
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("ENDING words.")), new SourcePosition(FILE, 99)));
        blocks.addAll(notes);
        Chapter chapter = new Chapter("split", "Long Notes", Optional.of("Author S"), Optional.empty(), blocks,
                new SourcePosition(FILE, 1));
        Metadata metadata = new Metadata("Split Notes", Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:2a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, List.of(chapter));
    }
}
