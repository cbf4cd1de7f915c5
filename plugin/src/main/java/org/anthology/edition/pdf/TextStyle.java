package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import java.awt.Color;
import java.util.Map;

/**
 * How a piece of a paragraph's text is drawn, taken from the chunk it came from: face, size and colour, how far it
 * is raised (a note reference), where it links to (a place in the book or a web address), the named destination it
 * starts (a note's label), the note it references, the rule drawn through it (struck text), the generic tag the
 * page events hear of when it is drawn (a heading's anchor, whose page the contents list), and the picture drawn in
 * place of text, for a run that is an inline image.
 */
record TextStyle(BaseFont font, float size, Color colour, float rise, String goTo, PdfAction action,
                 String destination, String note, PatternHyphenation hyphenation, float[] rule, String tag,
                 Image picture) {

    /** The style of {@code chunk}. */
    static TextStyle of(Chunk chunk) {
        Map<String, Object> attributes = chunk.hasAttributes() ? chunk.getChunkAttributes() : Map.of();
        Color colour = chunk.getFont().getColor();
        return new TextStyle(chunk.getFont().getBaseFont(), chunk.getFont().getSize(),
                colour == null ? Color.BLACK : colour, chunk.getTextRise(),
                attributes.get(Chunk.LOCALGOTO) instanceof String target ? target : null,
                attributes.get(Chunk.ACTION) instanceof PdfAction a ? a : null,
                attributes.get(Chunk.LOCALDESTINATION) instanceof String name ? name : null,
                Footnotes.idOf(chunk),
                chunk.getHyphenation() instanceof PatternHyphenation patterns ? patterns : null,
                rule(attributes.get(Chunk.UNDERLINE), chunk.getFont().getSize()),
                attributes.get(Chunk.GENERICTAG) instanceof String tag ? tag : null, chunk.getImage());
    }

    /**
     * The thickness and height above the baseline of the line drawn through or under the text (struck text), from
     * OpenPDF's underline attribute, or null when there is none.
     */
    private static float[] rule(Object underline, float size) {
        if (underline instanceof Object[][] lines && lines.length > 0 && lines[0].length > 1
                && lines[0][1] instanceof float[] f && f.length >= 4) {
            return new float[] {f[0] + f[1] * size, f[2] + f[3] * size};
        }
        return null;
    }

    /** The width of {@code text} in this style, with the face's pair kerning. */
    float width(String text) {
        return font.getWidthPointKerned(text, size);
    }

    /** Whether a run in this style and one in {@code other} can be drawn as one. */
    boolean drawsLike(TextStyle other) {
        return other != null && picture == null && other.picture == null && font == other.font && size == other.size && colour.equals(other.colour)
                && rise == other.rise && java.util.Objects.equals(goTo, other.goTo) && action == other.action
                && other.destination == null && java.util.Objects.equals(note, other.note)
                && java.util.Arrays.equals(rule, other.rule) && java.util.Objects.equals(tag, other.tag);
    }
}
