package org.anthology.model;

import java.util.List;

/**
 * Applies an inline rewrite to every block that holds inlines (headings, paragraphs, and those inside quotes and
 * lists), keeping the block structure; code blocks and scene breaks pass through. A block whose inlines the
 * rewrite hands back unchanged is kept as it is.
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
        Rewritten<Block> out = new Rewritten<>(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            out.set(i, blocks.get(i).accept(visitor));
        }
        return out.result();
    }

    private List<List<Inline>> each(List<List<Inline>> lists, SourcePosition at) {
        Rewritten<List<Inline>> out = new Rewritten<>(lists);
        for (int i = 0; i < lists.size(); i++) {
            out.set(i, rewrite.apply(lists.get(i), at));
        }
        return out.result();
    }

    @Override
    public Block visitHeading(Block.Heading heading) {
        List<Inline> content = rewrite.apply(heading.content(), heading.position());
        return content == heading.content() ? heading
                : new Block.Heading(heading.level(), content, heading.attributes(), heading.position());
    }

    @Override
    public Block visitParagraph(Block.Paragraph paragraph) {
        List<Inline> content = rewrite.apply(paragraph.content(), paragraph.position());
        return content == paragraph.content() ? paragraph : paragraph.withContent(content);
    }

    @Override
    public Block visitLineBlock(Block.LineBlock lineBlock) {
        List<List<Inline>> lines = each(lineBlock.lines(), lineBlock.position());
        return lines == lineBlock.lines() ? lineBlock : new Block.LineBlock(lines, lineBlock.position());
    }

    @Override
    public Block visitBlockQuote(Block.BlockQuote blockQuote) {
        List<Block> blocks = map(blockQuote.blocks(), rewrite);
        return blocks == blockQuote.blocks() ? blockQuote : new Block.BlockQuote(blocks, blockQuote.position());
    }

    @Override
    public Block visitListBlock(Block.ListBlock listBlock) {
        Rewritten<List<Block>> items = new Rewritten<>(listBlock.items());
        for (int i = 0; i < listBlock.items().size(); i++) {
            items.set(i, map(listBlock.items().get(i), rewrite));
        }
        List<List<Block>> result = items.result();
        return result == listBlock.items() ? listBlock
                : new Block.ListBlock(listBlock.ordered(), listBlock.start(), result, listBlock.position());
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
        Rewritten<Block.Table.Row> rows = new Rewritten<>(table.rows());
        for (int i = 0; i < table.rows().size(); i++) {
            Block.Table.Row row = table.rows().get(i);
            List<List<Inline>> cells = each(row.cells(), table.position());
            rows.set(i, cells == row.cells() ? row : new Block.Table.Row(row.header(), cells));
        }
        List<Block.Table.Row> result = rows.result();
        return result == table.rows() ? table : new Block.Table(result, table.alignments(), table.position());
    }

    @Override
    public Block visitNote(Block.Note note) {
        List<Block> blocks = map(note.blocks(), rewrite);
        return blocks == note.blocks() ? note : note.withBlocks(blocks);
    }
}
