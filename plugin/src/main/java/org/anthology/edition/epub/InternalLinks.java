package org.anthology.edition.epub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;

/**
 * Turns the book's fragment links ({@code #ch02}, {@code #ch02-a-section}, made by the link normalizer, and note
 * links) into hrefs between content documents ({@code ch02.xhtml#ch02-a-section}); every other link passes
 * unchanged.
 */
final class InternalLinks {

    private final Map<String, String> chapterOfId = new HashMap<>();

    InternalLinks(Anthology book) {
        for (Chapter chapter : book.chapters()) {
            chapterOfId.put(chapter.id(), chapter.id());
            collect(chapter.id(), chapter.blocks());
        }
    }

    private InternalLinks() {
    }

    /** Knows no ids, so every link passes unchanged: for rendering a chapter on its own. */
    static InternalLinks none() {
        return new InternalLinks();
    }

    String href(String target) {
        if (!target.startsWith("#")) {
            return target;
        }
        String chapterId = chapterOfId.get(target.substring(1));
        return chapterId == null ? target : ChapterXhtml.fileName(chapterId) + target;
    }

    private void collect(String chapterId, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                chapterOfId.put(heading.id(), chapterId);
            } else if (block instanceof Block.Note note) {
                chapterOfId.put(note.id(), chapterId);
                chapterOfId.put(ChapterXhtml.refId(note.id()), chapterId);
            } else if (block instanceof Block.BlockQuote quote) {
                collect(chapterId, quote.blocks());
            } else if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> collect(chapterId, item));
            }
        }
    }
}
