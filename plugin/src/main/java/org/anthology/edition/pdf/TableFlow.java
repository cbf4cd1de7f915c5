package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * Places a set table on as many pages as it needs, row by row: a row that does not fit above the notes it
 * references goes to the next page, where the header rows are drawn again first (marked as an artifact, as the
 * reader has read them once); a row taller than a page on its own is cut between lines, all its cells at the same
 * height. The notes a row's cells reference start on the page that shows that row. In a tagged PDF the table is a
 * {@code Table} of {@code TR} rows of {@code TH} and {@code TD} cells, in row order.
 */
final class TableFlow {

    /** Header rows taller than this share of the text block are not repeated, so every page shows some body. */
    private static final float MOST_REPEATED = 1f / 3f;

    private final PageFlow flow;
    private final SetTable table;
    private final TableDrawing drawing;
    /** The table's element and the current row's, closed while a page ends so its notes go beside the table. */
    private PdfStructureElement element;
    private PdfStructureElement row;
    /** Whether a row of the table's own, not the repeated header, stands on the current page. */
    private boolean rowsHere;

    TableFlow(PageFlow flow, SetTable table) {
        this.flow = flow;
        this.table = table;
        this.drawing = new TableDrawing(flow.canvas(), table);
    }

    /** Places every row of the table where the flow stands, and moves the flow below it. */
    void place() {
        StructureTree tags = flow.structure();
        tags.begin("Table");
        element = tags.element();
        keepHeaderWithFirstRow();
        rowsHere = !flow.atPageTop();
        if (!flow.atPageTop()) {
            flow.down(table.spacingBefore());
        }
        for (SetTable.Row each : table.rows()) {
            tags.begin("TR");
            row = tags.element();
            List<PdfStructureElement> cells = drawing.cellsOf(each);
            place(each, cells);
            tags.end();
        }
        tags.end();
        flow.down(table.spacingAfter());
    }

    /** Goes to the next page when the header rows and the first body row do not fit here. */
    private void keepHeaderWithFirstRow() {
        float needed = table.spacingBefore() + table.headerHeight();
        if (table.rows().size() > table.headerRows()) {
            int lines = table.rows().get(table.headerRows()).lines();
            // A first row taller than a page is cut anyway: then two of its lines are enough to start with.
            boolean fits = needed + table.height(lines) <= flow.top() - flow.bottom(List.of());
            needed += table.height(fits ? lines : Math.min(2, lines));
        }
        if (!flow.atPageTop() && flow.y() - needed < flow.bottom(List.of())) {
            flow.newPage();
        }
    }

    /** Places {@code each}, whose cells are tagged as {@code cells}, cut between pages where it must be. */
    private void place(SetTable.Row each, List<PdfStructureElement> cells) {
        int from = 0;
        while (from < each.lines()) {
            int count = fitting(each, from);
            if (count < each.lines() - from && from == 0 && rowsHere) {
                nextPage();
                continue;
            }
            count = Math.max(1, Math.min(count, each.lines() - from));
            flow.footnotes().place(flow.footnotes().pending(each.notesOn(from, from + count)));
            drawing.draw(each, cells, from, from + count, flow.left() + table.indent(), flow.y());
            flow.down(table.height(count));
            rowsHere |= !each.header();
            from += count;
            if (from < each.lines()) {
                nextPage();
            }
        }
    }

    /**
     * How many lines of {@code each} from its line {@code from} fit on this page above the notes they reference,
     * the row's padding included.
     */
    private int fitting(SetTable.Row each, int from) {
        int count = each.lines() - from;
        while (count > 0) {
            List<String> notes = flow.footnotes().pending(each.notesOn(from, from + count));
            if (flow.y() - table.height(count) >= flow.bottom(notes) - 0.01f) {
                return count;
            }
            count--;
        }
        return 0;
    }

    /** Ends the page, with the table's and the row's elements closed, and opens the next with the header rows. */
    private void nextPage() {
        StructureTree tags = flow.structure();
        if (element != null) {
            tags.end();
            tags.end();
        }
        flow.newPage();
        if (element != null) {
            tags.begin(element);
            tags.begin(row);
        }
        rowsHere = false;
        if (table.headerHeight() <= MOST_REPEATED * (flow.y() - flow.bottom(List.of()))) {
            for (int i = 0; i < table.headerRows(); i++) {
                SetTable.Row header = table.rows().get(i);
                drawing.drawRepeated(header, flow.left() + table.indent(), flow.y());
                flow.down(table.height(header.lines()));
            }
        }
    }
}
