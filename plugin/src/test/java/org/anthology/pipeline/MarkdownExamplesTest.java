package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.ModelPrinter;
import org.anthology.model.Problem;
import org.anthology.normalize.Normalizers;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the Markdown examples in {@code src/test/resources/examples/markdown/} (format in the README there): each
 * case's input is the manuscript {@code in.md}, read and normalized as the book does, printed as its chapter, then
 * its problems.
 */
class MarkdownExamplesTest {

    private static final String CASE_SEPARATOR = "====";
    private static final String OUTPUT_SEPARATOR = "---->";

    @TempDir
    Path folder;

    static Stream<Arguments> examples() throws IOException, URISyntaxException {
        Path examples = Path.of(MarkdownExamplesTest.class.getResource("/examples/markdown").toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
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
    void readsExample(String name, String input, String expected) throws IOException {
        Files.writeString(folder.resolve("in.md"), input + "\n", StandardCharsets.UTF_8);
        // A whole PNG: the image check decodes every image a manuscript shows.
        TestImages.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("present.png"));
        Diagnostics diagnostics = new Diagnostics();
        List<Chapter> chapters = new Manuscripts(folder, StandardCharsets.UTF_8)
                .read(folder, ContentsFile.empty(), diagnostics);
        Anthology book = Normalizers.standard().apply(new Anthology(Fixtures.metadata("B"), chapters), diagnostics);
        assertEquals(expected, print(book, diagnostics), name);
    }

    /** The chapter as {@link ModelPrinter} prints it, unindented by one level, then one line per problem. */
    private static String print(Anthology book, Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        ModelPrinter.print(book).lines().skip(1).forEach(l -> out.append(l.substring(2)).append('\n'));
        for (Problem problem : diagnostics.problems()) {
            out.append(problem.severity().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(problem)
                    .append('\n');
        }
        return out.toString().strip();
    }
}
