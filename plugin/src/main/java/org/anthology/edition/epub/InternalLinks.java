package org.anthology.edition.epub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * The book's references between its files: fragment links ({@code #ch02}, {@code #ch02-a-section}, made by the
 * link normalizer, and note links) become hrefs between content documents ({@code ch02.xhtml#ch02-a-section}); every
 * other link passes unchanged. Each image file gets one resource name ({@code images/image-1.png}), however often
 * the text shows it.
 */
final class InternalLinks {

    private final Map<String, String> chapterOfId = new HashMap<>();
    private final Map<java.nio.file.Path, String> imageHrefs = new java.util.LinkedHashMap<>();
    private final Map<java.nio.file.Path, String> imageTypes = new HashMap<>();

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

    /** The package-relative href of an image file. */
    String imageHref(Inline.Image image) {
        return imageHrefs.getOrDefault(image.file(), "");
    }

    /** Every image file with its href and media type, in the order first shown. */
    Map<java.nio.file.Path, String> images() {
        return java.util.Collections.unmodifiableMap(imageHrefs);
    }

    String mediaType(java.nio.file.Path file) {
        return imageTypes.get(file);
    }

    String href(String target) {
        if (!target.startsWith("#")) {
            return target;
        }
        String chapterId = chapterOfId.get(target.substring(1));
        return chapterId == null ? target : ChapterXhtml.fileName(chapterId) + target;
    }

    private void collect(String chapterId, List<Block> blocks) {
        Walk.blocks(blocks, Block.Heading.class).forEach(heading -> chapterOfId.put(heading.id(), chapterId));
        for (Block.Note note : Walk.blocks(blocks, Block.Note.class)) {
            chapterOfId.put(note.id(), chapterId);
            chapterOfId.put(ChapterXhtml.refId(note.id()), chapterId);
        }
        for (Inline.Image image : Walk.inlines(blocks, Inline.Image.class)) {
            if (!imageHrefs.containsKey(image.file())) {
                String name = image.file().getFileName().toString();
                imageHrefs.put(image.file(), "images/image-" + (imageHrefs.size() + 1)
                        + name.substring(name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT));
                imageTypes.put(image.file(), image.mediaType());
            }
        }
    }
}
