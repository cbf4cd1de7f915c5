package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the whole pipeline (read, normalize, contents, EPUB and PDF) on a generated Markdown book: chapters of
 * running text with sections, lists, quotations, code and a footnote every few paragraphs. Prints words, PDF pages,
 * the best and median of the runs, pages per second and the peak heap; then the best time of the PDF edition
 * built alone, its pages per second, and the paragraph breaker's statistics for the book (share of justified lines
 * stretched beyond their stretch, mean badness, hyphenated lines, longest run of them). A benchmark, not a test: run it as
 *
 * <pre>mvn -q -f plugin test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.anthology.pipeline.BookBenchmark -Dexec.args="CHAPTERS WORDS_PER_CHAPTER RUNS"</pre>
 */
public final class BookBenchmark {

    private static final String[] WORDS = {"the", "of", "and", "a", "to", "in", "networks", "communication",
        "infrastructure", "responsibility", "international", "manufacturers", "development", "competitive",
        "organization", "government", "investment", "technological", "understanding", "company", "people",
        "platform", "market", "was", "were", "with", "for", "their", "operators", "\"quoted\"", "don't", "--"};

    private BookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int chapters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        HeapPeak heap = new HeapPeak();
        Path folder = Files.createTempDirectory("anthology-bench");
        int written = writeBook(folder.resolve("texts"), chapters, words);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(settings(folder, List.of("epub", "pdf")));
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (outcome.failed()) {
                throw new IllegalStateException(outcome.problemSummary());
            }
        }
        int pages;
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("out/bench.pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        Collections.sort(millis);
        long best = millis.get(0);
        System.out.printf("book: %d chapters, %,d words, %d PDF pages, EPUB %,d bytes, PDF %,d bytes%n", chapters,
                written, pages, Files.size(folder.resolve("out/bench.epub")), Files.size(folder.resolve("out/bench.pdf")));
        System.out.printf("both editions: best %,d ms, median %,d ms of %d runs; %.0f PDF pages/s; peak heap %,d MB (the most in use at once)%n",
                best, millis.get(millis.size() / 2), runs, pages * 1000.0 / best, heap.megabytes());
        System.out.println(pdfOnly(folder, runs, pages));
    }

    /** The best time of {@code runs} builds of the PDF edition alone, and its last run's paragraph statistics. */
    private static String pdfOnly(Path folder, int runs, int pages) throws IOException {
        long best = Long.MAX_VALUE;
        RecordingLog log = new RecordingLog();
        for (int run = 0; run < runs; run++) {
            log = new RecordingLog();
            long start = System.nanoTime();
            Outcome outcome = new AnthologyPipeline(log).run(settings(folder, List.of("pdf")));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            if (outcome.failed()) {
                throw new IllegalStateException(outcome.problemSummary());
            }
        }
        String statistics = log.lines.stream().filter(line -> line.startsWith("INFO PDF lines: ")).findFirst()
                .map(line -> line.substring("INFO ".length())).orElse("PDF lines: none reported");
        return String.format("PDF edition alone (read, normalize, contents, PDF): best %,d ms; %.0f PDF pages/s%n%s",
                best, pages * 1000.0 / best, statistics);
    }

    private static Settings settings(Path folder, List<String> formats) {
        return Settings.builder(folder).language("en").title(Optional.of("Benchmark")).editors(List.of("Ed Itor"))
                .identitySeed("org.anthology:bench").sourceDirectory(folder.resolve("texts"))
                .stylesDirectory(folder.resolve("styles")).outputDirectory(folder.resolve("out")).finalName("bench")
                .outputTimestamp(Instant.parse("2026-11-01T00:00:00Z")).force(true).toolVersion("bench")
                .formatNames(formats).build();
    }

    /** Writes {@code chapters} Markdown files of about {@code words} words each; returns the words written. */
    private static int writeBook(Path texts, int chapters, int words) throws IOException {
        Files.createDirectories(texts);
        Random random = new Random(1);
        int total = 0;
        for (int c = 1; c <= chapters; c++) {
            StringBuilder text = new StringBuilder("# Chapter " + c + "\n\n");
            int notes = 0;
            for (int p = 1, count = 0; count < words; p++) {
                if (p % 12 == 0) {
                    text.append("## Section ").append(p / 12).append("\n\n");
                } else if (p % 17 == 0) {
                    text.append("- first item\n- second item with a few more words\n\n> A quotation set off.\n\n");
                } else if (p % 29 == 0) {
                    text.append("```\nint x = 1;\n    return x;\n```\n\n");
                }
                int length = 40 + random.nextInt(120);
                for (int w = 0; w < length; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w == length - 1 ? "." : " ");
                }
                if (p % 4 == 0) {
                    text.append("[^n").append(++notes).append(']');
                }
                text.append("\n\n");
                count += length;
                total += length;
            }
            for (int n = 1; n <= notes; n++) {
                text.append("[^n").append(n).append("]: A note of a few words, number ").append(n).append(".\n");
            }
            Files.writeString(texts.resolve(String.format("%03d-chapter.md", c)), text);
        }
        return total;
    }
}
