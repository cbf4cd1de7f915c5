package org.anthology.edition.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;

/**
 * Lays out a table block as a ruled table across the text block: as many columns as its widest row, header rows in
 * bold and repeated at the head of every page the table runs on to, each cell in the direction of its own text.
 * A table does not show its cells' chunks to the page flow, so the note references in its cells are kept beside it.
 */
final class TableLayout {

    private final FontSet fonts;
    private final InlineRenderer body;
    private final float leading;
    private final Color rule;
    private final List<String> notes = new ArrayList<>();

    /** Cells set with {@code body} on {@code leading}, ruled in {@code rule}. */
    TableLayout(FontSet fonts, InlineRenderer body, float leading, Color rule) {
        this.fonts = fonts;
        this.body = body;
        this.leading = leading;
        this.rule = rule;
    }

    /** The table {@code table} as OpenPDF lays it out. */
    PdfPTable layOut(Block.Table table) {
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        PdfPTable element = new PdfPTable(columns);
        element.setWidthPercentage(100);
        element.setHeaderRows((int) table.rows().stream().filter(Block.Table.Row::header).count());
        element.setSpacingBefore(leading * 0.5f);
        element.setSpacingAfter(leading * 0.7f);
        for (Block.Table.Row row : table.rows()) {
            InlineRenderer inline = row.header() ? body.bold() : body;
            for (int i = 0; i < columns; i++) {
                Paragraph text = fonts.paragraph(leading);
                if (i < row.cells().size()) {
                    text.addAll(inline.render(row.cells().get(i)));
                    notes.addAll(Footnotes.referencedIn(text));
                }
                element.addCell(cell(text));
            }
        }
        return element;
    }

    /** The ids of the notes the cells laid out so far reference, in reading order. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private PdfPCell cell(Paragraph text) {
        PdfPCell cell = new PdfPCell();
        cell.setRunDirection(TextDirection.of(text.getContent()));
        cell.addElement(text);
        cell.setPadding(3f);
        cell.setBorderWidth(0.4f);
        cell.setBorderColor(rule);
        return cell;
    }
}
