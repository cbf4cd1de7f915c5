package org.anthology.edition.epub;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Walk;

/**
 * Cuts a chapter whose XHTML would exceed a size limit into several files at its level-2 headings, because some
 * reading systems (older Kobo and Kindle conversions among them) refuse or choke on content documents above about
 * 300 KB. Each part is rendered here, one chapter at a time, since only the rendered size tells where to cut.
 */
final class ChapterSplitter {

    /** Leaves headroom below the 300 KB some stores enforce. */
    static final int DEFAULT_LIMIT = 250 * 1024;

    /** One file of a chapter: its name, its rendered XHTML and the anchors it holds. */
    record Part(String fileName, byte[] xhtml, List<String> anchors) {
        Part {
            anchors = List.copyOf(anchors);
        }
    }

    private final int limit;

    ChapterSplitter(int limit) {
        this.limit = limit;
    }

    /** The files of {@code chapter}: one when it fits the limit or has no level-2 heading to cut at. */
    List<Part> split(Chapter chapter, String bookLanguage, InternalLinks links) {
        byte[] whole = render(chapter, bookLanguage, chapter.blocks(), true, links);
        List<List<Block>> groups = whole.length <= limit ? List.of(chapter.blocks())
                : group(chapter, bookLanguage, sections(chapter.blocks()), links);
        if (groups.size() == 1) {
            return List.of(part(chapter, 0, whole, chapter.blocks()));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            parts.add(part(chapter, i, render(chapter, bookLanguage, groups.get(i), i == 0, links), groups.get(i)));
        }
        return parts;
    }

    /** The first part keeps the chapter's usual name, so links into an unsplit chapter never change. */
    static String fileName(String chapterId, int index) {
        // The dot keeps "ch.2" apart from a chapter whose id is "ch-2": chapter ids cannot contain dots.
        return index == 0 ? ChapterXhtml.fileName(chapterId) : chapterId + "." + (index + 1) + ".xhtml";
    }

    /** Blocks cut before every heading of level 2 or less; the first run holds what precedes the first heading. */
    private static List<List<Block>> sections(List<Block> blocks) {
        List<List<Block>> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading && heading.level() <= 2 && !current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
        }
        sections.add(current);
        return sections;
    }

    /** Packs consecutive sections into as few files as fit the limit; a section larger than the limit stays whole. */
    private List<List<Block>> group(Chapter chapter, String bookLanguage, List<List<Block>> sections,
                                    InternalLinks links) {
        List<List<Block>> groups = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        long size = 0;
        for (List<Block> section : sections) {
            long sectionSize = measure(chapter, bookLanguage, section, links);
            if (!current.isEmpty() && size + sectionSize > limit) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.addAll(section);
            size += sectionSize;
        }
        groups.add(current);
        return groups;
    }

    private Part part(Chapter chapter, int index, byte[] xhtml, List<Block> blocks) {
        List<String> anchors = new ArrayList<>();
        if (index == 0) {
            anchors.add(chapter.id());
        }
        collectAnchors(blocks, anchors);
        return new Part(fileName(chapter.id(), index), xhtml, anchors);
    }

    private static void collectAnchors(List<Block> blocks, List<String> anchors) {
        Walk.blocks(blocks, Block.Heading.class).stream().map(Block.Heading::id).filter(id -> !id.isEmpty())
                .forEach(anchors::add);
    }

    private static byte[] render(Chapter chapter, String bookLanguage, List<Block> blocks, boolean opening,
                                 InternalLinks links) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChapterXhtml.writePart(chapter, bookLanguage, blocks, opening, links, out);
        return out.toByteArray();
    }

    /** The rendered size of a run of blocks, counted without keeping the bytes. */
    private static long measure(Chapter chapter, String bookLanguage, List<Block> blocks, InternalLinks links) {
        Counter counter = new Counter();
        ChapterXhtml.writePart(chapter, bookLanguage, blocks, false, links, counter);
        return counter.count;
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
