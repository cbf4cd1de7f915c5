package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.anthology.edition.Edition;
import org.anthology.edition.PageStarts;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition that needs only the paginated edition's page starts is written from the moment those are known, while
 * the paginated one finishes its file; one that needs more waits for the end.
 */
class EditionsAlongsideTest {

    private static final Anthology BOOK = Fixtures.twoChapterBook();
    private static final TableOfContents TOC = new TocBuilder(3).build(BOOK);
    private static final PageStarts PAGES = new PageStarts("urn:isbn:9780000000002",
            List.of(new PageStarts.Start("1", "ch01", OptionalInt.of(0))));

    @TempDir
    Path out;

    @Test
    void theFollowerIsWrittenWhileThePaginatedEditionFinishesWithItsPages() throws IOException {
        Follower epub = new Follower("epub", true);
        // The paginated edition finishes only once the follower has written its file: it waits for that.
        Paginated pdf = new Paginated(() -> await(epub.written));
        epub.beside = pdf;

        List<Path> written = write(List.of(epub, pdf));

        assertEquals(List.of(out.resolve("book.epub"), out.resolve("book.pdf")), written);
        assertEquals(PAGES, epub.pages);
        assertTrue(epub.beforeThePdfEnded, "the EPUB was written before the PDF's write ended");
        assertEquals("pdf", Files.readString(out.resolve("book.pdf")));
        assertEquals("epub", Files.readString(out.resolve("book.epub")));
    }

    @Test
    void anEditionThatNeedsMoreThanThePagesWaitsForThePaginatedOne() throws IOException {
        Follower cover = new Follower("cover", false);
        Paginated pdf = new Paginated(() -> { });
        cover.beside = pdf;

        write(List.of(pdf, cover));

        assertFalse(cover.beforeThePdfEnded);
        assertEquals(PAGES, cover.pages);
    }

    @Test
    void aFailedPaginatedEditionWaitsForTheFollowerAndReplacesNothing() {
        Follower epub = new Follower("epub", true);
        Paginated pdf = new Paginated(() -> {
            await(epub.written);
            throw new IOException("disk gone");
        });
        epub.beside = pdf;

        IOException e = assertThrows(IOException.class, () -> write(List.of(epub, pdf)));

        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
        assertFalse(Files.exists(out.resolve("book.epub")));
        assertFalse(Files.exists(out.resolve("book.pdf")));
        assertTrue(epub.pages != null, "the follower had started, and was waited for");
    }

    private List<Path> write(List<Edition> editions) throws IOException {
        try (StageClock clock = new StageClock(new RecordingLog())) {
            return new EditionWriter(out, "book").writeAll(editions, BOOK, TOC, Map.of(), clock);
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the follower was not written beside the paginated edition");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    @FunctionalInterface
    private interface Finish {
        void run() throws IOException;
    }

    /** A paginated edition that knows its pages, tells them, then finishes its file as {@code finish} says. */
    private static final class Paginated implements Edition {
        private final Finish finish;
        private Consumer<PageStarts> paged;
        private volatile boolean writing;

        Paginated(Finish finish) {
            this.finish = finish;
        }

        @Override
        public String extension() {
            return "pdf";
        }

        @Override
        public boolean paginated() {
            return true;
        }

        @Override
        public PageStarts pageStarts() {
            return PAGES;
        }

        @Override
        public void whenPaged(Consumer<PageStarts> then) {
            paged = then;
        }

        @Override
        public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
            writing = true;
            try {
                if (paged != null) {
                    paged.accept(PAGES);
                }
                finish.run();
                out.write("pdf".getBytes(StandardCharsets.UTF_8));
            } finally {
                writing = false;
            }
        }
    }

    /** An edition that follows the pages, and notes whether it was written while {@code beside} was. */
    private static final class Follower implements Edition {
        private final String name;
        private final boolean pagesOnly;
        final CountDownLatch written = new CountDownLatch(1);
        volatile PageStarts pages;
        volatile boolean beforeThePdfEnded;
        Paginated beside;

        Follower(String name, boolean pagesOnly) {
            this.name = name;
            this.pagesOnly = pagesOnly;
        }

        @Override
        public String extension() {
            return name.equals("cover") ? "pdf" : name;
        }

        @Override
        public String classifier() {
            return name.equals("cover") ? "cover" : "";
        }

        @Override
        public boolean followsPagesOnly() {
            return pagesOnly;
        }

        @Override
        public void followPages(PageStarts starts) {
            pages = starts;
        }

        @Override
        public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
            beforeThePdfEnded = beside.writing;
            out.write(name.getBytes(StandardCharsets.UTF_8));
            written.countDown();
        }
    }
}
