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
import org.anthology.model.SourcePosition;
import org.anthology.model.Walk;
import org.junit.jupiter.api.Test;

class AnchorNormalizerTest {

    @Test
    void makesBookUniqueIdsFromHeadingText() {
        Anthology book = new AnchorNormalizer().apply(withoutIds(Fixtures.twoChapterBook()), new Diagnostics());

        assertEquals(List.of("ch01-early-days", "ch01-a-subsection", "ch02-code-listing"), headingIds(book));
    }

    @Test
    void suffixesAnIdAlreadyTakenWithTheNextFreeNumber() {
        SourcePosition at = Fixtures.at("seeds/01.md", 1);
        Block.Heading notes = new Block.Heading(2, List.of(new Inline.Text("Notes")), "", at);
        // A chapter whose id is what its first heading's slug would give takes that id first.
        Chapter chapter = new Chapter("ch01", "Notes Twice", Optional.empty(), Optional.empty(),
                List.of(notes, notes, new Block.BlockQuote(List.of(notes), at)), at);
        Chapter clash = new Chapter("ch01-notes-3", "Clash", Optional.empty(), Optional.empty(), List.of(), at);
        Anthology book = new Anthology(Fixtures.metadata("Twice"), List.of(chapter, clash));

        Anthology out = new AnchorNormalizer().apply(book, new Diagnostics());

        assertEquals(List.of("ch01-notes", "ch01-notes-2", "ch01-notes-4"), headingIds(out));
    }

    private static List<String> headingIds(Anthology book) {
        return book.chapters().stream().flatMap(c -> Walk.blocks(c.blocks(), Block.Heading.class).stream())
                .map(Block.Heading::id).toList();
    }

    /** The fixture's headings come with ids; the normalizer must make them, not keep them. */
    private static Anthology withoutIds(Anthology book) {
        return book.withChapters(book.chapters().stream().map(c -> c.withBlocks(
                Walk.mapBlocks(c.blocks(), Block.Heading.class, h -> h.withId("")))).toList());
    }

    @Test
    void slugsAccentsAndNonLatinText() {
        assertEquals("cafe-creme", AnchorNormalizer.slug("Café Crème!", 1));
        assertEquals("s4", AnchorNormalizer.slug("互联网", 4));
    }

    @Test
    void slugsDropPunctuationAtTheEndsAndALongTitlesCutWord() {
        // 60 letters and hyphens: cut at 48, inside "and", then back to the last whole word.
        assertEquals("the-very-long-title-of-a-chapter-that-goes-on",
                AnchorNormalizer.slug("  -- The (Very) Long Title of a Chapter That Goes On and On Forever --  ", 1));
        assertEquals("a".repeat(48), AnchorNormalizer.slug("A".repeat(60), 1));
        assertEquals("s2", AnchorNormalizer.slug("?!", 2));
    }
}
