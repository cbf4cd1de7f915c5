package org.anthology.model;

/**
 * An inline visitor whose every method falls back to {@link #otherwise}, as commonmark's {@code AbstractVisitor}
 * does: code that cares about a few inline types overrides those, and a new type needs no edit there. Use
 * {@link Inline.Visitor} itself where every type must be handled.
 */
public abstract class DefaultInlineVisitor<R> implements Inline.Visitor<R> {

    /** The result for an inline type this visitor does not override. */
    protected abstract R otherwise(Inline inline);

    @Override
    public R visitText(Inline.Text text) {
        return otherwise(text);
    }

    @Override
    public R visitEmphasis(Inline.Emphasis emphasis) {
        return otherwise(emphasis);
    }

    @Override
    public R visitStrong(Inline.Strong strong) {
        return otherwise(strong);
    }

    @Override
    public R visitCode(Inline.Code code) {
        return otherwise(code);
    }

    @Override
    public R visitLink(Inline.Link link) {
        return otherwise(link);
    }

    @Override
    public R visitLineBreak(Inline.LineBreak lineBreak) {
        return otherwise(lineBreak);
    }

    @Override
    public R visitNoteReference(Inline.NoteReference noteReference) {
        return otherwise(noteReference);
    }

    @Override
    public R visitImage(Inline.Image image) {
        return otherwise(image);
    }

    @Override
    public R visitStrikeout(Inline.Strikeout strikeout) {
        return otherwise(strikeout);
    }

    @Override
    public R visitSubscript(Inline.Subscript subscript) {
        return otherwise(subscript);
    }

    @Override
    public R visitSuperscript(Inline.Superscript superscript) {
        return otherwise(superscript);
    }
}
