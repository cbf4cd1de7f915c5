package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code examples/typography/*.txt} (format in that folder's README.md) as a one-paragraph book. */
class TypographyExamplesTest {

    private static final String CASE = "====";
    private static final String ARROW = "---->";

    record Example(String name, String language, TypographyNormalizer.Options options, String input,
                   String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> examples() throws IOException, URISyntaxException {
        return load().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void normalizesExample(Example example) {
        assertEquals(example.expected(), normalize(example), () -> "input: " + example.input());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void normalizingTwiceChangesNothing(Example example) {
        String once = normalize(example);
        assertEquals(once, normalize(new Example(example.name(), example.language(), example.options(), once, once)));
    }

    @Test
    void holdsAtLeastSixtyCasesAcrossTheThreeLanguages() throws IOException, URISyntaxException {
        List<Example> all = load();
        assertTrue(all.size() >= 60, "cases: " + all.size());
        for (String language : List.of("en", "de", "fr")) {
            assertTrue(all.stream().anyMatch(e -> e.language().equals(language)), language);
        }
    }

    private static String normalize(Example example) {
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(ExampleMarkup.parse(example.input()), Fixtures.at("ex.txt", 1))),
                Fixtures.at("ex.txt", 1));
        Metadata metadata = new Metadata("B", Optional.empty(), List.of(), example.language(), "urn:x:1",
                Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty());
        Anthology book = new TypographyNormalizer(example.options())
                .apply(new Anthology(metadata, List.of(chapter)), new Diagnostics());
        return ExampleMarkup.print(((Block.Paragraph) book.chapters().get(0).blocks().get(0)).content());
    }

    static List<Example> load() throws IOException, URISyntaxException {
        Path folder = Path.of(TypographyExamplesTest.class.getResource("/examples/typography").toURI());
        List<Example> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                all.addAll(parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    private static List<Example> parse(String file, List<String> lines) {
        String language = "en";
        String options = "";
        int i = 0;
        for (; i < lines.size() && !lines.get(i).equals(CASE); i++) {
            String line = lines.get(i);
            if (line.startsWith("lang:")) {
                language = line.substring(5).strip();
            } else if (line.startsWith("options:")) {
                options = line.substring(8);
            }
        }
        TypographyNormalizer.Options settings = new TypographyNormalizer.Options(options.contains("british-quotes"),
                options.contains("em-dash-from-double-hyphen"), options.contains("no-break-space-before-units"));
        List<Example> out = new ArrayList<>();
        while (i < lines.size()) {
            int start = ++i;
            int arrow = start;
            while (arrow < lines.size() && !lines.get(arrow).equals(ARROW)) {
                arrow++;
            }
            int end = arrow;
            while (end < lines.size() && !lines.get(end).equals(CASE)) {
                end++;
            }
            if (arrow >= end) {
                throw new IllegalStateException(file + ":" + (start + 1) + ": case without " + ARROW);
            }
            out.add(new Example(file + ":" + (start + 1), language, settings,
                    ExampleMarkup.unescape(String.join("\n", lines.subList(start, arrow))),
                    ExampleMarkup.unescape(String.join("\n", lines.subList(arrow + 1, end)))));
            i = end;
        }
        return out;
    }
}
