package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class WalkTest {

    private static final SourcePosition AT = new SourcePosition("texts/a.md", 3);

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Text(text)))), AT);
    }

    @Test
    void handsBackTheSameInlinesWhenNoLeafChanges() {
        List<Inline> inlines = List.of(new Inline.Text("a "), new Inline.Strong(List.of(new Inline.Text("b"))));
        assertSame(inlines, Walk.mapLeaves(inlines, List::of));
        assertSame(inlines, Walk.mapInlines(inlines, Inline.Code.class, List::of));
    }

    @Test
    void rebuildsOnlyThePathToAChangedLeaf() {
        Inline.Strong untouched = new Inline.Strong(List.of(new Inline.Text("b")));
        List<Inline> inlines = List.of(new Inline.Emphasis(List.of(new Inline.Text("a"))), untouched);
        List<Inline> out = Walk.mapLeaves(inlines, leaf -> List.of(
                leaf.equals(new Inline.Text("a")) ? new Inline.Text("A") : leaf));
        assertEquals(List.of(new Inline.Emphasis(List.of(new Inline.Text("A"))), untouched), out);
        assertSame(untouched, out.get(1));
    }

    @Test
    void keepsContainersWhoseBlocksNoRewriteChanged() {
        Block.Paragraph kept = paragraph("kept");
        Block.BlockQuote quote = new Block.BlockQuote(List.of(kept), AT);
        Block.ListBlock list = new Block.ListBlock(false, 1, List.of(List.of(kept), List.of(paragraph("set"))), AT);
        List<Block> blocks = List.of(quote, list);
        assertSame(blocks, Walk.mapInlineLists(blocks, (inlines, at) -> inlines));
        assertSame(blocks, Walk.mapBlocks(blocks, Block.Heading.class, heading -> heading));
        List<Block> out = Walk.mapInlineLists(blocks, (inlines, at) -> inlines.toString().contains("set")
                ? List.of(new Inline.Text("SET")) : inlines);
        assertSame(quote, out.get(0));
        assertNotSame(list, out.get(1));
        assertSame(kept, ((Block.ListBlock) out.get(1)).items().get(0).get(0));
    }
}
