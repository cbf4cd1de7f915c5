package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The footnotes of the page being laid out: the notes whose first reference stands on the page, set below a short
 * rule at the foot of the text block. The page flow asks how much room a line's notes would take before it places
 * the line, so a note always stands on the page of its first reference and the text above makes room for it.
 *
 * <p>A reference chunk carries its note's id as a generic tag ({@link #tag(String)}), which is how the flow finds the
 * references in what it lays out. A note taller than half the text block cannot stand at a page's foot; it stays
 * with the notes that are set at the chapter's end.
 */
final class Footnotes {

    private static final String TAG = "note:";
    private static final float UNLIMITED = 1_000_000f;

    private final float width;
    private final float maxHeight;
    private final float gap;
    private final Color rule;
    private final Set<String> placed = new HashSet<>();
    private final List<String> onPage = new ArrayList<>();
    private Map<String, Supplier<List<Element>>> notes = Map.of();
    private final Map<String, Float> heights = new HashMap<>();
    private float height;

    /**
     * Notes for a text block {@code width} wide and {@code blockHeight} high; {@code gap} is the room between the
     * text and the notes, where the rule stands in the colour {@code rule}.
     */
    Footnotes(float width, float blockHeight, float gap, Color rule) {
        this.width = width;
        this.maxHeight = blockHeight / 2;
        this.gap = gap;
        this.rule = rule;
    }

    /** The generic tag of a reference to the note {@code id}. */
    static String tag(String id) {
        return TAG + id;
    }

    /** The note ids that the chunks of {@code element} reference, in reading order. */
    static List<String> referencedIn(Element element) {
        List<String> out = new ArrayList<>();
        for (Element chunk : element.getChunks()) {
            String id = idOf(chunk);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** The note id that {@code element} references, or null when it is no note reference. */
    static String idOf(Element element) {
        if (element instanceof Chunk chunk && chunk.hasAttributes()
                && chunk.getChunkAttributes().get(Chunk.GENERICTAG) instanceof String tag && tag.startsWith(TAG)) {
            return tag.substring(TAG.length());
        }
        return null;
    }

    /** The notes of the chapter now being laid out, by id; each supplier makes the note's elements afresh. */
    void chapter(Map<String, Supplier<List<Element>>> chapterNotes) {
        notes = Map.copyOf(chapterNotes);
    }

    /** Those of {@code ids} whose notes go to a page's foot and are not placed yet, without repeats. */
    List<String> pending(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (notes.containsKey(id) && !placed.contains(id) && !out.contains(id) && heightOf(id) <= maxHeight) {
                out.add(id);
            }
        }
        return out;
    }

    /** Whether the note {@code id} was set at the foot of a page. */
    boolean isPlaced(String id) {
        return placed.contains(id);
    }

    /**
     * The room the current page's notes would take above the bottom margin, rule and gap included, with the notes
     * {@code ids} added.
     */
    float heightWith(List<String> ids) {
        float added = 0f;
        for (String id : ids) {
            added += heightOf(id);
        }
        return onPage.isEmpty() && ids.isEmpty() ? 0f : height + added + gap;
    }

    /** Puts the notes {@code ids} on the current page. */
    void place(List<String> ids) {
        for (String id : ids) {
            if (placed.add(id)) {
                onPage.add(id);
                height += heightOf(id);
            }
        }
    }

    /**
     * Draws the current page's notes between {@code left} and {@code right}, ending at {@code bottom}, with a rule
     * above them, and starts an empty set for the next page.
     */
    void draw(PdfContentByte canvas, float left, float right, float bottom) {
        if (onPage.isEmpty()) {
            return;
        }
        float top = bottom + height;
        StructureTree tags = StructureTree.of(canvas.getPdfWriter());
        tags.artifact(canvas, "Layout", () -> {
            canvas.saveState();
            canvas.setLineWidth(0.4f);
            canvas.setColorStroke(rule);
            canvas.moveTo(left, top + gap / 2);
            canvas.lineTo(left + (right - left) / 3, top + gap / 2);
            canvas.stroke();
            canvas.restoreState();
        });
        // One column run per note, as each was measured alone: a run drops the space before its first element.
        float y = top;
        for (String id : onPage) {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(left, bottom - 1f, right, y);
            notes.get(id).get().forEach(column::addElement);
            tags.beginBeside("Note");
            tags.content(canvas, column::go);
            tags.end();
            y = column.getYLine();
        }
        onPage.clear();
        height = 0f;
    }

    private float heightOf(String id) {
        return heights.computeIfAbsent(id, key -> {
            ColumnText column = new ColumnText(null);
            column.setSimpleColumn(0, 0, width, UNLIMITED);
            notes.get(key).get().forEach(column::addElement);
            column.go(true);
            return UNLIMITED - column.getYLine();
        });
    }
}
