package org.anthology.model;

/** Flattens inlines to their text, for {@link Inline#plainText}. */
final class PlainText implements Inline.Visitor<String> {

    static final PlainText INSTANCE = new PlainText();

    private PlainText() {
    }

    @Override
    public String visitText(Inline.Text text) {
        return text.text();
    }

    @Override
    public String visitEmphasis(Inline.Emphasis emphasis) {
        return Inline.plainText(emphasis.content());
    }

    @Override
    public String visitStrong(Inline.Strong strong) {
        return Inline.plainText(strong.content());
    }

    @Override
    public String visitCode(Inline.Code code) {
        return code.code();
    }

    @Override
    public String visitLink(Inline.Link link) {
        return Inline.plainText(link.content());
    }

    @Override
    public String visitLineBreak(Inline.LineBreak lineBreak) {
        return " ";
    }

    @Override
    public String visitNoteReference(Inline.NoteReference noteReference) {
        return "";
    }

    @Override
    public String visitSubscript(Inline.Subscript subscript) {
        return Inline.plainText(subscript.content());
    }

    @Override
    public String visitSuperscript(Inline.Superscript superscript) {
        return Inline.plainText(superscript.content());
    }

    @Override
    public String visitImage(Inline.Image image) {
        return image.alt();
    }

    @Override
    public String visitStrikeout(Inline.Strikeout strikeout) {
        return Inline.plainText(strikeout.content());
    }
}
