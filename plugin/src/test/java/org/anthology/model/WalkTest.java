package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void keepsTheUnchangedElementsBeforeAndAfterTheFirstChange() {
        Inline a = new Inline.Text("a");
        Inline b = new Inline.Code("b");
        Inline c = new Inline.Text("c");
        Inline d = new Inline.Code("d");
        List<Inline> inlines = List.of(a, b, c, d);
        List<Inline> dropped = Walk.mapInlines(inlines, Inline.Code.class,
                code -> code == d ? List.of() : List.of(code));
        assertEquals(List.of(a, b, c), dropped);
        List<Inline> split = Walk.mapInlines(inlines, Inline.Code.class,
                code -> code == b ? List.of(new Inline.Text("<"), code, new Inline.Text(">")) : List.of(code));
        assertEquals(List.of(a, new Inline.Text("<"), b, new Inline.Text(">"), c, d), split);
        assertSame(b, split.get(2));
        assertSame(d, split.get(5));
    }

    @Test
    void handsBackTheSameListWhenARewriteMovesAnElementBackWhereItWas() {
        Inline a = new Inline.Text("a");
        Inline b = new Inline.Code("b");
        Inline c = new Inline.Code("c");
        List<Inline> inlines = List.of(a, b, c);
        // b is left out and given back before c: the same nodes in the same order, so the same list.
        assertSame(inlines, Walk.mapInlines(inlines, Inline.Code.class,
                code -> code == b ? List.of() : List.of(b, c)));
    }

    @Test
    void listsBlocksOfATypeInReadingOrderHoweverDeep() {
        Block.Heading top = new Block.Heading(1, List.of(new Inline.Text("top")), "top", AT);
        Block.Heading quoted = new Block.Heading(2, List.of(new Inline.Text("quoted")), "quoted", AT);
        Block.Heading listed = new Block.Heading(2, List.of(new Inline.Text("listed")), "listed", AT);
        List<Block> blocks = List.of(top, new Block.BlockQuote(List.of(paragraph("p"), quoted), AT),
                new Block.ListBlock(true, 1, List.of(List.of(listed)), AT), paragraph("q"));
        assertEquals(List.of(top, quoted, listed), Walk.blocks(blocks, Block.Heading.class));
        assertEquals(7, Walk.blocks(blocks).size());
    }

    @Test
    void findsAnInlineOfATypeWhereverItStands() {
        Inline.Link link = new Inline.Link("#x", List.of(new Inline.Text("x")));
        Block.Paragraph linked = new Block.Paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Strong(
                List.of(link))))), AT);
        assertTrue(Walk.holdsInline(List.of(paragraph("a"), linked), Inline.Link.class));
        assertTrue(Walk.holdsInline(List.of(new Block.ListBlock(false, 1, List.of(List.of(
                new Block.BlockQuote(List.of(linked), AT))), AT)), Inline.Link.class));
        assertTrue(Walk.holdsInline(List.of(new Block.Table(List.of(new Block.Table.Row(false, List.of(
                List.of(new Inline.Text("cell")), List.of(link)))), AT)), Inline.Link.class));
        assertTrue(Walk.holdsInline(List.of(new Block.Note("n", java.util.Optional.empty(), "", List.of(linked), AT)),
                Inline.Link.class));
        assertTrue(Walk.holdsInline(List.of(new Block.Heading(2, List.of(link), "h", AT)), Inline.Link.class));
        assertTrue(Walk.holdsInline(List.of(linked), Inline.Span.class));
        assertFalse(Walk.holdsInline(List.of(paragraph("a"), linked, new Block.SceneBreak(AT)),
                Inline.NoteReference.class));
        assertFalse(Walk.holdsInline(List.of(), Inline.Link.class));
    }

    @Test
    void listsTheLeavesInReadingOrderWithoutTheSpans() {
        Inline a = new Inline.Text("a");
        Inline code = new Inline.Code("b");
        Inline c = new Inline.Text("c");
        Inline br = new Inline.LineBreak();
        List<Inline> inlines = List.of(a, new Inline.Emphasis(List.of(code, new Inline.Link("#x", List.of(c)))), br);
        List<Inline> leaves = Walk.leaves(inlines);
        assertEquals(List.of(a, code, c, br), leaves);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> leaves.add(a));
    }
}
