package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.anthology.edition.LayoutProblem;

/**
 * The body's page flow: pours blocks into the text block of one page after another, leaving room at each page's
 * foot for the footnotes its lines reference. Every paragraph, heading, verse line, scene break, note label, list
 * marker and spacer comes set into lines ({@link SetParagraph}), right-to-left text and inline pictures included,
 * which the flow cuts between pages by whole lines so that neither a paragraph's first nor its last line stands
 * alone and every note starts on the page of the line that references it; tables come set row by row. Of a
 * chapter's blocks only a table with a cell the line layer cannot set (a picture in a cell) is poured through
 * OpenPDF's column layout, as are the title page's lines, the contents entries and a chapter
 * opener's subtitle, byline and epigraph, which {@link #add(Element)} takes. A heading goes to the next page unless
 * two lines of text fit after it.
 */
final class PageFlow implements Flow {

    /** Room for rounding when a column is cut to hold an exact number of lines. */
    private static final float SLACK = 0.01f;

    private final Document document;
    private final PdfWriter writer;
    private final Footnotes footnotes;
    private final float bodyLeading;
    private final ColumnText column;
    private final ParagraphSetter setter;
    private final ParagraphSetter.LineCount statistics;
    private SetAhead ahead = SetAhead.none();
    private float y;

    /** A flow that starts at the top of the writer's current page, setting paragraphs with {@code setter}. */
    PageFlow(Document document, PdfWriter writer, Footnotes footnotes, float bodyLeading, ParagraphSetter setter) {
        this.setter = setter;
        this.statistics = setter.count();
        this.document = document;
        this.writer = writer;
        this.footnotes = footnotes;
        this.bodyLeading = bodyLeading;
        this.column = new ColumnText(writer.getDirectContent());
        this.y = page().top();
    }

    /**
     * Takes the paragraphs {@code ahead} sets where they were set at this flow's measure and in its style, and the
     * footnotes it sets where they were set for the foot's measure.
     */
    void setAhead(SetAhead ahead) {
        this.ahead = ahead;
        footnotes.setAhead(ahead);
    }

    /** The width of the current page's text block, the measure paragraphs are set to. */
    float width() {
        return page().right() - page().left();
    }

    /** The notes of the next chapter's pages; see {@link Footnotes#chapter}. */
    Footnotes footnotes() {
        return footnotes;
    }

    /**
     * Ends the current page, with its footnotes, and goes on at the top of the next, at whose foot the rest of a
     * note split on this page goes on.
     */
    void newPage() {
        PdfDocument page = page();
        footnotes.draw(writer.getDirectContent(), page.left(), page.right(), page.bottom(), y);
        writer.setPageEmpty(false);
        document.newPage();
        y = page().top();
    }

    /** Ends the current page and the pages that hold the rest of a note split before, as a chapter ends. */
    void endChapter() {
        newPage();
        while (footnotes.carried()) {
            newPage();
        }
    }

    /** Leaves the current, empty page blank, as {@code blank} marks it, and goes on at the top of the next. */
    void blankPage(Runnable blank) {
        blank.run();
        newPage();
    }

    /** Moves down by {@code height} points, as a chapter opener's drop does. */
    void skip(float height) {
        y -= height;
    }

    /** Ends the last page of the body, with its footnotes and the pages that hold the rest of a split note. */
    void finish() {
        PdfDocument page = page();
        footnotes.draw(writer.getDirectContent(), page.left(), page.right(), page.bottom(), y);
        while (footnotes.carried()) {
            writer.setPageEmpty(false);
            document.newPage();
            y = page().top();
            page = page();
            footnotes.draw(writer.getDirectContent(), page.left(), page.right(), page.bottom(), y);
        }
    }

    @Override
    public void add(Element element) {
        add(element, Footnotes.referencedIn(element));
    }

    /** Adds {@code element}, its notes {@code notes} on the page where it starts. */
    @Override
    public void add(Element element, List<String> notes) {
        List<String> pending = footnotes.pending(notes);
        if (!pending.isEmpty() && !atPageTop() && y - bottom(pending) < bodyLeading) {
            newPage();
        }
        footnotes.place(pending);
        column.addElement(element);
        while ((pour(bottom(List.of())) & ColumnText.NO_MORE_TEXT) == 0) {
            newPage();
        }
    }

