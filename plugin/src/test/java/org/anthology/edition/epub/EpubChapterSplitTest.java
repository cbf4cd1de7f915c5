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
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.anthology.BookCheck;

class EpubChapterSplitTest {

    private static final String SENTENCE = "The long chapter goes on, as long chapters do, past every limit. ";
    private static Anthology book;
    private static Map<String, byte[]> files;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeBook() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(1));
        for (int section = 1; section <= 6; section++) {
            blocks.add(new Block.Heading(2, List.of(new Inline.Text("Part " + section)), "long-part-" + section,
                    Fixtures.at("seeds/long.md", section * 1000)));
            blocks.add(new Block.Heading(3, List.of(new Inline.Text("Detail " + section)), "long-detail-" + section,
                    Fixtures.at("seeds/long.md", section * 1000 + 1)));
            for (int i = 0; i < 120; i++) {
                blocks.add(paragraph(section * 1000 + i + 2));
            }
        }
        Chapter longChapter = new Chapter("long", "A Very Long Chapter", Optional.of("Sam Long"), Optional.empty(), blocks,
                Fixtures.at("seeds/long.md", 1));
        List<Chapter> chapters = new ArrayList<>(Fixtures.twoChapterBook().chapters());
        chapters.add(1, longChapter);
        book = Fixtures.twoChapterBook().withChapters(chapters);
        files = entries(EpubBookStructureTest.write(book, EpubOptions.defaults()));
    }

    @Test
    void splitsAChapterOverTheLimitAtItsSections() {
        List<String> parts = files.keySet().stream().filter(name -> name.startsWith("OEBPS/long")).toList();

        assertTrue(parts.size() > 1, parts::toString);
        assertEquals("OEBPS/long.xhtml", parts.get(0));
        for (String part : parts) {
            assertTrue(files.get(part).length <= ChapterSplitter.DEFAULT_LIMIT, part);
        }
    }

    @Test
    void keepsTheTitleInTheFirstPartAndStartsLaterPartsAtASection() throws Exception {
        Document first = parse(files.get("OEBPS/long.xhtml"));
        Document second = parse(files.get("OEBPS/long.2.xhtml"));

        assertEquals(List.of("A Very Long Chapter"), strings(first, "//" + el("h1")));
        assertEquals(List.of(), strings(second, "//" + el("h1")));
        String opening = "/*/" + el("body") + "/" + el("section") + "/*[1]";
        assertEquals(1, strings(second, opening + "[local-name()='h2']").size());
        assertTrue(strings(second, opening + "/@id").get(0).startsWith("long-part-"));
        assertEquals(List.of("A Very Long Chapter"), strings(second, "//" + el("section") + "/@aria-label"));
    }

    @Test
    void pointsEveryNavAndNcxLinkAtAnExistingFileAndId() throws Exception {
        Document nav = parse(files.get("OEBPS/" + NavDocument.FILE));
        Document ncx = parse(files.get("OEBPS/" + NcxDocument.FILE));
        List<String> hrefs = new ArrayList<>(strings(nav, "//" + el("a") + "/@href"));
        hrefs.addAll(strings(ncx, "//" + el("content") + "/@src"));

        assertTrue(hrefs.stream().anyMatch(href -> href.matches("long\\.[2-9]\\.xhtml#long-part-6")),
                hrefs::toString);
        for (String href : hrefs) {
            String[] parts = href.split("#", 2);
            byte[] target = files.get("OEBPS/" + parts[0]);
            assertTrue(target != null, "no file for " + href);
            if (parts.length == 2) {
                assertEquals(1, strings(parse(target), "//*[@id='" + parts[1] + "']").size(), href);
            }
        }
    }

    @Test
    void listsEveryPartInTheSpineInOrder() throws Exception {
        Document opf = parse(files.get("OEBPS/content.opf"));
        List<String> spine = strings(opf, "//*[local-name()='itemref']/@idref");

        int first = spine.indexOf("chapter-long");
        assertEquals("chapter-long.2", spine.get(first + 1));
        assertTrue(spine.indexOf("chapter-ch02") > spine.indexOf("chapter-long.2"));
    }

    @BookCheck
    @Test
    void passesEpubCheckWhenSplit() throws IOException {
        Path epub = dir.resolve("long.epub");
        Files.write(epub, EpubBookStructureTest.write(book, EpubOptions.defaults()));

        EpubCheckResult result = EpubChecker.check(epub);

        assertTrue(result.isClean(), result::toString);
    }

    private static Block paragraph(int line) {
        return new Block.Paragraph(List.of(new Inline.Text(SENTENCE.repeat(8))), Fixtures.at("seeds/long.md", line));
    }
}
