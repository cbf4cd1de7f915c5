package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anthology.model.Anthology;
import org.anthology.model.PerChapter;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF whose paragraphs are set ahead on another thread has the same bytes as one set on the page flow's thread
 * alone, tagged or not, with indented or spaced paragraphs, whatever the two threads' timing.
 */
class PdfSetAheadTest {

    @TempDir
    Path folder;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pdf.tagged=false", "paragraph.style=space"})
    void writesTheSameBytesWithParagraphsSetAheadAsWithout(String setting) throws IOException {
        Anthology book = VariedBook.book(folder);
        PdfTheme theme = setting.isEmpty() ? PdfTheme.defaults()
                : PdfBytes.theme(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        byte[] alone = write(new PdfEdition(theme, BookFonts.none(), List.of(), PerChapter.sequential()), book);
        int taken = 0;
        int notes = 0;
        for (int run = 0; run < 3; run++) {
            PdfEdition ahead = new PdfEdition(theme, BookFonts.none(), List.of(), PerChapter.on(thread));
            assertArrayEquals(alone, write(ahead, book), "run " + (run + 1));
            taken += ahead.setAhead();
            notes += ahead.notesSetAhead();
        }
        assertTrue(taken > 0, "no paragraph was taken set ahead in three writes");
        assertTrue(notes > 0, "no footnote was taken set ahead in three writes");
    }

    private static byte[] write(PdfEdition edition, Anthology book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edition.write(book, new TocBuilder(3).build(book), out);
        return out.toByteArray();
    }
}
