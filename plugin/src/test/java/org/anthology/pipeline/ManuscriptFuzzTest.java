package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.anthology.model.ExampleFiles;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated example manuscripts and seeds (see {@link ManuscriptMutations}) each give a book that EPUBCheck passes and
 * that keeps every word of the mutated text, or fail with {@code file:line} problems only: never an exception, a
 * problem without a place, or a bug line. {@code -Danthology.fuzz.variants=200} runs more, {@code
 * -Danthology.fuzz.seed} another series.
 */
class ManuscriptFuzzTest {

    private static final int VARIANTS = Integer.getInteger("anthology.fuzz.variants", 40);
    private static final long SEED = Long.getLong("anthology.fuzz.seed", 13L);
    /** A window of a seed text: long enough for every kind of block, short enough for forty builds a minute. */
    private static final int WINDOW = 1_500;
    /** Every eighth variant is typeset as a PDF too: the EPUB alone keeps forty variants within a minute. */
    private static final int PDF_EVERY = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @TempDir
    Path root;

    /** One manuscript to mutate: its name, with the extension that picks its reader, and its bytes. */
    private record Source(String name, byte[] bytes) {
    }

    @Test
    void everyMutatedManuscriptBuildsACleanBookWithEveryWordOrFailsAtItsLines() throws IOException {
        List<Source> sources = sources();
        Random series = new Random(SEED);
        List<String> findings = new ArrayList<>();
        int[] words = new int[2];
        for (int i = 0; i < VARIANTS; i++) {
            Source source = sources.get(series.nextInt(sources.size()));
            long seed = series.nextLong();
            List<String> applied = new ArrayList<>();
            byte[] mutated = ManuscriptMutations.mutate(source.bytes(), new Random(seed), applied);
            String variant = "variant " + i + " (" + source.name() + ", seed " + seed + ", " + applied + ")";
            Set<Format> formats = i % PDF_EVERY == 0 ? EnumSet.allOf(Format.class) : EnumSet.of(Format.EPUB);
            findings.addAll(build(root.resolve("v" + i), source.name(), mutated, formats, words).stream()
                    .map(f -> variant + ": " + f).toList());
        }
        assertEquals(List.of(), findings, String.join("\n", findings));
        assertTrue(words[0] > VARIANTS * 10, "the books were searched for " + words[0] + " words");
        System.out.printf("%d variants: %d books searched for %d words%n", VARIANTS, words[1], words[0]);
    }

    private static List<String> build(Path base, String name, byte[] manuscript, Set<Format> formats, int[] words)
            throws IOException {
        Path file = base.resolve("texts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, manuscript);
        Outcome outcome;
        try {
            outcome = new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base).toBuilder().formats(formats)
                    .build());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of("the build threw " + e);
        }
        List<String> findings = new ArrayList<>();
        outcome.bug().ifPresent(bug -> findings.add("a bug: " + outcome.problemSummary()));
        for (Problem problem : outcome.problems()) {
            if (problem.severity() == Problem.Severity.ERROR && problem.position().isEmpty()) {
                findings.add("an error without a place: " + problem);
            }
        }
        Path epub = base.resolve("out/book.epub");
        if (!outcome.failed() || Files.isRegularFile(epub)) {
            findings.addAll(checkBook(epub, manuscript, words));
        }
        return findings;
    }

    private static List<String> checkBook(Path epub, byte[] manuscript, int[] checked) throws IOException {
        List<String> findings = new ArrayList<>();
        checked[1]++;
        EpubCheckResult result = EpubChecker.check(epub);
        if (result.fatals() + result.errors() > 0) {
            findings.add("EPUBCheck: " + result);
        }
        String text = EpubText.letters(epub);
        List<String> missing = new ArrayList<>();
        Matcher words = WORD.matcher(EpubText.prose(new String(manuscript, StandardCharsets.UTF_8)));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            checked[0]++;
            if (!text.contains(word) && !missing.contains(word)) {
                missing.add(word);
            }
        }
        if (!missing.isEmpty()) {
            findings.add("words missing from the EPUB: " + missing);
        }
        return findings;
    }

    /** Windows of the seeds (plain text) and the inputs of the Markdown and structure examples. */
    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed);
                for (int start = 0; start < text.length(); start += WINDOW * 4) {
                    int from = text.lastIndexOf("\n\n", start) < 0 ? 0 : text.lastIndexOf("\n\n", start) + 2;
                    String window = text.substring(from, Math.min(text.length(), from + WINDOW));
                    sources.add(new Source("1-" + seed.getFileName().toString().replace(".txt", "") + "-" + from
                            + ".txt", window.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        for (String folder : List.of("markdown", "structure")) {
            StringBuilder inputs = new StringBuilder();
            ExampleFiles.cases("/examples/" + folder).forEach(c -> inputs.append(c.get()[1]).append("\n\n"));
            sources.add(new Source("1-" + folder + (folder.equals("markdown") ? ".md" : ".txt"),
                    inputs.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return sources;
    }
}
