package org.anthology.source;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Inline;

/**
 * Reads a GitHub-style Markdown table into a {@link Block.Table}: rows under the head are header rows, and the
 * colons of the separator row give each column its alignment.
 */
final class TableReader {

    private TableReader() {
    }

    static List<Block> read(TableBlock table, InlineConverter inlines) {
        List<Block.Table.Row> rows = new ArrayList<>();
        List<Block.Table.Alignment> alignments = new ArrayList<>();
        for (Node row : table.getDescendants()) {
            if (row instanceof TableRow && row.getParent() instanceof TableSeparator) {
                alignments = alignments(row);
            } else if (row instanceof TableRow) {
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inlines.convert(cell));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Block.Table.Row(row.getParent() instanceof TableHead, cells));
                }
            }
        }
        return rows.isEmpty() ? List.of() : List.of(new Block.Table(rows, alignments, inlines.position()));
    }

    /** The alignment of each column, from the cells of the separator row {@code separator}. */
    private static List<Block.Table.Alignment> alignments(Node separator) {
        List<Block.Table.Alignment> out = new ArrayList<>();
        for (Node cell = separator.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                TableCell.Alignment alignment = tableCell.getAlignment();
                out.add(alignment == null ? Block.Table.Alignment.DEFAULT : switch (alignment) {
                    case LEFT -> Block.Table.Alignment.LEFT;
                    case CENTER -> Block.Table.Alignment.CENTRE;
                    case RIGHT -> Block.Table.Alignment.RIGHT;
                });
            }
        }
        return out;
    }
}
