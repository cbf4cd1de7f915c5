package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentsFileTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private ContentsFile read(String yaml) throws IOException {
        Path file = dir.resolve("contents.yaml");
        Files.writeString(file, yaml);
        return ContentsFile.read(file, "src/contents.yaml", diagnostics);
    }

    @Test
    void readsBookAndChapterEntriesWithTheirLines() throws IOException {
        ContentsFile contents = read("title: A Book\nsubtitle: Sub\neditors: [Ann, Bo]\nchapters:\n"
                + "  - file: b.md\n    title: Bee\n    author: Bo\n    format: text\n  - a.md\n");
        assertEquals(Optional.of("A Book"), contents.title());
        assertEquals(List.of("Ann", "Bo"), contents.editors());
        assertEquals(2, contents.chapters().size());
        ContentsFile.Entry first = contents.chapters().get(0);
        assertEquals("b.md", first.file());
        assertEquals(Optional.of("Bee"), first.title());
        assertEquals(Optional.of("text"), first.format());
        assertEquals(5, first.position().line());
        assertEquals(9, contents.chapters().get(1).position().line());
        assertTrue(diagnostics.problems().isEmpty());
    }

    @Test
    void reportsUnknownKeysAndFormatsWithLines() throws IOException {
        read("title: T\nchapterz: []\nchapters:\n  - file: a.md\n    format: pdf\n");
        List<String> errors = diagnostics.errors().stream().map(Object::toString).toList();
        assertTrue(errors.get(0).startsWith("src/contents.yaml:2: unknown key 'chapterz'"), errors.toString());
        assertTrue(errors.get(1).startsWith("src/contents.yaml:5: unknown format 'pdf'"), errors.toString());
    }

    @Test
    void readsAForcedParagraphStyle() throws IOException {
        ContentsFile contents = read("chapters:\n  - file: a.txt\n    paragraphs: wrapped\n  - file: b.txt\n");
        assertEquals(Optional.of(ParagraphStyle.WRAPPED), contents.chapters().get(0).paragraphs());
        assertEquals(Optional.empty(), contents.chapters().get(1).paragraphs());
        assertTrue(diagnostics.problems().isEmpty());
    }

    @Test
    void reportsUnknownParagraphStylesWithTheirLine() throws IOException {
        read("chapters:\n  - file: a.txt\n    paragraphs: justified\n");
        assertEquals("src/contents.yaml:3: unknown paragraph style 'justified'. Use 'line', 'blank' or 'wrapped'",
                diagnostics.errors().get(0).toString());
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() throws IOException {
        read("title: T\nchapters:\n  - file: [a\n");
        assertTrue(diagnostics.errors().get(0).toString().startsWith("src/contents.yaml:"));
    }
}
