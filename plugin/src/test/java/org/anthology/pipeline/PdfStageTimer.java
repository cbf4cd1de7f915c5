package org.anthology.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Metadata;
import org.anthology.normalize.Normalizers;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;

/**
 * Times the PDF stage alone on a folder of manuscripts (such as a book bench.sh generated), in the CPU time of the
 * threads that lay it out as well as in wall time, so a figure taken on a busy machine still compares: reads and
 * normalizes the book once, then writes its PDF edition in the default theme several times and prints each run's
 * CPU time on the thread that lays it out (what the wall time is on an idle machine, where the JIT compiler and the
 * collector have the other core), on all threads, and its wall time. The PDF sets its paragraphs ahead on the
 * build's threads, one per core unless CORES says otherwise (1: no look-ahead). A benchmark, not a test: run it as
 *
 * <pre>mvn -q -f plugin test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.anthology.pipeline.PdfStageTimer -Dexec.args="TEXTS_FOLDER RUNS [CORES]"</pre>
 */
public final class PdfStageTimer {

    private PdfStageTimer() {
    }

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int cores = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        try (BuildThreads threads = new BuildThreads(cores)) {
            time(texts, runs, threads.tasks());
        }
    }

    private static void time(Path texts, int runs, org.anthology.model.PerChapter tasks) throws IOException {
        Anthology book = book(texts);
        TableOfContents toc = new TocBuilder(3).build(book);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            PdfEdition edition = new PdfEdition(PdfTheme.load(new java.util.Properties()),
                    org.anthology.edition.pdf.BookFonts.none(), List.of(), tasks);
            long cpu = totalCpu(threads);
            long own = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            edition.write(book, toc, out);
            long cpuMillis = (totalCpu(threads) - cpu) / 1_000_000;
            long ownMillis = (threads.getCurrentThreadCpuTime() - own) / 1_000_000;
            long wallMillis = (System.nanoTime() - wall) / 1_000_000;
            System.out.printf("run %d: %,d pages, %,d bytes; laying-out thread's CPU %,d ms (%.0f pages/s), all threads' "
                    + "CPU %,d ms, wall %,d ms (%.0f pages/s)%n", run + 1, edition.pageCount(), out.size(), ownMillis,
                    edition.pageCount() * 1000.0 / ownMillis, cpuMillis, wallMillis,
                    edition.pageCount() * 1000.0 / wallMillis);
        }
    }

    /** The CPU time of every live thread, so work handed to another thread is counted too. */
    private static long totalCpu(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static Anthology book(Path texts) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Chapter> chapters = new Manuscripts(texts.getParent(), StandardCharsets.UTF_8)
                .read(texts, ContentsFile.empty(), diagnostics);
        Metadata metadata = new Metadata("Benchmark", Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return Normalizers.standard().normalize(new Anthology(metadata, chapters), diagnostics).book();
    }
}
