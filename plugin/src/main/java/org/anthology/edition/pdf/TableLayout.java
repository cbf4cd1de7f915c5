package org.anthology.edition.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Inline;

/**
 * Lays out a table block as ruled tables across the text block: as many columns as its widest row, header rows in
 * bold and repeated at the head of every page the table runs on to, each cell in the direction of its own text.
 * A table with many columns is set smaller, down to {@link #FLOOR} of the text size; one with more columns than
 * fit even then is set as several tables of {@code width / MIN_COLUMN} columns each, one below the other, each
 * with the header rows, so no cell is ever squeezed out of sight. A table does not show its cells' chunks to the
 * page flow, so the note references in its cells are kept beside it.
 */
final class TableLayout {

    /** Tables are set no smaller than this share of the text size. */
    static final float FLOOR = 0.75f;
    /** The room a column needs at the text size before the table is set smaller. */
    private static final float COMFORTABLE_COLUMN = 60f;
    /** The narrowest column, at the smallest size: about eight letters. */
    private static final float MIN_COLUMN = 36f;
    private static final float PADDING = 3f;

    private final FontSet fonts;
    private final PdfTheme theme;
    private final Optional<HyphenationEvent> hyphenation;
    private final float size;
    private final float leading;
    private final Color rule;
    private final float width;
    private final List<String> notes = new ArrayList<>();

    /** Cells in the text size {@code size} on {@code leading}, ruled in {@code rule}, {@code width} wide at most. */
    TableLayout(FontSet fonts, PdfTheme theme, Optional<HyphenationEvent> hyphenation, float size, float leading,
                Color rule, float width) {
        this.fonts = fonts;
        this.theme = theme;
        this.hyphenation = hyphenation;
        this.size = size;
        this.leading = leading;
        this.rule = rule;
        this.width = width;
    }

    /** The table {@code table} as OpenPDF lays it out: one table, or one per group of columns that fits. */
    List<PdfPTable> layOut(Block.Table table) {
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        float factor = Math.max(FLOOR, Math.min(1f, width / (columns * COMFORTABLE_COLUMN)));
        int perGroup = Math.max(1, Math.min(columns, (int) (width / MIN_COLUMN)));
        List<PdfPTable> out = new ArrayList<>();
        for (int first = 0; first < columns; first += perGroup) {
            out.add(group(table, first, Math.min(columns, first + perGroup), factor));
        }
        return out;
    }

    /** The ids of the notes the cells laid out so far reference, in reading order. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private PdfPTable group(Block.Table table, int from, int to, float factor) {
        PdfPTable element = new PdfPTable(to - from);
        element.setWidthPercentage(100);
        element.setHeaderRows((int) table.rows().stream().filter(Block.Table.Row::header).count());
        element.setSpacingBefore(leading * 0.5f);
        element.setSpacingAfter(leading * 0.7f);
        InlineRenderer body = new InlineRenderer(fonts, theme, FontSet.Role.BODY, size * factor)
                .hyphenated(hyphenation);
        for (Block.Table.Row row : table.rows()) {
            InlineRenderer inline = row.header() ? body.bold() : body;
            for (int i = from; i < to; i++) {
                Paragraph text = fonts.paragraph(leading * factor);
                if (i < row.cells().size()) {
                    List<Inline> cell = row.cells().get(i);
                    text.addAll(inline.render(cell));
                    notes.addAll(Footnotes.referencedIn(text));
                }
                element.addCell(cell(text));
            }
        }
        return element;
    }

    private PdfPCell cell(Paragraph text) {
        PdfPCell cell = new PdfPCell();
        cell.setRunDirection(TextDirection.of(text.getContent()));
        cell.addElement(text);
        cell.setPadding(PADDING);
        cell.setBorderWidth(0.4f);
        cell.setBorderColor(rule);
        return cell;
    }
}
