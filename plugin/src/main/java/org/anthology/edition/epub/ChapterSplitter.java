package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Chapter;

/**
 * Decides, before any chapter is written, which blocks of a chapter go into which file: a chapter whose XHTML would
 * exceed a size limit is cut at its level-2 headings, because some reading systems (older Kobo and Kindle
 * conversions among them) refuse or choke on content documents above about 300 KB. The plan comes first so that
 * every link, note, nav entry and NCX point can be pointed at the file its target lands in.
 */
final class ChapterSplitter {

    /** Leaves headroom below the 300 KB some stores enforce. */
    static final int DEFAULT_LIMIT = 250 * 1024;

    private final int limit;

    ChapterSplitter(int limit) {
        this.limit = limit;
    }

    /** The block runs of {@code chapter}, one per file: one when it fits the limit or has no level-2 heading. */
    List<List<Block>> plan(Chapter chapter, String bookLanguage) {
        if (measure(chapter, bookLanguage, chapter.blocks(), true) <= limit) {
            return List.of(chapter.blocks());
        }
        return group(chapter, bookLanguage, sections(chapter.blocks()));
    }

    /** Whether a document of {@code bytes} is within the limit, so that a chapter measured at that size stays whole. */
    boolean fits(long bytes) {
        return bytes <= limit;
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
    private List<List<Block>> group(Chapter chapter, String bookLanguage, List<List<Block>> sections) {
        List<List<Block>> groups = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        long size = 0;
        for (List<Block> section : sections) {
            long sectionSize = measure(chapter, bookLanguage, section, false);
            if (!current.isEmpty() && size + sectionSize > limit) {
                groups.add(List.copyOf(current));
                current = new ArrayList<>();
                size = 0;
            }
            current.addAll(section);
            size += sectionSize;
        }
        groups.add(List.copyOf(current));
        return List.copyOf(groups);
    }

    /**
     * The rendered size of a run of blocks, counted without keeping the bytes. Links are measured as written within
     * one file; the file names they gain later are a few bytes each, well inside the headroom below 300 KB.
     */
    private static long measure(Chapter chapter, String bookLanguage, List<Block> blocks, boolean opening) {
        Counter counter = new Counter();
        ChapterXhtml.writePart(chapter, bookLanguage, blocks, opening, InternalLinks.none(), counter);
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
