package org.anthology.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the example files of a test resource folder: cases separated by a {@code ====} line, each an input, a
 * {@code ---->} line and the expected output. Each case becomes the arguments {@code (name, input, expected)}.
 */
public final class ExampleFiles {

    private static final String CASE_SEPARATOR = "====";
    private static final String OUTPUT_SEPARATOR = "---->";

    private ExampleFiles() {
    }

    /** The cases of every {@code *.txt} file in the resource folder {@code folder}, files in name order. */
    public static Stream<Arguments> cases(String folder) {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(ExampleFiles.class.getResource(folder).toURI()))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> cases.addAll(cases(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(folder, e);
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
}
