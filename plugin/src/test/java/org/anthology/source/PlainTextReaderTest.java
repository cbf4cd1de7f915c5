package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    private static String text(Block block) {
        return block instanceof Block.Heading h ? h.text()
                : Inline.plainText(((Block.Paragraph) block).content());
    }

    @Test
    void treatsEachLongLineAsAParagraph() {
        String a = "A".repeat(120) + ".";
        String b = "B".repeat(110) + ".";
        List<Block> blocks = reader.read(a + "\n" + b + "\n", "x.txt", 1, new Diagnostics());
        assertEquals(2, blocks.size());
        assertEquals(a, text(blocks.get(0)));
        assertEquals(2, blocks.get(1).position().line());
    }

    @Test
    void unwrapsHardWrappedParagraphs() {
        String body = "The first line of a paragraph that was\nwrapped by hand at some column.\n\n"
                + "A second paragraph\nalso wrapped.\n";
        List<Block> blocks = reader.read(body, "x.txt", 1, new Diagnostics());
        assertEquals(2, blocks.size());
        assertEquals("The first line of a paragraph that was wrapped by hand at some column.", text(blocks.get(0)));
        assertEquals(4, blocks.get(1).position().line());
    }

    @Test
    void turnsLinesWithStrayTrailingHashIntoHeadings() {
        List<Block> blocks = reader.read("II. Product Breakthrough#\n" + "x".repeat(120) + "\n", "x.txt", 5, new Diagnostics());
        Block.Heading heading = assertInstanceOf(Block.Heading.class, blocks.get(0));
        assertEquals("II. Product Breakthrough", heading.text());
        assertEquals(5, heading.position().line());
    }

    @Test
    void readsUnderlinedHeadings() {
        List<Block> blocks = reader.read("Title Here\n=====\n\nText.\n\nSection\n-------\n\nMore.", "x.txt", 1, new Diagnostics());
        assertEquals(1, assertInstanceOf(Block.Heading.class, blocks.get(0)).level());
        assertEquals(2, assertInstanceOf(Block.Heading.class, blocks.get(2)).level());
        assertEquals("Section", text(blocks.get(2)));
    }

    @Test
    void groupsDashedLinesIntoOneList() {
        List<Block> blocks = reader.read("Intro.\n\n- one\n- two\n- three\n\nAfter.", "x.txt", 1, new Diagnostics());
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(1));
        assertEquals(3, list.items().size());
        assertEquals(false, list.ordered());
        assertEquals("After.", text(blocks.get(2)));
    }

    @Test
    void keepsOrderedListStartNumber() {
        List<Block> blocks = reader.read("3) third\n4) fourth", "x.txt", 1, new Diagnostics());
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(0));
        assertEquals(true, list.ordered());
        assertEquals(3, list.start());
    }

    @Test
    void readsSceneBreaksAndQuotes() {
        List<Block> blocks = reader.read("One.\n\n* * *\n\n> Quoted.\n\nTwo.", "x.txt", 1, new Diagnostics());
        assertInstanceOf(Block.SceneBreak.class, blocks.get(1));
        assertInstanceOf(Block.BlockQuote.class, blocks.get(2));
    }
}
