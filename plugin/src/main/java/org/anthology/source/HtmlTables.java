package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.anthology.model.Block;
import org.anthology.model.Inline;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML table into a {@link Block.Table}: rows in order from {@code thead}, {@code tbody}, {@code tfoot} or
 * the table itself, header rows being those in {@code thead} or made only of {@code th} cells. A caption becomes a
 * paragraph before the table, so its words are kept.
 */
final class HtmlTables {

    private final HtmlContext context;
    private final HtmlInlines inlines;

    HtmlTables(HtmlContext context, HtmlInlines inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    /** The blocks of {@code table}; {@code blocks} converts flow content such as the caption. */
    List<Block> table(Element table, Function<Element, List<Block>> blocks) {
        List<Block> out = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> out.addAll(blocks.apply(child));
                case "thead", "tbody", "tfoot" -> child.children().forEach(tr -> row(tr, child, rows));
                default -> row(child, table, rows);
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows, context.at(table)));
        }
        return out;
    }

    private void row(Element tr, Element group, List<Block.Table.Row> rows) {
        if (!tr.normalName().equals("tr")) {
            return;
        }
        List<List<Inline>> cells = new ArrayList<>();
        boolean allHeaders = true;
        for (Element cell : tr.children()) {
            if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                cells.add(inlines.convert(cell));
                allHeaders &= cell.normalName().equals("th");
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new Block.Table.Row(group.normalName().equals("thead") || allHeaders, cells));
        }
    }
}
