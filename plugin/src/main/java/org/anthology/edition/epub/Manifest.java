package org.anthology.edition.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anthology.toc.TocEntry;

/**
 * The files of the package as they are written: manifest items in order, which of them are in the spine, and in which
 * file each chapter and heading anchor ended up, so the nav and NCX can link into chapters split over several files.
 */
final class Manifest {

    static final String XHTML_TYPE = "application/xhtml+xml";

    /** One manifest item; {@code properties} is empty when it has none. */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) {
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, String> files = new HashMap<>();

    /** Adds a resource that is not part of the reading order. */
    void resource(String id, String href, String mediaType, String properties) {
        items.add(new Item(id, href, mediaType, properties, false));
    }

    /** Adds an XHTML document at the end of the reading order. */
    void document(String id, String href, String properties) {
        items.add(new Item(id, href, XHTML_TYPE, properties, true));
    }

    /** Records that {@code anchor} of chapter {@code chapterId} lies in {@code file}. */
    void anchor(String chapterId, String anchor, String file) {
        files.putIfAbsent(key(chapterId, anchor), file);
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** The file a chapter starts in. */
    String chapterFile(String chapterId) {
        return files.getOrDefault(key(chapterId, chapterId), ChapterXhtml.fileName(chapterId));
    }

    /** The href of a TOC entry, relative to the package: the chapter's first file, or the file holding the anchor. */
    String href(TocEntry entry) {
        if (entry.isChapter() || entry.anchor().isEmpty()) {
            return chapterFile(entry.chapterId());
        }
        String file = files.getOrDefault(key(entry.chapterId(), entry.anchor()), chapterFile(entry.chapterId()));
        return file + "#" + entry.anchor();
    }

    private static String key(String chapterId, String anchor) {
        return chapterId + "#" + anchor;
    }
}
