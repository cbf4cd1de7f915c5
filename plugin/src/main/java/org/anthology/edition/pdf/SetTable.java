package org.anthology.edition.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table set into lines, the unit the page flow cuts between rows: where its columns stand, its rows (the first
 * {@code headerRows} of them repeated at the head of every page the table runs on to), each cell's lines on one
 * leading, the padding inside the ruled cells and the space before and after the table. {@code indent} is how far
 * the table stands in from the text block's left edge.
 */
record SetTable(List<Column> columns, int headerRows, List<Row> rows, float leading, float padding, Color rule,
                float indent, float spacingBefore, float spacingAfter) {

    /** A column {@code x} points from the table's left edge, {@code width} wide, rules and padding included. */
    record Column(float x, float width) {
    }

    /** One row: a cell per column, each a paragraph's lines set to the column's width less its padding. */
    record Row(boolean header, List<List<SetLine>> cells) {

        Row {
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** The lines of its tallest cell; an empty row is one line tall, as an empty cell is drawn. */
        int lines() {
            return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        }

        /** The ids of the notes referenced on lines {@code from} to {@code to} (exclusive) of its cells. */
        List<String> notesOn(int from, int to) {
            List<String> out = new ArrayList<>();
            for (List<SetLine> cell : cells) {
                for (int i = from; i < Math.min(to, cell.size()); i++) {
                    cell.get(i).notes().stream().filter(id -> !out.contains(id)).forEach(out::add);
                }
            }
            return out;
        }
    }

    SetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The height of {@code lines} lines of a row, its padding above and below included. */
    float height(int lines) {
        return 2 * padding + lines * leading;
    }

    /** The height of the header rows, which open every page the table runs on to. */
    float headerHeight() {
        float height = 0f;
        for (int i = 0; i < headerRows; i++) {
            height += height(rows.get(i).lines());
        }
        return height;
    }

    /** The width of the table, from its first column's left rule to its last column's right one. */
    float width() {
        Column last = columns.get(columns.size() - 1);
        return last.x() + last.width();
    }
}
