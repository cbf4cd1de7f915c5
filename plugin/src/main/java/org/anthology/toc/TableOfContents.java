package org.anthology.toc;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents both editions render: the EPUB nav and NCX, the PDF contents page and the PDF outline all
 * come from this one value, so they cannot disagree.
 */
public record TableOfContents(List<TocEntry> entries) {

    public TableOfContents {
        entries = List.copyOf(entries);
    }

    /** Every entry, depth first, in reading order. */
    public List<TocEntry> flatten() {
        List<TocEntry> out = new ArrayList<>();
        addAll(entries, out);
        return out;
    }

    /** Every entry with its depth in the tree (0 at the top), depth first, in reading order. */
    public List<Placed> placed() {
        List<Placed> out = new ArrayList<>();
        place(entries, 0, out);
        return out;
    }

    /** An entry and how deep it is nested. */
    public record Placed(TocEntry entry, int depth) {
    }

    private static void place(List<TocEntry> level, int depth, List<Placed> out) {
        for (TocEntry entry : level) {
            out.add(new Placed(entry, depth));
            place(entry.children(), depth + 1, out);
        }
    }

    private static void addAll(List<TocEntry> level, List<TocEntry> out) {
        for (TocEntry entry : level) {
            out.add(entry);
            addAll(entry.children(), out);
        }
    }
}
