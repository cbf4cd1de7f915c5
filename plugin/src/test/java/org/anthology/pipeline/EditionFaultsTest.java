package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.anthology.edition.Edition;
import org.anthology.edition.epub.EpubEdition;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up, a folder that refuses writes, a killed build and two builds at once leave sound books. */
class EditionFaultsTest {

    private static final Anthology BOOK = Fixtures.twoChapterBook();
    private static final TableOfContents TOC = new TocBuilder(3).build(BOOK);

    @TempDir
    Path out;

    private final List<Edition> editions = List.of(new EpubEdition("p { margin: 0; }"),
            new PdfEdition(PdfTheme.defaults()));
    private final StageClock clock = new StageClock(new RecordingLog());
    private byte[] epub;
    private byte[] pdf;

    @BeforeEach
    void previousBuild() throws IOException {
        new EditionWriter(out, "book").writeAll(editions, BOOK, TOC, Map.of(), clock);
        epub = Files.readAllBytes(out.resolve("book.epub"));
        pdf = Files.readAllBytes(out.resolve("book.pdf"));
    }

    @AfterEach
    void stopClock() {
        clock.close();
    }

    @Test
    void reportsAFullDiskAsSuchAndKeepsThePreviousEditions() {
        EditionWriter writer = new EditionWriter(out, "book", file -> file.toString().contains(".pdf.")
                ? new FullDisk(Files.newOutputStream(file), 4_000) : Files.newOutputStream(file));

        IOException e = assertThrows(IOException.class, () -> writer.writeAll(editions, BOOK, TOC, Map.of(), clock));

        assertTrue(e.getMessage().startsWith("could not write the PDF edition to " + out
                + ": No space left on device. Free space on the disk"), e.getMessage());
        assertPreviousEditionsAndNoTemporaryFiles();
    }

    @Test
    void reportsAFullDiskUnderTheEpubWrittenBesideThePdfAndKeepsThePreviousEditions() {
        // The EPUB is written while the PDF writes its structure out: its failure is the build's, after the PDF.
        EditionWriter writer = new EditionWriter(out, "book", file -> file.toString().contains(".epub.")
                ? new FullDisk(Files.newOutputStream(file), 4_000) : Files.newOutputStream(file));

        IOException e = assertThrows(IOException.class, () -> writer.writeAll(editions, BOOK, TOC, Map.of(), clock));

        assertTrue(e.getMessage().startsWith("could not write the EPUB edition to " + out
                + ": No space left on device. Free space on the disk"), e.getMessage());
        assertPreviousEditionsAndNoTemporaryFiles();
    }

    @Test
    void reportsAFolderThatRefusesWritesAndKeepsThePreviousEditions() {
        EditionWriter writer = new EditionWriter(out, "book", file -> {
            throw new AccessDeniedException(file.toString());
        });

        IOException e = assertThrows(IOException.class, () -> writer.writeAll(editions, BOOK, TOC, Map.of(), clock));

        // The PDF is written first, so that the EPUB can follow its pages.
        assertTrue(e.getMessage().startsWith("could not write the PDF edition to " + out + ": "), e.getMessage());
        assertPreviousEditionsAndNoTemporaryFiles();
    }

    @Test
    void replacesNoEditionWhenTheStampCannotBeWritten() throws IOException {
        Path stamp = out.resolve("anthology/book.inputs");
        EditionWriter writer = new EditionWriter(out, "book", file -> file.toString().contains(".inputs.")
                ? new FullDisk(Files.newOutputStream(file), 0) : Files.newOutputStream(file));
        List<Edition> other = List.of(new EpubEdition("p { margin: 1em; }"), new PdfEdition(PdfTheme.defaults()));

        assertThrows(IOException.class, () -> writer.writeAll(other, BOOK, TOC, Map.of(stamp, new byte[100]), clock));

        assertPreviousEditionsAndNoTemporaryFiles();
        assertFalse(Files.exists(stamp));
    }

    @Test
    void removesWhatAKilledBuildLeftButNotWhatARunningOneWrites() throws IOException {
        Path abandoned = Files.writeString(out.resolve(".book.epub.2147483646-7.part"), "half a book");
        Path running = Files.writeString(out.resolve(".book.pdf." + ProcessHandle.current().pid() + "-99.part"),
                "being written");

        new EditionWriter(out, "book").writeAll(editions, BOOK, TOC, Map.of(), clock);

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(running));
    }

    @Test
    void twoBuildsOfOneBookAtOnceBothSucceedWithWholeEditions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<Path>> build = () -> {
            start.await();
            // Each build has editions of its own, as each Maven build does.
            return new EditionWriter(out, "book").writeAll(List.of(new EpubEdition("p { margin: 0; }"),
                    new PdfEdition(PdfTheme.defaults())), BOOK, TOC, Map.of(), clock);
        };
        List<Future<List<Path>>> builds = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                builds.add(pool.submit(build));
            }
            start.countDown();
            for (Future<List<Path>> each : builds) {
                assertEquals(List.of(out.resolve("book.epub"), out.resolve("book.pdf")), each.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertPreviousEditionsAndNoTemporaryFiles();
        try (ZipFile zip = new ZipFile(out.resolve("book.epub").toFile())) {
            assertTrue(zip.getEntry("mimetype") != null);
        }
    }

    private void assertPreviousEditionsAndNoTemporaryFiles() {
        try {
            assertArrayEquals(epub, Files.readAllBytes(out.resolve("book.epub")));
            assertArrayEquals(pdf, Files.readAllBytes(out.resolve("book.pdf")));
            try (Stream<Path> files = Files.walk(out)) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A disk with room for {@code room} more bytes. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }
}
