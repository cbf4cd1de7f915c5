package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookScaffoldTest {

    private static final BookScaffold.Book BOOK = new BookScaffold.Book("org.example", "tales", "Tales & \"Others\"",
            "Ada <Writer>", "en-GB", "2026-12-01T00:00:00Z", "1.2.3");

    @Test
    void writesACompleteProject(@TempDir Path folder) throws IOException {
        BookScaffold.write(folder, BOOK);
        for (String path : List.of("pom.xml", ".mvn/jvm.config", "src/contents.yaml", "texts/01-first-chapter.md",
                "styles/pdf-theme.properties", "styles/epub.css")) {
            assertTrue(Files.isRegularFile(folder.resolve(path)), path);
        }
        String pom = Files.readString(folder.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<packaging>pom</packaging>"));
        assertTrue(pom.contains("<name>Tales &amp; \"Others\"</name>"), pom);
        assertTrue(pom.contains("<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"));
        assertTrue(pom.contains("<project.build.outputTimestamp>2026-12-01T00:00:00Z</project.build.outputTimestamp>"));
        assertTrue(pom.contains("<artifactId>anthology-maven-plugin</artifactId>\n        <version>1.2.3</version>"));
        assertTrue(pom.contains("<language>en-GB</language>"));
        assertFalse(pom.contains("{{"), pom);
    }

    @Test
    void theNewProjectBuildsBothEditionsWithoutAWarning(@TempDir Path folder) throws IOException {
        BookScaffold.write(folder, BOOK);
        RecordingLog log = new RecordingLog();
        Outcome outcome = new AnthologyPipeline(log).run(TestSettings.in(folder,
                Optional.of(folder.resolve("src/contents.yaml")), false, true));
        assertFalse(outcome.failed(), log.lines.toString());
        // Both editions, and the print cover that goes with the PDF.
        List<String> written = outcome.editions().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(3, written.size(), written.toString());
        assertTrue(written.stream().anyMatch(n -> n.endsWith(".epub")), written.toString());
        assertTrue(written.stream().anyMatch(n -> n.endsWith("-cover.pdf")), written.toString());
        assertEquals(2, written.stream().filter(n -> n.endsWith(".pdf")).count(), written.toString());
        assertEquals(List.of(), outcome.problems());
        assertTrue(log.has("INFO", "The First Chapter"), log.lines.toString());
        assertFalse(log.lines.stream().anyMatch(l -> l.startsWith("WARN")), log.lines.toString());
    }

    @Test
    void namesTheFilesItWouldReplace(@TempDir Path folder) throws IOException {
        assertEquals(List.of(), BookScaffold.existing(folder));
        Files.createDirectories(folder.resolve("texts"));
        Files.writeString(folder.resolve("pom.xml"), "<project/>");
        Files.writeString(folder.resolve("texts/01-first-chapter.md"), "mine");
        assertEquals(List.of("pom.xml", "texts/01-first-chapter.md"), BookScaffold.existing(folder));
    }
}
