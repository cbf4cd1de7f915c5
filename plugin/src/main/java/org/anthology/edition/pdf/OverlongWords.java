package org.anthology.edition.pdf;

import java.util.Locale;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Warns, at the file and line of its paragraph, of every word of running text wider than the PDF's text block:
 * the paragraph breaker has no place to end a line inside it but between two letters, which a reader would not
 * expect. The word is set in full either way; the warning tells the author where to give it a break.
 */
final class OverlongWords implements Block.Visitor<Void> {

    private static final int SHOWN = 24;

    private final FontSet fonts;
    private final float size;
    private final float measure;
    private final Diagnostics diagnostics;

    OverlongWords(FontSet fonts, PdfTheme theme, Diagnostics diagnostics) {
        this.fonts = fonts;
        this.size = theme.bodySize();
        this.measure = theme.textWidth();
        this.diagnostics = diagnostics;
    }

    /** Reports the overlong words of {@code book}. */
    void check(Anthology book) {
        for (Chapter chapter : book.chapters()) {
            chapter.blocks().forEach(block -> block.accept(this));
        }
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        for (String word : Inline.plainText(paragraph.content()).split("[\\s\\-\\u2010\\u2013\\u2014/]+")) {
            if (word.length() > 8 && fonts.font(FontSet.Role.BODY, false, false, size).getBaseFont()
                    .getWidthPoint(word, size) > measure) {
                warn(paragraph.position(), word);
            }
        }
        return null;
    }

    private void warn(SourcePosition position, String word) {
        String shown = word.length() > SHOWN ? word.substring(0, SHOWN) + "\u2026" : word;
        diagnostics.warning(position, String.format(Locale.ROOT, "a word of %,d characters (\"%s\") is wider than "
                + "a line of the PDF, which breaks it between letters. Add a space or a hyphen where it may break",
                word.length(), shown));
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
    public Void visitNote(Block.Note note) {
        note.blocks().forEach(block -> block.accept(this));
        return null;
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        return null;
    }
}
