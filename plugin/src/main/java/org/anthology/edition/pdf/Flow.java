package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where laid-out blocks go: the document's pages ({@link PageFlow}), which may break a page early to keep a heading
 * with its text or a paragraph's first and last lines with the rest, or a container such as a list item, which
 * takes elements as they come.
 */
interface Flow {

    /** Adds {@code element} where the flow stands. */
    void add(Element element);

    /**
     * Adds {@code element}, which references the notes {@code notes} in parts whose chunks it does not show, such
     * as a table's cells; a container has no page foot for them and ignores them.
     */
    default void add(Element element, List<String> notes) {
        add(element);
    }

    /**
     * Adds the heading {@code make} builds, keeping it on one page with at least two lines of the text that follows.
     * Measuring uses up a paragraph, so {@code make} gives a new one on every call.
     */
    default void addHeading(Supplier<Paragraph> make) {
        add(make.get());
    }

    /** Adds the paragraph {@code make} builds, avoiding a single line of it alone at a page's foot or head. */
    default void addParagraph(Supplier<Paragraph> make) {
        add(make.get());
    }

    /**
     * Adds the paragraph {@code make} builds with {@code marker}, a list item's bullet or number, before its first
     * line; a container sets the marker at the line's start.
     */
    default void addItem(Supplier<Paragraph> make, List<Chunk> marker) {
        if (marker.isEmpty()) {
            addParagraph(make);
            return;
        }
        add(markedFirst(make.get(), marker));
    }

    /** {@code paragraph} with {@code marker} and a no-break space as the words its first line starts with. */
    static Paragraph markedFirst(Paragraph paragraph, List<Chunk> marker) {
        List<Chunk> label = new java.util.ArrayList<>(marker);
        label.add(new Chunk("\u00A0", marker.get(0).getFont()));
        paragraph.addAll(0, label);
        return paragraph;
    }

    /**
     * Adds the table {@code table} as {@code layout} lays it out; a container takes it as OpenPDF tables, one
     * division of the reading order, whose cells' note references go with them.
     */
    default void addTable(TableLayout layout, org.anthology.model.Block.Table table) {
        // The column layout sets a table's rows in one go, so the table is one division of the reading order.
        structure().begin("Div");
        for (com.lowagie.text.pdf.PdfPTable element : layout.layOut(table)) {
            add(element, layout.notes());
        }
        structure().end();
    }

    /** The structure tree the flow's content is tagged in; one that tags nothing outside a tagged document. */
    default StructureTree structure() {
        return StructureTree.of(null);
    }

    /** A flow into a container, which never breaks pages. */
    static Flow into(Consumer<Element> container) {
        return container::accept;
    }
}
