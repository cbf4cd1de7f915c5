package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class HeadingNormalizerTest {

    private static Block.Heading h(int level, String text) {
        return new Block.Heading(level, List.of(new Inline.Text(text)), "", Fixtures.at("a.md", 1));
    }

    private static List<Block> normalize(String title, Block... blocks) {
        Chapter chapter = new Chapter("ch01", title, Optional.empty(), Optional.empty(), List.of(blocks),
                Fixtures.at("a.md", 1));
        Anthology book = new Anthology(Fixtures.metadata("B"), List.of(chapter));
        return new HeadingNormalizer().apply(book, new Diagnostics()).chapters().get(0).blocks();
    }

    private static List<String> levels(List<Block> blocks) {
        return blocks.stream().map(b -> ((Block.Heading) b).level() + " " + ((Block.Heading) b).text()).toList();
    }

    @Test
    void startsContentHeadingsAtLevelTwoWithoutSkipping() {
        assertEquals(List.of("2 A", "3 B", "2 C", "3 D", "4 E"),
                levels(normalize("T", h(1, "A"), h(3, "B"), h(1, "C"), h(4, "D"), h(6, "E"))));
    }

    @Test
    void removesResidueAroundHeadings() {
        assertEquals(List.of("2 Formula", "2 Festivals"),
                levels(normalize("T", h(2, "  Formula:#"), h(2, "Festivals ##"))));
    }

    @Test
    void dropsAnOpeningHeadingThatRepeatsTheTitle() {
        assertEquals(List.of("2 Next"), levels(normalize("The Title!", h(1, "the title"), h(2, "Next"))));
    }

    @Test
    void warnsThatTheDroppedRepeatOfTheTitleTakesItsImageAlong() {
        Block.Heading repeat = new Block.Heading(1, List.of(new Inline.Text("The Title"),
                new Inline.Image(java.nio.file.Path.of("texts/crest.png"), "image/png", "")), "", Fixtures.at("a.md", 3));
        Chapter chapter = new Chapter("ch01", "The Title", Optional.empty(), Optional.empty(), List.of(repeat),
                Fixtures.at("a.md", 1));
        Diagnostics diagnostics = new Diagnostics();
        new HeadingNormalizer().apply(new Anthology(Fixtures.metadata("B"), List.of(chapter)), diagnostics);

        assertEquals(List.of("a.md:3: image 'crest.png' in the chapter title is not shown: a chapter title is text, "
                + "so its alt text stands in. Put the image in a paragraph under the title"),
                diagnostics.problems().stream().map(Object::toString).toList());
    }

    @Test
    void keepsTheAuthorsNumberingAndCapitalizationByDefault() {
        assertEquals(List.of("2 II. Product Breakthrough", "2 CHAPTER 7: HOMECOMING"),
                levels(normalize("T", h(2, "II. Product Breakthrough"), h(2, "CHAPTER 7: HOMECOMING"))));
    }

    @Test
    void stripsNumberingWhenAskedAndRecordsEachRemoval() {
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), List.of(
                h(2, "II. Product Breakthrough"), h(2, "3. Method"), h(3, "2.1 Results"),
                h(2, "Chapter 7: Homecoming"), h(2, "Part Two - The Return"), h(2, "1984"),
                h(2, "3 Women")), Fixtures.at("a.md", 1));
        Diagnostics diagnostics = new Diagnostics();
        List<Block> blocks = new HeadingNormalizer(true)
                .apply(new Anthology(Fixtures.metadata("B"), List.of(chapter)), diagnostics).chapters().get(0).blocks();
        assertEquals(List.of("2 Product Breakthrough", "2 Method", "3 Results", "2 Homecoming", "2 The Return",
                "2 1984", "2 3 Women"), levels(blocks));
        assertEquals(5, diagnostics.decisions().size());
        assertEquals("a.md:1: heading numbered 'II.' -> heading without its number (strip-numbering)",
                diagnostics.decisions().get(0).toString());
        assertEquals("heading numbered 'Chapter 7:'", diagnostics.decisions().get(3).was());
    }
}
