package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.ExampleFiles;
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

    static Stream<Arguments> examples() {
        return ExampleFiles.cases("/examples/structure");
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
