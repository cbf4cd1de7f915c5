package org.anthology.edition.pdf;

import com.lowagie.text.Element;
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
 * bold and repeated at the head of every page the table runs on to, each column's cells aligned as the table's
 * alignment row asks. A table with many columns is set smaller, down to {@link #FLOOR} of the text size; one with
 * more columns than fit even then is set as several tables of {@code width / MIN_COLUMN} columns each, one below the
 * other, each with the header rows, so no cell is ever squeezed out of sight.
 *
 * <p>The line layer sets each cell into lines ({@link #set}), columns as wide as {@link ColumnWidths} shares them;
 * a table with a cell the line layer cannot set (a picture, right-to-left text), or one set into a container, is
 * laid out as OpenPDF tables of equal columns ({@link #layOut}), which do not show their cells' chunks to the page
 * flow, so the note references in its cells are kept beside it.
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
    private final float indent;
    private final List<String> notes = new ArrayList<>();

    /**
     * Cells in the text size {@code size} on {@code leading}, ruled in {@code rule}, {@code width} wide at most and
     * standing {@code indent} in from the text block's left edge.
     */
    TableLayout(FontSet fonts, PdfTheme theme, Optional<HyphenationEvent> hyphenation, float size, float leading,
                Color rule, float width, float indent) {
        this.fonts = fonts;
        this.theme = theme;
        this.hyphenation = hyphenation;
        this.size = size;
        this.leading = leading;
        this.rule = rule;
        this.width = width;
        this.indent = indent;
    }

    /**
     * The table {@code table} set into lines by {@code setter}, one set table per group of columns that fits, or
     * empty when the line layer cannot set one of its cells.
     */
    Optional<List<SetTable>> set(Block.Table table, ParagraphSetter setter) {
        int columns = columns(table);
        float factor = factor(columns);
        int perGroup = perGroup(columns);
        int headers = headerRows(table);
        List<SetTable> out = new ArrayList<>();
        for (int first = 0; first < columns; first += perGroup) {
            List<List<Paragraph>> cells = cells(table, first, Math.min(columns, first + perGroup), factor);
            CellLines lines = new CellLines(cells, width, PADDING, MIN_COLUMN * FLOOR);
            List<SetTable.Row> rows = new ArrayList<>();
            for (int r = 0; r < cells.size(); r++) {
                Optional<SetTable.Row> row = lines.row(table.rows().get(r).header(), cells.get(r), setter);
                if (row.isEmpty()) {
                    return Optional.empty();
                }
                rows.add(row.get());
            }
            out.add(new SetTable(lines.columns(), headers, rows, leading * factor, PADDING, rule, indent,
                    leading * 0.5f, leading * 0.7f));
        }
        return Optional.of(out);
    }

    /** The table {@code table} as OpenPDF lays it out: one table, or one per group of columns that fits. */
    List<PdfPTable> layOut(Block.Table table) {
        int columns = columns(table);
        int perGroup = perGroup(columns);
        List<PdfPTable> out = new ArrayList<>();
        for (int first = 0; first < columns; first += perGroup) {
            int to = Math.min(columns, first + perGroup);
            PdfPTable element = new PdfPTable(to - first);
            element.setWidthPercentage(100);
            element.setHeaderRows(headerRows(table));
            element.setSpacingBefore(leading * 0.5f);
            element.setSpacingAfter(leading * 0.7f);
            for (List<Paragraph> row : cells(table, first, to, factor(columns))) {
                for (Paragraph text : row) {
                    notes.addAll(Footnotes.referencedIn(text));
                    element.addCell(cell(text));
                }
            }
            out.add(element);
        }
        return out;
    }

    /** The ids of the notes the cells laid out so far reference, in reading order. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private static int columns(Block.Table table) {
        return table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
    }

    /** The rows at the table's head that are header rows, which repeat on every page. */
    private static int headerRows(Block.Table table) {
        int count = 0;
        while (count < table.rows().size() && table.rows().get(count).header()) {
            count++;
        }
        return count;
    }

    private float factor(int columns) {
        return Math.max(FLOOR, Math.min(1f, width / (columns * COMFORTABLE_COLUMN)));
    }

    private int perGroup(int columns) {
        return Math.max(1, Math.min(columns, (int) (width / MIN_COLUMN)));
    }

    /** The paragraphs of the cells in columns {@code from} to {@code to} of each row, empty past a row's end. */
    private List<List<Paragraph>> cells(Block.Table table, int from, int to, float factor) {
        InlineRenderer body = new InlineRenderer(fonts, theme, FontSet.Role.BODY, size * factor)
                .hyphenated(hyphenation);
        List<List<Paragraph>> out = new ArrayList<>();
        for (Block.Table.Row row : table.rows()) {
            InlineRenderer inline = row.header() ? body.bold() : body;
            List<Paragraph> cells = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Paragraph text = fonts.paragraph(leading * factor);
                if (table.alignment(i) != Block.Table.Alignment.DEFAULT) {
                    text.setAlignment(alignment(table.alignment(i)));
                }
                if (i < row.cells().size()) {
                    text.addAll(inline.render(row.cells().get(i)));
                }
                cells.add(text);
            }
            out.add(cells);
        }
        return out;
    }

    private static int alignment(Block.Table.Alignment alignment) {
        return switch (alignment) {
            case CENTRE -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case LEFT, DEFAULT -> Element.ALIGN_LEFT;
        };
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
