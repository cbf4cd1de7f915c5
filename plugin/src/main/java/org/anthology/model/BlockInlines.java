package org.anthology.model;

import java.util.ArrayList;
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
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block.accept(visitor));
        }
        return Walk.sameIfUnchanged(blocks, out);
    }

    private List<List<Inline>> each(List<List<Inline>> lists, SourcePosition at) {
        List<List<Inline>> out = new ArrayList<>(lists.size());
        for (List<Inline> list : lists) {
            out.add(rewrite.apply(list, at));
        }
        return Walk.sameIfUnchanged(lists, out);
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
        List<List<Block>> items = new ArrayList<>(listBlock.items().size());
        for (List<Block> item : listBlock.items()) {
            items.add(map(item, rewrite));
        }
        return Walk.sameIfUnchanged(listBlock.items(), items) == listBlock.items() ? listBlock
                : new Block.ListBlock(listBlock.ordered(), listBlock.start(), items, listBlock.position());
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
        List<Block.Table.Row> rows = new ArrayList<>(table.rows().size());
        for (Block.Table.Row row : table.rows()) {
            List<List<Inline>> cells = each(row.cells(), table.position());
            rows.add(cells == row.cells() ? row : new Block.Table.Row(row.header(), cells));
        }
        return Walk.sameIfUnchanged(table.rows(), rows) == table.rows() ? table
                : new Block.Table(rows, table.alignments(), table.position());
    }

    @Override
    public Block visitNote(Block.Note note) {
        List<Block> blocks = map(note.blocks(), rewrite);
        return blocks == note.blocks() ? note : note.withBlocks(blocks);
    }
}
