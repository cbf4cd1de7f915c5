package org.anthology.toc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Contributor;
import org.anthology.model.Fixtures;
import org.anthology.model.Part;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

class TocBuilderTest {

    @Test
    void nestsSectionsUnderTheirChapters() {
        TableOfContents toc = new TocBuilder(3).build(Fixtures.twoChapterBook());
        assertEquals(2, toc.entries().size());
        TocEntry first = toc.entries().get(0);
        assertEquals("The First Wave", first.title());
        assertEquals("ch01", first.anchor());
        assertEquals(List.of("Early Days"), first.children().stream().map(TocEntry::title).toList());
        TocEntry sub = first.children().get(0).children().get(0);
        assertEquals("A Subsection", sub.title());
        assertEquals("ch01-a-subsection", sub.anchor());
        assertEquals(5, toc.flatten().size(), "two chapters, two sections, one subsection");
    }

    @Test
    void stopsAtTheRequestedDepth() {
        TableOfContents toc = new TocBuilder(2).build(Fixtures.twoChapterBook());
        assertEquals(4, toc.flatten().size());
    }

    @Test
    void nestsChaptersUnderTheirPartsWithTheirAuthorsAndLeavesTheDedicationOut() {
        SourcePosition at = new SourcePosition("a.md", 1);
        List<Chapter> chapters = List.of(
                chapter("ch01", Chapter.Matter.DEDICATION, List.of()),
                chapter("ch02", Chapter.Matter.FOREWORD, List.of()),
                chapter("ch03", Chapter.Matter.BODY, List.of("Ann", "Bo")),
                chapter("ch04", Chapter.Matter.BODY, List.of("Cy")),
                chapter("ch05", Chapter.Matter.BODY, List.of()),
                chapter("contributors", Chapter.Matter.CONTRIBUTORS, List.of()));
        List<Part> parts = List.of(new Part("part1", "One", Optional.empty(), List.of(), List.of("ch03", "ch04"), at),
                new Part("part2", "Two", Optional.empty(), List.of(), List.of("ch05"), at));
        Anthology book = new Anthology(Fixtures.twoChapterBook().metadata(), chapters, parts, Map.of());

        TableOfContents toc = new TocBuilder(1).build(book);

        assertEquals(List.of("ch02", "part1", "part2", "contributors"),
                toc.entries().stream().map(TocEntry::anchor).toList());
        TocEntry one = toc.entries().get(1);
        assertTrue(one.part());
        assertEquals(List.of("ch03", "ch04"), one.children().stream().map(TocEntry::anchor).toList());
        assertEquals(List.of("Ann", "Bo"), one.children().get(0).authors());
        assertEquals(List.of(0, 0, 1, 1, 0, 1, 0),
                toc.placed().stream().map(TableOfContents.Placed::depth).toList());
    }

    private static Chapter chapter(String id, Chapter.Matter matter, List<String> authors) {
        return new Chapter(id, "Title " + id, authors.stream().map(Contributor::named).toList(), Optional.empty(),
                List.of(), new SourcePosition(id + ".md", 1), Chapter.Details.NONE.withMatter(matter));
    }
}
