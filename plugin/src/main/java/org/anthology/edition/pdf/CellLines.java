package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets the cells of a group of a table's columns into lines: the columns as wide as {@link ColumnWidths} shares
 * the table's width from each column's widest cell on one line, then each cell broken by the total-fit breaker to
 * its column's width less the padding, ragged as its column's alignment asks.
 */
final class CellLines {

    private final float padding;
    private final List<SetTable.Column> columns = new ArrayList<>();

    /**
     * Columns for the cells {@code cells} (rows of one paragraph per column), together {@code width} wide, each
     * {@code padding} in on both sides and at least {@code narrowest} wide.
     */
    CellLines(List<List<Paragraph>> cells, float width, float padding, float narrowest) {
        this.padding = padding;
        List<Float> natural = new ArrayList<>();
        for (int i = 0; i < cells.get(0).size(); i++) {
            float widest = narrowest;
            for (List<Paragraph> row : cells) {
                widest = Math.max(widest, oneLine(row.get(i)) + 2 * padding);
            }
            natural.add(widest);
        }
        float x = 0f;
        for (float w : ColumnWidths.of(natural, width)) {
            columns.add(new SetTable.Column(x, w));
            x += w;
        }
    }

    /** Where the columns stand, from the table's left edge. */
    List<SetTable.Column> columns() {
        return List.copyOf(columns);
    }

    /** The row of {@code cells} set by {@code setter}, or empty when the line layer cannot set one of them. */
    Optional<SetTable.Row> row(boolean header, List<Paragraph> cells, ParagraphSetter setter) {
        List<List<SetLine>> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getAlignment() == Element.ALIGN_UNDEFINED) {
                // A column of the default alignment is set flush left, as the text's direction has it.
                cells.get(i).setAlignment(Element.ALIGN_LEFT);
            }
            Optional<SetParagraph> set = setter.set(cells.get(i), columns.get(i).width() - 2 * padding);
            if (set.isEmpty()) {
                return Optional.empty();
            }
            lines.add(set.get().lines());
        }
        return Optional.of(new SetTable.Row(header, lines));
    }

    /** The width of {@code cell}'s text on one line, a point over for the rounding of the breaker's sums. */
    private static float oneLine(Paragraph cell) {
        float width = 0f;
        for (Object chunk : cell.getChunks()) {
            if (chunk instanceof Chunk c && c.getImage() == null) {
                width += TextStyle.of(c).width(c.getContent());
            }
        }
        return width + 1f;
    }
}
