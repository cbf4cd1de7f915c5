package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The footnotes of the page being laid out: the notes whose first reference stands on the page, set into lines
 * ({@link NoteLines}) below a short rule at the foot of the text block. The page flow asks how much room a line's
 * notes would take before it places the line, so a note always starts on the page of its first reference and the
 * text above makes room for it. A note longer than the room left on its page keeps its first
 * {@link #LEAST_LINES} lines there and goes on at the foot of the next page, as TeX splits an insertion.
 *
 * <p>A reference chunk carries its note's id as a generic tag ({@link #tag(String)}), which is how the flow finds the
 * references in what it lays out. A note taller than half the text block, or one the line layer cannot set, cannot
 * stand at a page's foot; it stays with the notes that are set at the chapter's end.
 */
final class Footnotes {

    /** A split note keeps at least this many lines on its reference's page. */
    static final int LEAST_LINES = 2;
    private static final String TAG = "note:";

    private final NoteLines setter;
    private final float maxHeight;
    private final float gap;
    private final Color rule;
    private final Set<String> placed = new HashSet<>();
    private final List<NoteLines.Line> onPage = new ArrayList<>();
    /** The first line of each note on {@link #onPage}, where its {@code Note} element opens. */
    private final java.util.Set<NoteLines.Line> starts =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The {@code Note} element of the last note drawn, which a note split over two pages goes on in. */
    private com.lowagie.text.pdf.PdfStructureElement note;
    private final Map<String, Optional<List<NoteLines.Line>>> lines = new HashMap<>();
    private Map<String, Supplier<List<Element>>> notes = Map.of();
    private int chapter = -1;
    private SetAhead ahead = SetAhead.none();
    private float height;
    private boolean carried;

    /**
     * Notes set by {@code setter} for a text block {@code blockHeight} high; {@code gap} is the room between the
     * text and the notes, where the rule stands in the colour {@code rule}.
     */
    Footnotes(NoteLines setter, float blockHeight, float gap, Color rule) {
        this.setter = setter;
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

    /** Takes the notes {@code ahead} sets where they were set for this chapter at this foot's measure. */
    void setAhead(SetAhead ahead) {
        this.ahead = ahead;
    }

    /**
     * The notes of chapter {@code index} of the book, now being laid out, by id; each supplier makes the note's
     * elements afresh.
     */
    void chapter(int index, Map<String, Supplier<List<Element>>> chapterNotes) {
        chapter = index;
        notes = Map.copyOf(chapterNotes);
        // Only this chapter's notes can be placed from now on: the lines set for the last chapter's are let go.
        lines.clear();
    }

    /** Those of {@code ids} whose notes go to a page's foot and are not placed yet, without repeats. */
    List<String> pending(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (notes.containsKey(id) && !placed.contains(id) && !out.contains(id) && linesOf(id).isPresent()
                    && NoteLines.height(linesOf(id).get()) <= maxHeight) {
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
            added += NoteLines.height(linesOf(id).orElseThrow());
        }
        return onPage.isEmpty() && ids.isEmpty() ? 0f : height + added + gap;
    }

    /**
     * The least room the current page's notes would take with the notes {@code ids} added, the last of them split
     * after its first {@link #LEAST_LINES} lines.
     */
    float leastHeightWith(List<String> ids) {
        if (ids.isEmpty()) {
            return heightWith(ids);
        }
        List<NoteLines.Line> last = linesOf(ids.get(ids.size() - 1)).orElseThrow();
        float split = NoteLines.height(last.subList(0, Math.min(LEAST_LINES, last.size())));
        return heightWith(ids.subList(0, ids.size() - 1)) + (onPage.isEmpty() && ids.size() == 1 ? gap : 0f)
                + split;
    }

    /** Puts the notes {@code ids} on the current page. */
    void place(List<String> ids) {
        for (String id : ids) {
            if (placed.add(id)) {
                // A placed note is never set again: its lines go to the page and leave the map, which would
                // otherwise hold every note of the book until the end.
                List<NoteLines.Line> set = linesOf(id).orElseThrow();
                lines.remove(id);
                onPage.addAll(set);
                set.stream().findFirst().ifPresent(starts::add);
                height += NoteLines.height(set);
            }
        }
    }

    /** Whether the current page holds the rest of a note split on the page before. */
    boolean carried() {
        return carried;
    }

    /**
     * Draws the current page's notes between {@code left} and {@code right}, ending at {@code bottom}, with a rule
     * above them, as many lines as fit below the text that ends at {@code textFoot}; the lines that do not fit go
     * on at the foot of the next page.
     */
    void draw(PdfContentByte canvas, float left, float right, float bottom, float textFoot) {
        if (onPage.isEmpty()) {
            return;
        }
        float room = textFoot - gap - bottom;
        int fit = 0;
        float used = 0f;
        while (fit < onPage.size() && (fit == 0 || used + onPage.get(fit).advance() <= room + 0.01f)) {
            used += onPage.get(fit++).advance();
        }
        float top = bottom + used;
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
        float y = top;
        boolean open = false;
        for (NoteLines.Line line : onPage.subList(0, fit)) {
            y -= line.advance();
            if (starts.remove(line) || note == null) {
                if (open) {
                    tags.end();
                }
                note = tags.beginBeside("Note");
            } else if (!open) {
                tags.begin(note);
            }
            open = true;
            LineDrawing.draw(canvas, line.marker(), left + line.indent(), y);
            LineDrawing.draw(canvas, line.runs(), left + line.indent(), y);
        }
        if (open) {
            tags.end();
        }
        onPage.subList(0, fit).clear();
        carried = !onPage.isEmpty();
        height = NoteLines.height(onPage);
    }

    /** How many notes are set and held for placing: the ones asked about and not placed yet, this chapter's only. */
    int held() {
        return lines.size();
    }

    private Optional<List<NoteLines.Line>> linesOf(String id) {
        return lines.computeIfAbsent(id, key -> ahead.takeNote(chapter, key, setter.width())
                .map(preset -> preset.use(setter.count())).orElseGet(() -> setter.of(notes.get(key).get())));
    }
}
