package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares a table's width among its columns from their natural widths, the width each column's longest cell takes
 * on one line: when they all fit, each column gets its natural width and an equal share of the room left over, so
 * the table spans the text block; when they do not, a column narrower than an equal share keeps its natural width
 * and the wider ones share the rest equally, their cells wrapping, as HTML's automatic table layout does.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** The widths of columns of natural widths {@code natural}, together {@code width} wide. */
    static List<Float> of(List<Float> natural, float width) {
        int count = natural.size();
        float total = 0f;
        for (float w : natural) {
            total += w;
        }
        List<Float> out = new ArrayList<>();
        if (total <= width) {
            for (float w : natural) {
                out.add(w + (width - total) / count);
            }
            return out;
        }
        boolean[] wide = new boolean[count];
        float room = width;
        int shared = count;
        boolean changed = true;
        while (changed && shared > 0) {
            changed = false;
            for (int i = 0; i < count; i++) {
                if (!wide[i] && natural.get(i) > room / shared) {
                    wide[i] = true;
                    changed = true;
                }
            }
            room = width;
            shared = 0;
            for (int i = 0; i < count; i++) {
                if (wide[i]) {
                    shared++;
                } else {
                    room -= natural.get(i);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            out.add(wide[i] ? room / shared : natural.get(i));
        }
        return out;
    }
}
