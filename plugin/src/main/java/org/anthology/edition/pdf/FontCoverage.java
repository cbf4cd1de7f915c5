package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Finds the characters of a book that no configured font covers, block by block, so each can be reported with the
 * file and line it was written on before any page is laid out. A character is reported once per block.
 */
final class FontCoverage implements Block.Visitor<Void> {

    private final FontSet fonts;
    private final Set<UncoveredCharacter> found = new LinkedHashSet<>();

    FontCoverage(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The uncovered characters of {@code book}, in reading order. */
    List<UncoveredCharacter> uncovered(Anthology book) {
        for (Chapter chapter : book.chapters()) {
            check(chapter.title(), chapter.source());
            chapter.author().ifPresent(author -> check(author, chapter.source()));
            chapter.blocks().forEach(block -> block.accept(this));
        }
        return new ArrayList<>(found);
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        check(Inline.plainText(heading.content()), heading.position());
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        check(Inline.plainText(paragraph.content()), paragraph.position());
        return null;
    }

    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        lineBlock.lines().forEach(line -> check(Inline.plainText(line), lineBlock.position()));
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        blockQuote.blocks().forEach(block -> block.accept(this));
        return null;
    }

    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        listBlock.items().forEach(item -> item.forEach(block -> block.accept(this)));
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        check(codeBlock.code(), codeBlock.position());
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        table.rows().forEach(row -> row.cells().forEach(cell -> check(Inline.plainText(cell), table.position())));
        return null;
    }

    @Override
    public Void visitNote(Block.Note note) {
        check(note.mark(), note.position());
        note.blocks().forEach(block -> block.accept(this));
        return null;
    }

    private void check(String text, SourcePosition position) {
        Set<Integer> uncovered = fonts.uncoveredCodePoints(text);
        text.codePoints().filter(uncovered::contains)
                .forEach(c -> found.add(new UncoveredCharacter(position, c, fonts.families())));
    }
}
