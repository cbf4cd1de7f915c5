package org.anthology.edition.epub;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Part;
import org.anthology.model.Walk;

/**
 * The book's one registry of which content document holds each id, built from the split plan before any document
 * is written: fragment links ({@code #ch02}, {@code #ch02-a-section}, made by the link normalizer), note references
 * and back links, the nav and the NCX all take the file from here ({@code ch02.2.xhtml#ch02-a-section}); every
 * other link passes unchanged. Each image file gets one resource name ({@code images/image-1.png}), however often
 * the text shows it.
 */
final class InternalLinks {

    private final Map<String, String> fileOfId = new HashMap<>();
    private final Map<String, List<List<Block>>> plans = new HashMap<>();
    private final Map<Path, String> imageHrefs = new LinkedHashMap<>();
    private final Map<Path, String> imageTypes = new HashMap<>();

    /** The registry for {@code book}, its chapters cut into files as {@code plans} say, one plan per chapter. */
    InternalLinks(Anthology book, List<List<List<Block>>> plans) {
        for (int c = 0; c < book.chapters().size(); c++) {
            Chapter chapter = book.chapters().get(c);
            // In writing order, a part's page before its first chapter, so images are numbered as they are met.
            for (Part part : book.partOpenedBy(chapter.id()).stream().toList()) {
                fileOfId.putIfAbsent(part.id(), ChapterXhtml.fileName(part.id()));
                register(ChapterXhtml.fileName(part.id()), part.introduction());
            }
            List<List<Block>> plan = plans.get(c);
            this.plans.put(chapter.id(), plan);
            fileOfId.putIfAbsent(chapter.id(), ChapterSplitter.fileName(chapter.id(), 0));
            for (int i = 0; i < plan.size(); i++) {
                register(ChapterSplitter.fileName(chapter.id(), i), plan.get(i));
            }
        }
    }

    private InternalLinks() {
    }

    /** Knows no ids, so every link passes unchanged: for rendering a chapter on its own. */
    static InternalLinks none() {
        return new InternalLinks();
    }

    /** The block runs of a chapter, one per file, in reading order. */
    List<List<Block>> plan(Chapter chapter) {
        return plans.getOrDefault(chapter.id(), List.of(chapter.blocks()));
    }

    /** The package-relative href of an image file. */
    String imageHref(Inline.Image image) {
        return imageHrefs.getOrDefault(image.file(), "");
    }

    /** Every image file with its href and media type, in the order first shown. */
    Map<Path, String> images() {
        return Collections.unmodifiableMap(imageHrefs);
    }

    String mediaType(Path file) {
        return imageTypes.get(file);
    }

    /** The file holding {@code id}, or {@code fallback} when no document of the book declares it. */
    String fileOf(String id, String fallback) {
        return fileOfId.getOrDefault(id, fallback);
    }

    /** {@code #id} as an href to the file that holds the id; any other target, or an unknown id, unchanged. */
    String href(String target) {
        if (!target.startsWith("#")) {
            return target;
        }
        String file = fileOfId.get(target.substring(1));
        return file == null ? target : file + target;
    }

    /** Records every id that {@code blocks} declare as lying in {@code file}; the first declaration wins. */
    private void register(String file, List<Block> blocks) {
        Walk.blocks(blocks, Block.Heading.class).stream().map(Block.Heading::id).filter(id -> !id.isEmpty())
                .forEach(id -> fileOfId.putIfAbsent(id, file));
        Walk.blocks(blocks, Block.Paragraph.class).forEach(p -> p.attributes().id()
                .ifPresent(id -> fileOfId.putIfAbsent(id, file)));
        Walk.blocks(blocks, Block.Note.class).forEach(note -> fileOfId.putIfAbsent(note.id(), file));
        // A note's back link returns to its first reference, the one that carries the reference id.
        for (Inline.NoteReference ref : Walk.inlines(blocks, Inline.NoteReference.class)) {
            fileOfId.putIfAbsent(ChapterXhtml.refId(ref.id()), file);
        }
        for (Inline.Image image : Walk.inlines(blocks, Inline.Image.class)) {
            if (!imageHrefs.containsKey(image.file())) {
                String name = image.file().getFileName().toString();
                imageHrefs.put(image.file(), "images/image-" + (imageHrefs.size() + 1)
                        + name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT));
                imageTypes.put(image.file(), image.mediaType());
            }
        }
    }
}
