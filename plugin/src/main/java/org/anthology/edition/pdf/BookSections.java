package org.anthology.edition.pdf;

import java.util.Optional;

/**
 * The body's grouping in the structure tree: a {@code Part} element per part, holding its chapters, and a
 * {@code Sect} per chapter, with the chapter's language where it differs from the book's. A chapter's element is
 * closed only when the next one opens, after its last page has ended, so the notes at the foot of that page stay
 * inside it.
 */
final class BookSections {

    private final StructureTree tags;
    private final String bookLanguage;
    private boolean inPart;
    private boolean inChapter;

    BookSections(StructureTree tags, String bookLanguage) {
        this.tags = tags;
        this.bookLanguage = bookLanguage;
    }

    /** A part opens on the page that has just begun; the chapter before it, and the part before that, end. */
    void part() {
        closeChapter();
        if (inPart) {
            tags.end();
        }
        tags.begin("Part");
        inPart = true;
    }

    /** A chapter in {@code language} (empty: the book's) opens on the page that has just begun. */
    void chapter(Optional<String> language) {
        closeChapter();
        if (language.isPresent() && !language.get().equalsIgnoreCase(bookLanguage)) {
            tags.begin("Sect", language.get());
        } else {
            tags.begin("Sect");
        }
        inChapter = true;
    }

    /** The body ends: the last chapter and part close. */
    void close() {
        closeChapter();
        if (inPart) {
            tags.end();
            inPart = false;
        }
    }

    private void closeChapter() {
        if (inChapter) {
            tags.end();
            inChapter = false;
        }
    }
}
