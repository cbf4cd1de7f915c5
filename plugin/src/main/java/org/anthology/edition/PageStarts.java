package org.anthology.edition;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where each body page of a paginated edition begins, for an edition that follows its pagination (the EPUB's page
 * breaks and page list). A page begins in the top-level block that holds its first line: a block carried over from
 * the page before counts, so a reader who goes to a page lands just before the text it opens with. A page that
 * starts no text (a blank left-hand page, a page of carried notes) begins where the next text does: at the next
 * chapter's or part's opening, else at the block being set. Only the body is listed; the roman-numbered front matter
 * has no page break in the reflowable edition.
 */
public record PageStarts(String source, List<Start> pages) {

    /** No pagination: the edition was not laid out in pages. */
    public static final PageStarts NONE = new PageStarts("", List.of());

    /**
     * The pages of the edition known as {@code source} (its ISBN as {@code urn:isbn:...}, else the book's
     * identifier), in order.
     */
    public PageStarts {
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
    }

    /**
     * One page: its printed number {@code label}, the chapter or part {@code documentId} it begins in and the index
     * of the top-level block of that chapter's blocks (or the part's introduction) it begins in; an empty
     * {@code block} is the opening, before the title.
     */
    public record Start(String label, String documentId, OptionalInt block) {
        public Start {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(block, "block");
        }
    }
}
