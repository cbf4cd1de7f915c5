package org.anthology.toc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anthology.model.Fixtures;
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
}
