package org.anthology.toc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Part;
import java.util.Optional;

/**
 * Derives the {@link TableOfContents} from the normalized anthology: one entry per chapter, with its authors and
 * its headings nested by level down to {@code maxDepth}, the chapters of a part nested under the part's entry.
 * A pure function of the model.
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
        List<TocEntry> top = new ArrayList<>();
        Part open = null;
        List<TocEntry> inPart = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            if (open != null && !open.chapterIds().contains(chapter.id())) {
                top.add(partEntry(open, inPart));
                open = null;
            }
            Optional<Part> opened = book.partOpenedBy(chapter.id());
            if (opened.isPresent()) {
                open = opened.get();
                inPart = new ArrayList<>();
            }
            // A dedication is a page of its own, not a text the reader looks up.
            if (chapter.details().matter() != Chapter.Matter.DEDICATION) {
                (open == null ? top : inPart).add(new TocEntry(chapter.title(), 1, chapter.id(), chapter.id(),
                        sections(chapter), chapter.authorNames(), false));
            }
        }
        if (open != null) {
            top.add(partEntry(open, inPart));
        }
        return new TableOfContents(top);
    }

    private static TocEntry partEntry(Part part, List<TocEntry> chapters) {
        return new TocEntry(part.title(), 1, part.id(), part.id(), chapters, List.of(), true);
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
