package org.anthology.toc;

import java.util.List;
import java.util.Objects;

/**
 * One line of the table of contents: its title, its depth (1 for a chapter or part, 2 for a chapter's sections,
 * ...), the id of the chapter or part it lies in, the anchor to jump to (the chapter or part id itself for their
 * own entries, a heading id otherwise), the entries nested below it, the chapter's authors, and whether it is a
 * part (whose children are its chapters).
 */
public record TocEntry(String title, int level, String chapterId, String anchor, List<TocEntry> children,
                       List<String> authors, boolean part) {

    public TocEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(anchor, "anchor");
        children = List.copyOf(children);
        authors = List.copyOf(authors);
    }

    /** A chapter or section entry without authors. */
    public TocEntry(String title, int level, String chapterId, String anchor, List<TocEntry> children) {
        this(title, level, chapterId, anchor, children, List.of(), false);
    }

    /** True for a chapter's own entry, false for a section within it or a part. */
    public boolean isChapter() {
        return level == 1 && !part;
    }
}