    /**
     * Adds the heading {@code make} builds, set into lines and kept on one page with two lines of what follows.
     */
    @Override
    public void addHeading(Supplier<Paragraph> make) {
        Optional<SetAhead.Preset> preset = ahead.take(make, width());
        List<SetParagraph> parts;
        List<String> notes;
        if (preset.isPresent()) {
            parts = preset.get().use(statistics);
            notes = preset.get().notes();
        } else {
            Paragraph heading = make.get();
            parts = setter.parts(heading, width());
            if (parts.isEmpty()) {
                add(heading);
                return;
            }
            notes = Footnotes.referencedIn(heading);
        }
        float needed = 2 * bodyLeading;
        for (SetParagraph lines : parts) {
            needed += lines.spacingBefore() + lines.lines().size() * lines.leading() + lines.spacingAfter();
        }
        if (y - bottom(footnotes.pending(notes)) < needed && !atPageTop()) {
            newPage();
        }
        parts.forEach(this::place);
    }

    /**
     * Adds the paragraph {@code make} builds, set into lines once by the total-fit breaker and cut between pages by
     * whole lines; a paragraph the line layer cannot set is added whole.
     */
    @Override
    public void addParagraph(Supplier<Paragraph> make) {
        Optional<SetAhead.Preset> preset = ahead.take(make, width());
        if (preset.isPresent()) {
            preset.get().use(statistics).forEach(this::place);
            return;
        }
        Paragraph paragraph = make.get();
        List<SetParagraph> parts = setter.parts(paragraph, width());
        if (parts.isEmpty()) {
            add(paragraph);
            return;
        }
        parts.forEach(this::place);
    }

    @Override
    public void addItem(Supplier<Paragraph> make, List<Chunk> marker) {
        if (marker.isEmpty()) {
            addParagraph(make);
            return;
        }
        Optional<SetAhead.Preset> preset = ahead.take(make, width());
        if (preset.isPresent() && preset.get().direction() != PdfWriter.RUN_DIRECTION_RTL) {
            placeItem(preset.get().use(statistics), marker);
            return;
        }
        Paragraph paragraph = make.get();
        if (TextDirection.ofParagraph(paragraph) == PdfWriter.RUN_DIRECTION_RTL) {
            // A right-to-left item's marker stands at its start, the right, as the line's first word.
            Paragraph marked = Flow.markedFirst(paragraph, marker);
            addParagraph(() -> marked);
            return;
        }
        List<SetParagraph> parts = setter.parts(paragraph, width());
        if (parts.isEmpty()) {
            Flow.super.addItem(() -> paragraph, marker);
            return;
        }
        placeItem(parts, marker);
    }

    /** Places a list item's first paragraph, set as {@code parts}, with {@code marker} hung before its first line. */
    private void placeItem(List<SetParagraph> parts, List<Chunk> marker) {
        place(parts.get(0).withMarker(ParagraphSetter.marker(marker, -BlockRenderer.LIST_INDENT)));
        parts.subList(1, parts.size()).forEach(this::place);
    }

    /**
     * Places the lines of {@code paragraph} on as many pages as they need: as many on each as fit above the notes
     * they reference, never its first or last line alone on a page.
     */
    void place(SetParagraph paragraph) {
        List<SetLine> lines = paragraph.lines();
        structure().runs(TaggedRuns.linked(lines));
        ParagraphLines shape = new ParagraphLines(lines.size(), paragraph.leading(), paragraph.spacingBefore(),
                noteLines(lines));
        int placed = 0;
        while (true) {
            float before = placed == 0 && !atPageTop() ? shape.spacingBefore() : 0f;
            int count = linesHere(shape, placed, before);
            if (count == 0 && !atPageTop()) {
                newPage();
                continue;
            }
            count = Math.max(count, 1);
            footnotes.place(footnotes.pending(shape.notesOn(placed, placed + count)));
            y -= before;
            float left = page().left() + paragraph.indent();
            for (int i = placed; i < placed + count; i++) {
                y -= shape.leading();
                if (i == 0) {
                    LineDrawing.draw(writer.getDirectContent(), paragraph.marker(), left, y);
                }
                LineDrawing.draw(writer.getDirectContent(), lines.get(i).runs(), left, y);
            }
            placed += count;
            if (placed == lines.size()) {
                y -= paragraph.spacingAfter();
                return;
            }
            newPage();
        }
    }

