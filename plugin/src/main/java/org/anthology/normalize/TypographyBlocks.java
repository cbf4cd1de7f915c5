package org.anthology.normalize;

import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/** Walks a chapter's blocks for {@link TypographyNormalizer}: prose gets typography, code blocks are kept as is. */
final class TypographyBlocks implements Block.Visitor<Block> {

    private final ParagraphTypography typography;
    private final Tally tally;
    private final Diagnostics diagnostics;

    TypographyBlocks(ParagraphTypography typography, Tally tally, Diagnostics diagnostics) {
        this.typography = typography;
        this.tally = tally;
        this.diagnostics = diagnostics;
    }

    /** The blocks with typography applied. */
    List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block.accept(this));
        }
        return out;
    }

    /** Reports invisible characters removed from the block at {@code at}. */
    static void warnInvisible(int removed, SourcePosition at, Diagnostics diagnostics) {
        if (removed > 0) {
            diagnostics.warning(at, "removed " + removed + " zero-width or control character(s) from the text. "
                    + "Delete them from the source to silence this warning.");
        }
    }

    @Override
    public Block visitHeading(Block.Heading heading) {
        int before = tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS);
        Block.Heading out = new Block.Heading(heading.level(), typography.apply(heading.content(), tally),
                heading.id(), heading.position());
        warnInvisible(tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS) - before, heading.position(), diagnostics);
        return out;
    }

    @Override
    public Block visitParagraph(Block.Paragraph paragraph) {
        int before = tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS);
        Block.Paragraph out = new Block.Paragraph(typography.apply(paragraph.content(), tally), paragraph.position());
        warnInvisible(tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS) - before, paragraph.position(),
                diagnostics);
        return out;
    }

    @Override
    public Block visitBlockQuote(Block.BlockQuote blockQuote) {
        return new Block.BlockQuote(apply(blockQuote.blocks()), blockQuote.position());
    }

    @Override
    public Block visitListBlock(Block.ListBlock listBlock) {
        List<List<Block>> items = new ArrayList<>();
        for (List<Block> item : listBlock.items()) {
            items.add(apply(item));
        }
        return new Block.ListBlock(listBlock.ordered(), listBlock.start(), items, listBlock.position());
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
        int before = tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS);
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Block.Table.Row row : table.rows()) {
            rows.add(new Block.Table.Row(row.header(),
                    row.cells().stream().map(cell -> typography.apply(cell, tally)).toList()));
        }
        warnInvisible(tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS) - before, table.position(), diagnostics);
        return new Block.Table(rows, table.position());
    }

    @Override
    public Block visitNote(Block.Note note) {
        return new Block.Note(note.label(), note.id(), apply(note.blocks()), note.position());
    }
}
