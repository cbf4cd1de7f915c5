package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What tagging costs on this repository's own book: builds its PDF alone with {@code pdf.tagged} true and false,
 * alternately, and prints each one's size and its best and median build time. A benchmark, not a test: run it as
 *
 * <pre>mvn -q -f plugin test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.anthology.pipeline.TaggingBenchmark -Dexec.args="RUNS"</pre>
 */
public final class TaggingBenchmark {

    private TaggingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path out = Files.createTempDirectory("tagging");
        long[][] times = new long[2][runs];
        long[] sizes = new long[2];
        for (int run = 0; run < runs; run++) {
            for (int tagged = 0; tagged < 2; tagged++) {
                Settings settings = SeedsBookTest.settings(out.resolve(tagged == 1 ? "tagged" : "untagged"))
                        .toBuilder().formatNames(List.of("pdf"))
                        .theme(List.of(new ThemeSetting("pdf.tagged", Boolean.toString(tagged == 1), "benchmark")))
                        .build();
                long start = System.nanoTime();
                Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(settings);
                times[tagged][run] = System.nanoTime() - start;
                if (outcome.failed()) {
                    throw new IllegalStateException(outcome.problemSummary());
                }
                sizes[tagged] = Files.size(settings.output().outputDirectory().resolve("seeds-book.pdf"));
            }
        }
        for (int tagged = 1; tagged >= 0; tagged--) {
            long[] sorted = times[tagged].clone();
            Arrays.sort(sorted);
            System.out.printf("pdf.tagged=%s: %,d bytes, best %d ms, median %d ms over %d runs%n", tagged == 1,
                    sizes[tagged], sorted[0] / 1_000_000, sorted[runs / 2] / 1_000_000, runs);
        }
        System.out.printf("tagging adds %.1f %% to the size%n", 100.0 * (sizes[1] - sizes[0]) / sizes[0]);
    }
}
