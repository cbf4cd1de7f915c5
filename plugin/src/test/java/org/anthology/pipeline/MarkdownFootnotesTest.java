package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anthology.edition.pdf.PdfReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown footnotes, from the manuscript to the foot of the PDF page that references them. */
class MarkdownFootnotesTest {

    @TempDir
    Path base;

    @Test
    void setsEachNoteAtTheFootOfItsReferencesPageNumberedInReferenceOrder() throws IOException {
        StringBuilder text = new StringBuilder("# Notes\n\n");
        String filler = "Words that fill the page with running text for a while, line after line after line. ";
        for (int p = 1; p <= 30; p++) {
            text.append(filler.repeat(3));
            if (p == 8) {
                text.append("The first claim MARKSOURCE[^source] stands here.");
            } else if (p == 21) {
                text.append("The second claim MARKLATER[^later] stands here.");
            }
            text.append("\n\n");
        }
        text.append("[^later]: NOTELATER, the later note.\n[^source]: NOTESOURCE, the first note.\n");
        Path file = base.resolve("texts/1-notes.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base));
        assertFalse(outcome.failed(), outcome.problemSummary());
        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            int first = pageWith(read, "MARKSOURCE");
            int second = pageWith(read, "MARKLATER");
            assertTrue(second > first, "the fixture should put the claims on different pages");
            assertEquals(first, pageWith(read, "NOTESOURCE"));
            assertEquals(second, pageWith(read, "NOTELATER"));
            assertTrue(read.pageText(first).contains("MARKSOURCE1"), "the first note is numbered 1");
            assertTrue(read.pageText(second).contains("MARKLATER2"), "the second note is numbered 2");
            assertTrue(read.pageText(first).contains("1 NOTESOURCE") || read.pageText(first).contains("1\u00A0NOTESOURCE"),
                    read.pageText(first));
        }
    }

    private static int pageWith(PdfReadBack read, String text) throws IOException {
        for (int page = 1; page <= read.pageCount(); page++) {
            if (read.pageText(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
