package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.ModelPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the structure examples in {@code src/test/resources/examples/structure/} (format in the README there):
 * each case's input is read as the plain-text file {@code in.txt} and printed as blocks, then decisions and
 * warnings.
 */
class PlainTextExamplesTest {

    private static final String CASE_SEPARATOR = "====";
    private static final String OUTPUT_SEPARATOR = "---->";

    static Stream<Arguments> examples() throws IOException, URISyntaxException {
        Path folder = Path.of(PlainTextExamplesTest.class.getResource("/examples/structure").toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> cases.addAll(cases(f)));
        }
        return cases.stream();
    }

    private static List<Arguments> cases(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> out = new ArrayList<>();
        List<String> input = new ArrayList<>();
        List<String> expected = null;
        for (String line : lines) {
            if (line.equals(CASE_SEPARATOR)) {
                out.add(example(file, out.size() + 1, input, expected));
                input = new ArrayList<>();
                expected = null;
            } else if (line.equals(OUTPUT_SEPARATOR) && expected == null) {
                expected = new ArrayList<>();
            } else {
                (expected == null ? input : expected).add(line);
            }
        }
        if (!input.isEmpty()) {
            out.add(example(file, out.size() + 1, input, expected));
        }
        return out;
    }

    private static Arguments example(Path file, int number, List<String> input, List<String> expected) {
        if (expected == null) {
            throw new IllegalStateException(file.getFileName() + " case " + number + " has no '" + OUTPUT_SEPARATOR
                    + "' line");
        }
        String name = file.getFileName() + " #" + number + ": " + (input.isEmpty() ? "" : input.get(0));
        return Arguments.of(name, String.join("\n", input), String.join("\n", expected).strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsExample(String name, String input, String expected) {
        Diagnostics diagnostics = new Diagnostics();
        List<Block> blocks = new PlainTextReader().read(input, "in.txt", 1, diagnostics);
        assertEquals(expected, print(blocks, diagnostics), name);
    }

    /**
     * The blocks as {@link ModelPrinter} prints them inside a chapter, unindented, then one line per decision and
     * per warning.
     */
    static String print(List<Block> blocks, Diagnostics diagnostics) {
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), blocks,
                Fixtures.at("in.txt", 1));
        String printed = ModelPrinter.print(new Anthology(Fixtures.metadata("B"), List.of(chapter)));
        StringBuilder out = new StringBuilder();
        printed.lines().skip(2).forEach(l -> out.append(l.substring(4)).append('\n'));
        diagnostics.decisions().forEach(d -> out.append("decided ").append(d).append('\n'));
        diagnostics.warnings().forEach(w -> out.append("warning ").append(w).append('\n'));
        return out.toString().strip();
    }
}
