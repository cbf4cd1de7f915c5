package org.anthology.source;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Keeps the text of a Markdown table, one paragraph per row with cells separated by a vertical bar, until the model
 * has a table block. A warning says so, so no cell is lost without a word.
 */
final class TableText {

    private TableText() {
    }

    static List<Block> rows(Node table, SourcePosition at, Diagnostics diagnostics) {
        List<Block> out = new ArrayList<>();
        for (Node row : table.getDescendants()) {
            if (row instanceof TableRow) {
                List<Inline> inlines = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        if (!inlines.isEmpty()) {
                            inlines.add(new Inline.Text(" | "));
                        }
                        inlines.addAll(new InlineConverter(at, diagnostics).convert(cell));
                    }
                }
                if (!inlines.isEmpty()) {
                    out.add(new Block.Paragraph(inlines, at));
                }
            }
        }
        if (!out.isEmpty()) {
            diagnostics.warning(at, "tables are set as one paragraph per row in this version");
        }
        return out;
    }
}
