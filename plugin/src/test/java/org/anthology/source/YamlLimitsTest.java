package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlLimitsTest {

    @TempDir
    Path base;

    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> problems() {
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }

    private ContentsFile contents(String yaml) throws IOException {
        Path file = base.resolve("contents.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return ContentsFile.read(file, "src/contents.yaml", diagnostics);
    }

    @Test
    void reportsAnAliasBombAtTheAliasThatOverstepsTheBound() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        contents(yaml.toString());
        assertEquals(List.of("src/contents.yaml:13: more than 20 aliases of lists or mappings (*k here), which could "
                + "expand without bound. Write the values out"), problems());
    }

    @Test
    void reportsNestingTooDeepAtItsLine() throws IOException {
        contents("title: Deep\nlabels: " + "[".repeat(40) + "x" + "]".repeat(40) + "\n");
        assertEquals(List.of("src/contents.yaml:2: lists and mappings nest more than 30 deep here. Flatten the YAML"),
                problems());
    }

    @Test
    void reportsADocumentTooLarge() throws IOException {
        contents("title: Big\n# " + "x".repeat(YamlLoader.MAX_CHARACTERS) + "\n");
        assertEquals(List.of("src/contents.yaml:1: the YAML is 1,000,014 characters long, more than the 1,000,000 "
                + "allowed. Shorten it"), problems());
    }

    @Test
    void reportsALatin1ContentsFileAtTheLineOfTheByte() throws IOException {
        Path file = base.resolve("contents.yaml");
        Files.write(file, "title: Book\nchapters:\n  - caf\u00E9.md\n".getBytes(StandardCharsets.ISO_8859_1));
        ContentsFile.read(file, "src/contents.yaml", diagnostics);
        assertEquals(List.of("src/contents.yaml:3: invalid UTF-8 (byte 0xE9 at column 8). Save the file as UTF-8"),
                problems());
    }

    @Test
    void reportsEveryFrontMatterValueOfTheWrongShapeAtItsLine() {
        FrontMatter front = FrontMatter.parse("---\ntitle:\n  - One\n  - Two\nlanguage: 42\ndate: 2024-13-45\n"
                + "rights: ok\n---\nBody", "texts/a.md", diagnostics);
        assertEquals(List.of("texts/a.md:3: front matter 'title' must be a single value, not a list. Write one value "
                        + "after 'title:'",
                "texts/a.md:5: front matter 'language' is the number 42, not a language. Write a tag such as en, "
                        + "en-GB, de, pt-BR or zh-Hans",
                "texts/a.md:6: front matter 'date' '2024-13-45' is not a date. Write it as YYYY-MM-DD"), problems());
        assertEquals(Optional.of("ok"), front.text("rights"));
        assertEquals(Optional.empty(), front.text("title"));
    }

    @Test
    void reportsAnAliasBombInFrontMatterAtItsFileLine() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        FrontMatter.parse(yaml + "---\nBody", "texts/a.md", diagnostics);
        assertEquals(List.of("texts/a.md:13: more than 20 aliases of lists or mappings (*k here), which could "
                + "expand without bound. Write the values out"), problems());
    }
}
