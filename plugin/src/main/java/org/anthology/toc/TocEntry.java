package org.anthology.toc;

import java.util.List;
import java.util.Objects;

/**
 * One line of the table of contents: its title, its depth (1 for a chapter, 2 for its sections, ...), the id of the
 * chapter it lies in, the anchor to jump to (the chapter id itself for a chapter entry, a heading id otherwise),
 * and the entries nested below it.
 */
public record TocEntry(String title, int level, String chapterId, String anchor, List<TocEntry> children) {

    public TocEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(anchor, "anchor");
        children = List.copyOf(children);
    }

    /** True for a chapter's own entry, false for a section within it. */
    public boolean isChapter() {
        return level == 1;
    }
}
