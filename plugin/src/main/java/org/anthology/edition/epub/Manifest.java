package org.anthology.edition.epub;

import java.util.ArrayList;
import java.util.List;
import org.anthology.toc.TocEntry;

/**
 * The files of the package as they are written: manifest items in order and which of them are in the spine; the nav
 * and NCX take each entry's file from the book's one id registry, {@link InternalLinks}, so they link into chapters
 * split over several files exactly as the text's own links do.
 */
final class Manifest {

    static final String XHTML_TYPE = "application/xhtml+xml";

    /** One manifest item; {@code properties} is empty when it has none. */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) {
    }

    private final List<Item> items = new ArrayList<>();
    private final InternalLinks links;

    /** A manifest whose entries find their files in {@code links}. */
    Manifest(InternalLinks links) {
        this.links = links;
    }

    /** Adds a resource that is not part of the reading order. */
    void resource(String id, String href, String mediaType, String properties) {
        items.add(new Item(id, href, mediaType, properties, false));
    }

    /** Adds an XHTML document at the end of the reading order. */
    void document(String id, String href, String properties) {
        items.add(new Item(id, href, XHTML_TYPE, properties, true));
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** The file a chapter starts in. */
    String chapterFile(String chapterId) {
        return ChapterSplitter.fileName(chapterId, 0);
    }

    /** The href of a TOC entry, relative to the package: the chapter's first file, or the file holding the anchor. */
    String href(TocEntry entry) {
        if (entry.isChapter() || entry.anchor().isEmpty()) {
            return chapterFile(entry.chapterId());
        }
        return links.fileOf(entry.anchor(), chapterFile(entry.chapterId())) + "#" + entry.anchor();
    }
}
