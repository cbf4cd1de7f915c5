package org.anthology.model;

import java.util.List;

/**
 * Applies an inline rewrite to every block that holds inlines (headings, paragraphs, and those inside quotes and
 * lists), keeping the block structure; code blocks and scene breaks pass through.
 */
final class BlockInlines implements Block.Visitor<Block> {

    /** Rewrites the inlines of one block; {@code at} is that block's position, for diagnostics. */
    interface Rewrite {
        List<Inline> apply(List<Inline> inlines, SourcePosition at);
    }

    private final Rewrite rewrite;

    private BlockInlines(Rewrite rewrite) {
        this.rewrite = rewrite;
    }

    static List<Block> map(List<Block> blocks, Rewrite rewrite) {
        BlockInlines visitor = new BlockInlines(rewrite);
        return blocks.stream().map(b -> b.accept(visitor)).toList();
    }

    @Override
    public Block visitHeading(Block.Heading heading) {
        return new Block.Heading(heading.level(), rewrite.apply(heading.content(), heading.position()), heading.attributes(),
                heading.position());
    }

    @Override
    public Block visitParagraph(Block.Paragraph paragraph) {
        return paragraph.withContent(rewrite.apply(paragraph.content(), paragraph.position()));
    }

    @Override
    public Block visitLineBlock(Block.LineBlock lineBlock) {
        return new Block.LineBlock(lineBlock.lines().stream()
                .map(line -> rewrite.apply(line, lineBlock.position())).toList(), lineBlock.position());
    }

    @Override
    public Block visitBlockQuote(Block.BlockQuote blockQuote) {
        return new Block.BlockQuote(map(blockQuote.blocks(), rewrite), blockQuote.position());
    }

    @Override
    public Block visitListBlock(Block.ListBlock listBlock) {
        return new Block.ListBlock(listBlock.ordered(), listBlock.start(),
                listBlock.items().stream().map(item -> map(item, rewrite)).toList(), listBlock.position());
    }

    @Override
    public Block visitCodeBlock(Block.CodeBlock codeBlock) {
        return codeBlock;
    }

    @Override
    public Block visitSceneBreak(Block.SceneBreak sceneBreak) {
        return sceneBreak;
    }

    @Override
    public Block visitTable(Block.Table table) {
        return new Block.Table(table.rows().stream().map(row -> new Block.Table.Row(row.header(),
                row.cells().stream().map(cell -> rewrite.apply(cell, table.position())).toList())).toList(),
                table.alignments(), table.position());
    }

    @Override
    public Block visitNote(Block.Note note) {
        return note.withBlocks(map(note.blocks(), rewrite));
    }
}
