package org.anthology.toc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;

/**
 * Derives the {@link TableOfContents} from the normalized anthology: one entry per chapter, with its headings
 * nested by level down to {@code maxDepth}. A pure function of the model.
 */
public final class TocBuilder {

    private final int maxDepth;

    /** A builder that lists headings down to {@code maxDepth} (1 lists chapters only). */
    public TocBuilder(int maxDepth) {
        if (maxDepth < 1 || maxDepth > 6) {
            throw new IllegalArgumentException("maxDepth must be 1..6, was " + maxDepth);
        }
        this.maxDepth = maxDepth;
    }

    /** The table of contents of {@code book}. */
    public TableOfContents build(Anthology book) {
        List<TocEntry> chapters = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            chapters.add(new TocEntry(chapter.title(), 1, chapter.id(), chapter.id(), sections(chapter)));
        }
        return new TableOfContents(chapters);
    }

    private List<TocEntry> sections(Chapter chapter) {
        Node root = new Node(null, 1);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Heading heading && heading.level() > 1 && heading.level() <= maxDepth) {
                while (open.peek().level >= heading.level()) {
                    open.pop();
                }
                TocEntry entry = new TocEntry(heading.text(), heading.level(), chapter.id(), heading.id(), List.of());
                Node node = new Node(entry, heading.level());
                open.peek().children.add(node);
                open.push(node);
            }
        }
        return root.toEntries();
    }

    /** A mutable tree used only while building; the result is immutable. */
    private static final class Node {
        final TocEntry entry;
        final int level;
        final List<Node> children = new ArrayList<>();

        Node(TocEntry entry, int level) {
            this.entry = entry;
            this.level = level;
        }

        List<TocEntry> toEntries() {
            List<TocEntry> out = new ArrayList<>();
            for (Node child : children) {
                TocEntry e = child.entry;
                out.add(new TocEntry(e.title(), e.level(), e.chapterId(), e.anchor(), child.toEntries()));
            }
            return out;
        }
    }
}
