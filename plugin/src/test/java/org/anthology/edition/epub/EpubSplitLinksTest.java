package org.anthology.edition.epub;

import static org.anthology.edition.epub.XmlFiles.el;
import static org.anthology.edition.epub.XmlFiles.entries;
import static org.anthology.edition.epub.XmlFiles.parse;
import static org.anthology.edition.epub.XmlFiles.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A chapter split over several files keeps every link, note reference and back link pointing at its target. */
class EpubSplitLinksTest {

    private static final String SENTENCE = "The long chapter goes on, as long chapters do, past every limit. ";
    private static final String FILE = "seeds/long.md";
    private static byte[] epub;
    private static Map<String, byte[]> files;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeBook() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("See "), link("#long-part-6", "the last part"),
                new Inline.Text(", "), link("#late-words", "the late words"), new Inline.NoteReference("1", "long-n1"),
                new Inline.Text(".")), Fixtures.at(FILE, 2)));
        for (int section = 1; section <= 6; section++) {
            blocks.add(new Block.Heading(2, List.of(new Inline.Text("Part " + section)), "long-part-" + section,
                    Fixtures.at(FILE, section * 1000)));
            blocks.add(new Block.Heading(3, List.of(new Inline.Text("Detail " + section)), "long-detail-" + section,
                    Fixtures.at(FILE, section * 1000 + 1)));
            for (int i = 0; i < 120; i++) {
                blocks.add(paragraph(section * 1000 + i + 2));
            }
            if (section == 3) {
                blocks.add(new Block.Paragraph(List.of(new Inline.Text("Back to "), link("#long-part-1", "the start"),
                        new Inline.NoteReference("2", "long-n2"), new Inline.NoteReference("1", "long-n1")),
                        Fixtures.at(FILE, 3500)));
            }
            if (section == 5) {
                blocks.add(new Block.Paragraph(List.of(new Inline.Text("Late words.")), Attributes.ofId("late-words"),
                        Fixtures.at(FILE, 5500)));
            }
        }
        blocks.add(note("long-n1", "The first note, referenced twice.", 7000));
        blocks.add(note("long-n2", "The second note.", 7001));
        Chapter longChapter = new Chapter("long", "A Very Long Chapter", Optional.of("Sam Long"), Optional.empty(),
                blocks, Fixtures.at(FILE, 1));
        Chapter pointer = new Chapter("pointer", "Pointers", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(List.of(link("#long-detail-4", "a detail"), new Inline.Text(" and "),
                        link("#long-n2", "a note")), Fixtures.at("seeds/pointer.md", 1))),
                Fixtures.at("seeds/pointer.md", 1));
        List<Chapter> chapters = new ArrayList<>(Fixtures.twoChapterBook().chapters());
        chapters.add(0, pointer);
        chapters.add(2, longChapter);
        Anthology book = Fixtures.twoChapterBook().withChapters(chapters);
        epub = EpubBookStructureTest.write(book, EpubOptions.defaults());
        files = entries(epub);
    }

    @Test
    void pointsEveryHrefOfEveryDocumentAtAnExistingFileAndId() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String name : files.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
            Document doc = parse(files.get(name));
            List<String> hrefs = new ArrayList<>(strings(doc, "//" + el("a") + "/@href"));
            hrefs.addAll(strings(doc, "//" + el("img") + "/@src"));
            for (String href : hrefs) {
                if (!href.contains(":")) {
                    assertResolves(name, href);
                    checked.add(href);
                }
            }
        }
        assertTrue(checked.contains("long.3.xhtml#long-part-6") || checked.stream()
                .anyMatch(h -> h.matches("long\\.[2-9]\\.xhtml#long-part-6")), checked::toString);
        assertTrue(checked.stream().anyMatch(h -> h.matches("long\\.[2-9]\\.xhtml#long-n1")), checked::toString);
    }

    @Test
    void returnsFromANoteToItsFirstReference() throws Exception {
        String last = files.keySet().stream().filter(n -> n.matches("OEBPS/long\\.[2-9]\\.xhtml")).reduce((a, b) -> b)
                .orElseThrow();
        Document doc = parse(files.get(last));

        assertEquals(List.of("long.xhtml#long-n1-ref"),
                strings(doc, "//*[@id='long-n1']//" + el("a") + "[@role='doc-backlink']/@href"));
    }

    @Test
    void passesEpubCheck() throws IOException {
        Path file = dir.resolve("split.epub");
        Files.write(file, epub);

        EpubCheckResult result = EpubChecker.check(file);

        assertTrue(result.isClean(), result::toString);
    }

    private void assertResolves(String from, String href) throws Exception {
        String[] parts = href.split("#", 2);
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        String target = parts[0].isEmpty() ? from : folder + parts[0];
        byte[] bytes = files.get(target);
        assertTrue(bytes != null, from + ": no file for " + href);
        if (parts.length == 2) {
            assertEquals(1, strings(parse(bytes), "//*[@id='" + parts[1] + "']").size(), from + ": " + href);
        }
    }

    private static Inline link(String target, String text) {
        return new Inline.Link(target, List.of(new Inline.Text(text)));
    }

    private static Block note(String id, String text, int line) {
        return new Block.Note(id.substring(id.length() - 1), id, List.of(new Block.Paragraph(
                List.of(new Inline.Text(text)), Fixtures.at(FILE, line))), Fixtures.at(FILE, line));
    }

    private static Block paragraph(int line) {
        return new Block.Paragraph(List.of(new Inline.Text(SENTENCE.repeat(8))), Fixtures.at(FILE, line));
    }
}
