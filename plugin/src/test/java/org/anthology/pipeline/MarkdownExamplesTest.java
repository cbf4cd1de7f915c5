package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.ExampleFiles;
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

    @TempDir
    Path folder;

    static Stream<Arguments> examples() {
        return ExampleFiles.cases("/examples/markdown");
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
