package org.anthology.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Metadata;
import org.anthology.normalize.NormalizationOptions;
import org.anthology.normalize.Normalizers;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;

/**
 * Times reading and normalizing a folder of manuscripts on one thread, in thread CPU time, run after run in one
 * JVM: the first run is the cold figure a fresh build sees, the later ones the warm. A benchmark, not a test: run
 * it as
 *
 * <pre>java -cp plugin/target/classes:plugin/target/test-classes:DEPENDENCIES
 *     org.anthology.pipeline.ReadBenchmark TEXTS_FOLDER RUNS</pre>
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long bytes;
        try (Stream<Path> files = Files.list(texts)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            Diagnostics diagnostics = new Diagnostics();
            long start = threads.getCurrentThreadCpuTime();
            List<Chapter> chapters = new Manuscripts(texts.getParent(), StandardCharsets.UTF_8)
                    .read(texts, ContentsFile.empty(), diagnostics);
            long read = threads.getCurrentThreadCpuTime();
            Anthology book = new Anthology(new Metadata("Bench", Optional.empty(), List.of(), "en", "urn:bench",
                    Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty()), chapters);
            Normalizers.standard(NormalizationOptions.defaults()).normalize(book, diagnostics);
            long done = threads.getCurrentThreadCpuTime();
            System.out.printf("run %d: read %,d ms, normalize %,d ms, together %.1f MB/s of CPU (%,d bytes)%n", run,
                    (read - start) / 1_000_000, (done - read) / 1_000_000,
                    bytes / 1e6 / ((done - start) / 1e9), bytes);
        }
    }
}
