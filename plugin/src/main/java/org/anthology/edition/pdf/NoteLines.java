package org.anthology.edition.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets a footnote's paragraphs into lines for the foot of the page, with the same total-fit breaker as the running
 * text, so the page flow can place a note line by line and carry what does not fit to the next page's foot; a
 * right-to-left note is set as the running text is, and a picture stands on a line of its own. A note holding
 * anything the line layer does not set (a table) has no lines: it is set with the notes at the chapter's end.
 */
final class NoteLines {

    /**
     * One line of a note: its runs, the marker hung before it (a list item's bullet), how far it stands in from the
     * text block's left edge, and the room it takes above its baseline (its leading, and the space between the
     * note's paragraphs on a paragraph's first line).
     */
    record Line(List<SetLine.Placed> runs, List<SetLine.Placed> marker, float indent, float advance) {
    }

    private final ParagraphSetter setter;
    private final float width;

    /** Notes for a text block {@code width} wide, set by {@code setter}. */
    NoteLines(ParagraphSetter setter, float width) {
        this.setter = setter;
        this.width = width;
    }

    /** The measure the notes are set to. */
    float width() {
        return width;
    }

    /** What the setter tells of the lines it sets, which notes set elsewhere are told to as well. */
    ParagraphSetter.LineCount count() {
        return setter.count();
    }

    /** The lines of the note made of {@code elements}, or empty when the line layer cannot set one of them. */
    Optional<List<Line>> of(List<Element> elements) {
        List<Line> out = new ArrayList<>();
        float after = 0f;
        for (Element element : elements) {
            if (!(element instanceof Paragraph paragraph)) {
                return Optional.empty();
            }
            List<SetParagraph> parts = setter.parts(paragraph, width);
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            for (SetParagraph lines : parts) {
                float before = out.isEmpty() ? 0f : after + lines.spacingBefore();
                for (int i = 0; i < lines.lines().size(); i++) {
                    out.add(new Line(lines.lines().get(i).runs(), i == 0 ? lines.marker() : List.of(),
                            lines.indent(), lines.leading() + (i == 0 ? before : 0f)));
                }
                after = lines.spacingAfter();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    /** The room {@code lines} take, one after the other. */
    static float height(List<Line> lines) {
        float height = 0f;
        for (Line line : lines) {
            height += line.advance();
        }
        return height;
    }
}
