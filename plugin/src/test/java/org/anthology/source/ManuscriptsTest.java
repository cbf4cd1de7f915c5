package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManuscriptsTest {

    @TempDir
    Path base;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path write(String name, String text) throws IOException {
        Path file = base.resolve("texts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Chapter> read(ContentsFile contents) throws IOException {
        return new Manuscripts(base, StandardCharsets.UTF_8).read(base.resolve("texts"), contents, diagnostics);
    }

    @Test
    void ordersChaptersNaturallyWithoutAContentsFile() throws IOException {
        write("10-last.md", "# Last\n\ntext");
        write("2-second.txt", "text");
        write("1-first.md", "text");
        write("notes.pdf", "not a manuscript");
        List<Chapter> chapters = read(ContentsFile.empty());
        assertEquals(List.of("First", "Second", "Last"), chapters.stream().map(Chapter::title).toList());
        assertEquals(List.of("ch01", "ch02", "ch03"), chapters.stream().map(Chapter::id).toList());
    }

    @Test
    void takesTitlesByPrecedence() throws IOException {
        write("a.md", "---\ntitle: From Front Matter\n---\n# Heading Title\n\ntext");
        write("b.md", "# Heading Title\n\ntext");
        write("c.md", "---\ntitle: Front\n---\ntext");
        ContentsFile contents = new ContentsFile(Optional.empty(), Optional.empty(), List.of(), List.of(
                new ContentsFile.Entry("a.md", Optional.of("From Contents"), Optional.of("Ann Author"),
                        Optional.empty(), new org.anthology.model.SourcePosition("contents.yaml", 3)),
                new ContentsFile.Entry("b.md", Optional.empty(), Optional.empty(), Optional.empty(),
                        new org.anthology.model.SourcePosition("contents.yaml", 4)),
                new ContentsFile.Entry("c.md", Optional.empty(), Optional.empty(), Optional.empty(),
                        new org.anthology.model.SourcePosition("contents.yaml", 5))));
        List<Chapter> chapters = read(contents);
        assertEquals(List.of("From Contents", "Heading Title", "Front"),
                chapters.stream().map(Chapter::title).toList());
        assertEquals(Optional.of("Ann Author"), chapters.get(0).author());
        assertTrue(chapters.get(1).blocks().stream().noneMatch(b -> b instanceof Block.Heading),
                "a heading used as the title is not repeated in the body");
    }

    @Test
    void takesNoTitleFromALevelOneHeadingAfterTheFirstSection() throws IOException {
        write("04-field-notes.md", "Opening words.\n\n## First Section\n\nText.\n\n# Part Two\n\nMore.");
        Chapter chapter = read(ContentsFile.empty()).get(0);
        assertEquals("Field notes", chapter.title());
        assertEquals(2, chapter.blocks().stream().filter(b -> b instanceof Block.Heading).count(),
                "both headings stay in the body");
    }

    @Test
    void treatsTextWithFrontMatterAsMarkdownAndKeepsItOutOfTheBody() throws IOException {
        write("post.txt", "---\ntitle: 'Blog Post'\ntags:\n  - cool\n---\n\nIntro *here*.\n\nHeadings\n======\nText.");
        Chapter chapter = read(ContentsFile.empty()).get(0);
        assertEquals("Blog Post", chapter.title());
        Block.Paragraph intro = (Block.Paragraph) chapter.blocks().get(0);
        assertEquals(7, intro.position().line());
        assertEquals("Intro here.", org.anthology.model.Inline.plainText(intro.content()));
        assertTrue(chapter.blocks().stream().anyMatch(b -> b instanceof Block.Heading h && h.text().equals("Headings")));
    }

    @Test
    void tellsAFolderHoldingMarkdownByItsFilesAlone() throws IOException {
        Path texts = base.resolve("texts");
        assertFalse(Manuscripts.holdsMarkdown(texts), "a folder that is not there");
        write("01-plain.txt", "A plain text.\n");
        write("02-page.html", "<p>---</p>");
        write(".hidden.md", "# Not a manuscript");
        assertFalse(Manuscripts.holdsMarkdown(texts));
        write("03-post.txt", "\uFEFF---\ntitle: Post\n---\nText.");
        assertTrue(Manuscripts.holdsMarkdown(texts), "text opening with front matter, after a byte-order mark");
        Files.delete(texts.resolve("03-post.txt"));
        write("04-essay.MD", "# Essay");
        assertTrue(Manuscripts.holdsMarkdown(texts));
    }

    @Test
    void readsPlainTextInTheParagraphStyleTheContentsFileForces() throws IOException {
        write("a.txt", "First line\nsecond line\n");
        ContentsFile contents = new ContentsFile(Optional.empty(), Optional.empty(), List.of(), List.of(
                new ContentsFile.Entry("a.txt", Optional.of("A"), Optional.empty(), Optional.empty(),
                        Optional.of(ParagraphStyle.BLANK),
                        new org.anthology.model.SourcePosition("contents.yaml", 3))));
        assertEquals(1, read(contents).get(0).blocks().size(), "the lines are joined when 'blank' is forced");
    }

    @Test
    void reportsInvalidUtf8WithFileAndLine() throws IOException {
        Path file = base.resolve("texts/bad.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        read(ContentsFile.empty());
        assertEquals("texts/bad.txt:2: invalid UTF-8 (byte 0xE9 at column 4). Save the file as UTF-8 or set "
                + "<encoding> to the file's encoding", diagnostics.errors().get(0).toString());
    }

    @Test
    void reportsAContentsEntryWhoseFileIsMissing() throws IOException {
        write("a.md", "text");
        ContentsFile contents = new ContentsFile(Optional.empty(), Optional.empty(), List.of(), List.of(
                new ContentsFile.Entry("missing.md", Optional.empty(), Optional.empty(), Optional.empty(),
                        new org.anthology.model.SourcePosition("src/contents.yaml", 7))));
        List<Chapter> chapters = read(contents);
        assertTrue(diagnostics.errors().get(0).toString().startsWith("src/contents.yaml:7: chapter file 'missing.md'"));
        assertEquals(1, chapters.size(), "an unlisted file is still added, not lost");
        assertTrue(diagnostics.warnings().get(0).toString().contains("texts/a.md is not in the contents file"));
    }
}