    /**
     * How many of the paragraph's lines after the first {@code placed} to set on this page: as many as fit above
     * the notes they reference (the last of them may be split, its first lines on this page), less one where the
     * next page would get the last line alone, and none where this page would get the first line alone.
     */
    private int linesHere(ParagraphLines paragraph, int placed, float before) {
        int count = Math.min(paragraph.total() - placed,
                fitting(footnotes.heightWith(List.of()), paragraph.leading(), before));
        while (count > 0) {
            List<String> notes = footnotes.pending(paragraph.notesOn(placed, placed + count));
            if (fitting(footnotes.heightWith(notes), paragraph.leading(), before) >= count
                    || fitting(footnotes.leastHeightWith(notes), paragraph.leading(), before) >= count) {
                break;
            }
            count--;
        }
        if (paragraph.total() - placed - count == 1) {
            count--;
        }
        if (placed == 0 && count == 1 && paragraph.total() > 1) {
            count = 0;
        }
        return Math.max(count, 0);
    }

    private int fitting(float notes, float leading, float before) {
        return (int) Math.floor((y - before - page().bottom() - notes + SLACK) / leading);
    }

    /** The lines of {@code lines} on which note references stand, with their notes. */
    private static List<ParagraphLines.NoteLine> noteLines(List<SetLine> lines) {
        List<ParagraphLines.NoteLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String id : lines.get(i).notes()) {
                out.add(new ParagraphLines.NoteLine(id, i + 1));
            }
        }
        return out;
    }

    /** Sets what the column holds down to {@code bottom}, or as far as it fits; returns the column's status. */
    private int pour(float bottom) {
        PdfDocument page = page();
        boolean top = atPageTop();
        column.setSimpleColumn(page.left(), bottom, page.right(), y);
        // At a page's head the space before an element is dropped, as it would be at the head of a column.
        column.setAdjustFirstLine(top);
        int[] status = new int[1];
        structure().content(writer.getDirectContent(), () -> status[0] = column.go());
        if (top && (status[0] & ColumnText.NO_MORE_TEXT) == 0 && column.getYLine() >= y) {
            throw new LayoutProblem("this block is taller than the text block of an empty page. Give the PDF theme "
                    + "a larger page size or smaller margins, or shorten the block");
        }
        y = column.getYLine();
        return status[0];
    }

    /**
     * Adds the table {@code table}, laid out by {@code layout}: set into lines and placed row by row
     * ({@link TableFlow}), or through the column layout when a cell is one the line layer cannot set.
     */
    @Override
    public void addTable(TableLayout layout, org.anthology.model.Block.Table table) {
        Optional<List<SetTable>> set = layout.set(table, setter);
        if (set.isEmpty()) {
            Flow.super.addTable(layout, table);
            return;
        }
        set.get().forEach(each -> new TableFlow(this, each).place());
    }

    /** Where the flow stands: the top of what it places next. */
    float y() {
        return y;
    }

    /** Moves the flow down by {@code height} points, below what was just drawn. */
    void down(float height) {
        y -= height;
    }

    /** The left edge of the current page's text block. */
    float left() {
        return page().left();
    }

    /** The top of the current page's text block. */
    float top() {
        return page().top();
    }

    /** The content stream the flow draws into. */
    com.lowagie.text.pdf.PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    @Override
    public StructureTree structure() {
        return StructureTree.of(writer);
    }

    /** The foot of the text above the current page's notes, with the notes {@code more} added. */
    float bottom(List<String> more) {
        return page().bottom() + footnotes.heightWith(more);
    }

    boolean atPageTop() {
        return y >= page().top() - 0.5f;
    }

    /** The document of the current page: its margins are those of that page, mirrored about the binding. */
    private PdfDocument page() {
        return writer.getDirectContent().getPdfDocument();
    }
}
