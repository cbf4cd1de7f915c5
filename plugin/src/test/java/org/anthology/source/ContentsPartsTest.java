package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.anthology.model.Contributor;
import org.anthology.model.Diagnostics;
import org.anthology.model.Epigraph;
import org.anthology.model.Part;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts, front and back matter, labels and per-chapter metadata in the contents file and front matter. */
class ContentsPartsTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private ContentsFile read(String yaml) throws IOException {
        Path file = dir.resolve("contents.yaml");
        Files.writeString(file, yaml);
        return ContentsFile.read(file, "src/contents.yaml", diagnostics);
    }

    private List<String> errors() {
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void putsMatterAndPartChaptersInReadingOrder() throws IOException {
        ContentsFile contents = read("afterword: z.md\nforeword: f.md\ndedication: d.md\nchapters: [c.md]\n"
                + "parts:\n  - title: One\n    introduction: i.md\n    chapters: [a.md, b.md]\n");
        assertEquals(List.of("d.md", "f.md", "a.md", "b.md", "c.md", "z.md"),
                contents.chapters().stream().map(ContentsFile.Entry::file).toList());
        assertEquals(List.of(Chapter.Matter.DEDICATION, Chapter.Matter.FOREWORD, Chapter.Matter.BODY,
                Chapter.Matter.BODY, Chapter.Matter.BODY, Chapter.Matter.AFTERWORD),
                contents.chapters().stream().map(ContentsFile.Entry::matter).toList());
        assertEquals(List.of("a.md", "b.md"), contents.parts().get(0).files());
        assertEquals(List.of("i.md"), contents.introductions());
        assertEquals(List.of(), errors());
    }

    @Test
    void unknownChapterKeyNamesItsLineAndEveryValidKey() throws IOException {
        read("chapters:\n  - file: a.md\n    language: fr\n    translator: Bo\n");
        assertEquals(List.of("src/contents.yaml:4: unknown chapter key 'translator'. Use file, title, subtitle, "
                + "author, authors, bio, file-as, epigraph, source, rights, language, format, paragraphs, split, style-map"),
                errors());
    }

    @Test
    void unknownPartAuthorEpigraphAndLabelKeysAreReportedAtTheirLines() throws IOException {
        read("labels:\n  contentz: Inhalt\nparts:\n  - title: One\n    intro: i.md\n    chapters:\n"
                + "      - file: a.md\n        authors:\n          - name: Ann\n            born: 1970\n"
                + "        epigraph:\n          text: Hi\n          by: Bo\n  - chapters: [b.md]\n");
        List<String> errors = errors();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("src/contents.yaml:2: unknown label key 'contentz'. Use "), errors.get(0));
        assertTrue(errors.get(0).contains("contents, contributors"), errors.get(0));
        assertTrue(errors.get(1).startsWith("src/contents.yaml:5: unknown part key 'intro'. Use title, subtitle, "
                + "introduction, chapters"), errors.get(1));
        assertTrue(errors.get(2).startsWith("src/contents.yaml:10: unknown author key 'born'. Use name, bio, "
                + "file-as"), errors.get(2));
        assertTrue(errors.get(3).startsWith("src/contents.yaml:13: unknown epigraph key 'by'. Use text, "
                + "attribution"), errors.get(3));
        assertTrue(errors.get(4).startsWith("src/contents.yaml:14: this part has no 'title'"), errors.get(4));
    }

    @Test
    void contentsFileWinsOverFrontMatterKeyByKey() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.md"), "---\nauthor: Front Author\nsubtitle: Front sub\n"
                + "source: Front source\nrights: (c) Front\nlang: it\nepigraph: Front words\n---\nText.\n",
                StandardCharsets.UTF_8);
        ContentsFile contents = read("chapters:\n  - file: a.md\n    authors:\n      - name: Ann Lee\n"
                + "        bio: Writes.\n      - Bo Chen\n    subtitle: Listed sub\n    language: fr\n");
        Chapter chapter = new Manuscripts(dir, StandardCharsets.UTF_8).read(texts, contents, diagnostics).get(0);
        assertEquals(List.of(new Contributor("Ann Lee", "Lee, Ann", Optional.of("Writes.")),
                new Contributor("Bo Chen", "Chen, Bo", Optional.empty())), chapter.authors());
        assertEquals(Optional.of("fr"), chapter.language());
        Chapter.Details details = chapter.details();
        assertEquals(Optional.of("Listed sub"), details.subtitle());
        assertEquals(Optional.of("Front source"), details.firstPublished());
        assertEquals(Optional.of("(c) Front"), details.rights());
        assertEquals(Optional.of(new Epigraph("Front words", Optional.empty())), details.epigraph());
        assertEquals(List.of(), errors());
    }

    @Test
    void singleAuthorTakesBioAndSortNameBesideIt() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.md"), "Text.\n", StandardCharsets.UTF_8);
        ContentsFile contents = read("chapters:\n  - file: a.md\n    author: Gabriel García Márquez\n"
                + "    file-as: García Márquez, Gabriel\n    bio: Wrote.\n");
        Chapter chapter = new Manuscripts(dir, StandardCharsets.UTF_8).read(texts, contents, diagnostics).get(0);
        assertEquals(List.of(new Contributor("Gabriel García Márquez", "García Márquez, Gabriel",
                Optional.of("Wrote."))), chapter.authors());
    }

    @Test
    void partsHoldTheirChaptersIdsAndIntroductionWithoutWarningAboutIt() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.writeString(texts.resolve(name), "# " + name + "\n\nText.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(texts.resolve("intro.md"), "Opening words.\n", StandardCharsets.UTF_8);
        ContentsFile contents = read("parts:\n  - title: One\n    subtitle: First\n    introduction: intro.md\n"
                + "    chapters: [a.md, b.md]\n  - title: Two\n    chapters: [c.md]\n");
        Manuscripts manuscripts = new Manuscripts(dir, StandardCharsets.UTF_8);
        List<Chapter> chapters = manuscripts.read(texts, contents, diagnostics);
        List<Part> parts = manuscripts.parts(texts, contents, chapters, diagnostics);
        assertEquals(List.of("part1", "part2"), parts.stream().map(Part::id).toList());
        assertEquals(List.of("ch01", "ch02"), parts.get(0).chapterIds());
        assertEquals(List.of("ch03"), parts.get(1).chapterIds());
        assertEquals(Optional.of("First"), parts.get(0).subtitle());
        assertEquals(1, parts.get(0).introduction().size());
        assertEquals(List.of(), errors());
        assertEquals(Map.of(), contents.labels());
    }
}
