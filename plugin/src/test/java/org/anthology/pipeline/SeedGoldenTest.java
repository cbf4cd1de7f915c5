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
import org.anthology.model.Fixtures;
import org.anthology.model.ModelPrinter;
import org.anthology.normalize.Normalizers;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden model dumps of the seeds: each seed read and normalized as the book build does, printed by
 * {@link ModelPrinter} and compared with {@code golden/seeds/<seed>/expected/model.txt}. Run with
 * {@code -Dgolden.update=true} to rewrite them, then read the diff before committing.
 */
class SeedGoldenTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("seeds"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesTheGoldenModel(String seed) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ContentsFile contents = ContentsFile.read(REPOSITORY.resolve("src/contents.yaml"), "src/contents.yaml",
                diagnostics);
        List<Chapter> chapters = new Manuscripts(REPOSITORY, StandardCharsets.UTF_8)
                .read(REPOSITORY.resolve("seeds"), contents, diagnostics);
        Anthology book = Normalizers.standard().apply(new Anthology(Fixtures.metadata("Seeds"), chapters),
                diagnostics);
        Chapter chapter = book.chapters().stream().filter(c -> c.source().file().endsWith(seed)).findFirst()
                .orElseThrow();
        String actual = ModelPrinter.print(new Anthology(book.metadata(), List.of(chapter)));
        Path expected = GOLDEN.resolve(seed.replaceFirst("\\.[^.]+$", "")).resolve("expected/model.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
