package org.anthology.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a block holds, for {@link Walk}: its nested block lists, its inline lists, and how to rebuild it around
 * rewritten nested blocks. A new block type is a compile error here and nowhere else a walk is needed.
 */
final class BlockParts implements Block.Visitor<BlockParts.Parts> {

    static final BlockParts INSTANCE = new BlockParts();

    /** The lists a block holds and a rebuild from rewritten nested block lists. */
    record Parts(List<List<Block>> blocks, List<List<Inline>> inlines,
                 Function<UnaryOperator<List<Block>>, Block> rebuilder) {
        Block rebuild(UnaryOperator<List<Block>> f) {
            return rebuilder.apply(f);
        }
    }

    private BlockParts() {
    }

    private static Parts leaf(Block block, List<List<Inline>> inlines) {
        return new Parts(List.of(), inlines, new Itself(block));
    }

    /**
     * The rebuild of a block without nested blocks: the block itself. A class rather than a lambda, as a walk makes
     * one for every paragraph and a capturing lambda costs a call into the VM each time under the client compiler.
     */
    private record Itself(Block block) implements Function<UnaryOperator<List<Block>>, Block> {
        @Override
        public Block apply(UnaryOperator<List<Block>> f) {
            return block;
        }
    }

    @Override
    public Parts visitHeading(Block.Heading heading) {
        return leaf(heading, List.of(heading.content()));
    }

    @Override
    public Parts visitParagraph(Block.Paragraph paragraph) {
        return leaf(paragraph, List.of(paragraph.content()));
    }

    @Override
    public Parts visitBlockQuote(Block.BlockQuote q) {
        return new Parts(List.of(q.blocks()), List.of(),
                f -> {
                    List<Block> blocks = f.apply(q.blocks());
                    return blocks == q.blocks() ? q : new Block.BlockQuote(blocks, q.position());
                });
    }

    @Override
    public Parts visitListBlock(Block.ListBlock l) {
        return new Parts(l.items(), List.of(), f -> {
            List<List<Block>> items = Walk.sameIfUnchanged(l.items(), l.items().stream().map(f).toList());
            return items == l.items() ? l : new Block.ListBlock(l.ordered(), l.start(), items, l.position());
        });
    }

    @Override
    public Parts visitCodeBlock(Block.CodeBlock codeBlock) {
        return leaf(codeBlock, List.of());
    }

    @Override
    public Parts visitSceneBreak(Block.SceneBreak sceneBreak) {
        return leaf(sceneBreak, List.of());
    }

    @Override
    public Parts visitTable(Block.Table table) {
        return leaf(table, table.rows().stream().flatMap(row -> row.cells().stream()).toList());
    }

    @Override
    public Parts visitLineBlock(Block.LineBlock lineBlock) {
        return leaf(lineBlock, lineBlock.lines());
    }

    @Override
    public Parts visitNote(Block.Note n) {
        return new Parts(List.of(n.blocks()), List.of(),
                f -> {
                    List<Block> blocks = f.apply(n.blocks());
                    return blocks == n.blocks() ? n : n.withBlocks(blocks);
                });
    }
}
