package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the rows of a set table into a page's content stream: each cell ruled round in the table's rule colour and
 * its lines inside the padding, the lines of each cell marked as the content of its {@code TH} or {@code TD}
 * element; a header row repeated on a later page is drawn as a pagination artifact.
 */
final class TableDrawing {

    private static final float RULE_WIDTH = 0.4f;
    /** The first baseline stands this share of the leading below the padding, centring the text in its line. */
    private static final float FIRST_BASELINE = 0.8f;
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");

    private final PdfContentByte canvas;
    private final SetTable table;
    private final StructureTree tags;

    TableDrawing(PdfContentByte canvas, SetTable table) {
        this.canvas = canvas;
        this.table = table;
        this.tags = StructureTree.of(canvas.getPdfWriter());
    }

    /**
     * The elements of {@code row}'s cells, kids of the current {@code TR} in column order: {@code TH} for a header
     * row's, which label their column, {@code TD} for the others'; nulls when the document is not tagged.
     */
    List<PdfStructureElement> cellsOf(SetTable.Row row) {
        List<PdfStructureElement> out = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!tags.tagged()) {
                out.add(null);
                continue;
            }
            PdfStructureElement cell = tags.kid(row.header() ? "TH" : "TD");
            if (row.header()) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, PdfName.TABLE);
                attributes.put(SCOPE, COLUMN);
                cell.put(PdfName.A, attributes);
            }
            out.add(cell);
        }
        return out;
    }

    /**
     * Draws lines {@code from} to {@code to} (exclusive) of {@code row}, tagged as {@code cells}, with the table's
     * left edge at {@code left} and the row's top at {@code top}.
     */
    void draw(SetTable.Row row, List<PdfStructureElement> cells, int from, int to, float left, float top) {
        tags.artifact(canvas, "Layout", () -> rules(left, top, table.height(to - from)));
        for (int i = 0; i < row.cells().size(); i++) {
            List<SetLine> lines = slice(row.cells().get(i), from, to);
            if (lines.isEmpty()) {
                continue;
            }
            tags.begin(cells.get(i));
            tags.runs(TaggedRuns.linked(lines));
            lines(lines, left + table.columns().get(i).x(), top);
            tags.end();
        }
    }

    /** Draws the whole of the header row {@code row} again, at the head of a later page, as an artifact. */
    void drawRepeated(SetTable.Row row, float left, float top) {
        tags.beginArtifact();
        tags.artifact(canvas, "Pagination", () -> {
            rules(left, top, table.height(row.lines()));
            for (int i = 0; i < row.cells().size(); i++) {
                lines(row.cells().get(i), left + table.columns().get(i).x(), top);
            }
        });
        tags.endArtifact();
    }

    private void lines(List<SetLine> lines, float x, float top) {
        float baseline = top - table.padding() - FIRST_BASELINE * table.leading();
        for (SetLine line : lines) {
            LineDrawing.draw(canvas, line.runs(), x + table.padding(), baseline);
            baseline -= table.leading();
        }
    }

    /** The rules round each cell of a row {@code height} high. */
    private void rules(float left, float top, float height) {
        canvas.saveState();
        canvas.setLineWidth(RULE_WIDTH);
        canvas.setColorStroke(table.rule());
        for (SetTable.Column column : table.columns()) {
            canvas.rectangle(left + column.x(), top - height, column.width(), height);
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private static List<SetLine> slice(List<SetLine> lines, int from, int to) {
        return from >= lines.size() ? List.of() : lines.subList(from, Math.min(to, lines.size()));
    }
}
