package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class PlainTextVerseTest {

    private final PlainTextReader reader = new PlainTextReader();
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void readsTheStanzasOfAPoemAsLineBlocksKeepingEveryLine() throws IOException {
        String poem = Files.readString(Path.of("src/test/resources/manuscripts/the-tide-clock.txt"));
        List<Block> blocks = reader.read(poem, "texts/the-tide-clock.txt", 1, diagnostics);
        assertInstanceOf(Block.Heading.class, blocks.get(0));
        assertEquals(4, blocks.size());
        Block.LineBlock second = assertInstanceOf(Block.LineBlock.class, blocks.get(2));
        assertEquals(List.of("When the hand points to high water", "the boats go out beyond the wall,",
                "and the gulls follow them like gossip."), second.lines().stream().map(Inline::plainText).toList());
        assertEquals(7, second.position().line());
    }

    @Test
    void leavesProseWrappedAtSeventyColumnsAsParagraphs() {
        String prose = "The ferry left at dawn, and the Marigold was the last boat to sail before\n"
                + "the storm came over the hills and closed the harbour for a week or more.\n\n"
                + "Nobody on the quay said a word as she went out beyond the harbour wall and\n"
                + "into the grey morning, where the gulls were already waiting for the boats.\n";
        List<Block> blocks = reader.read(prose, "texts/p.txt", 1, diagnostics);
        assertEquals(2, blocks.size());
        blocks.forEach(b -> assertInstanceOf(Block.Paragraph.class, b));
    }
}
