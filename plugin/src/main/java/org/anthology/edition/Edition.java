package org.anthology.edition;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.toc.TableOfContents;

/**
 * Writes one published form of the book (EPUB, PDF) from the normalized anthology and its table of contents.
 * Implementations stream to {@code out} as they go; the pipeline writes to a temporary file and moves it into place.
 */
public interface Edition {

    /** The file extension of this edition, without the dot: {@code epub}, {@code pdf}. */
    String extension();

    /**
     * What tells this edition's file apart from the book's other files of the same extension, such as {@code cover}:
     * the file is {@code <finalName>-<classifier>.<extension>}. Empty for the book's main files.
     */
    default String classifier() {
        return "";
    }

    /** The printer's check of the file last written, for editions meant for print. */
    default Optional<PrintersCheck> printersCheck() {
        return Optional.empty();
    }

    /**
     * Reports what would keep this edition from showing {@code book} faithfully (a character no font has, say),
     * before anything is written. Most editions can show everything.
     */
    default void check(Anthology book, Diagnostics diagnostics) {
    }

    /**
     * One line on how the latest write went, for the build log (the PDF's paragraph statistics), if the edition has
     * anything to say.
     */
    default java.util.Optional<String> report() {
        return java.util.Optional.empty();
    }

    /**
     * How far the write under way has got, for the progress line of a long build ({@code page 1,200}); empty when
     * the edition cannot tell. Asked from another thread while {@link #write} runs.
     */
    default Optional<String> progress() {
        return Optional.empty();
    }

    /**
     * Where each body page of the file last written begins, for an edition laid out in pages; {@link PageStarts#NONE}
     * for a reflowable one. The pipeline writes such an edition before those that follow its pagination.
     */
    default PageStarts pageStarts() {
        return PageStarts.NONE;
    }

    /** Whether this edition is laid out in pages whose starts {@link #pageStarts} reports. */
    default boolean paginated() {
        return false;
    }

    /**
     * Takes the pagination of the book's paginated edition, written just before, for the next write: an edition that
     * can carry page breaks marks each page's start. Most editions ignore it.
     */
    default void followPages(PageStarts starts) {
    }

    /**
     * Asks to be told the page starts of the write to come as soon as it knows them, which may be before it ends (the
     * PDF knows its pages before it writes out its structure and cross-reference table): {@code then} runs at most
     * once, on the writing thread; when it has not run by the end of the write, {@link #pageStarts} tells them.
     * {@code null} asks no more. Only a paginated edition tells.
     */
    default void whenPaged(Consumer<PageStarts> then) {
    }

    /**
     * Whether all this edition takes from the paginated edition is its page starts ({@link #followPages}), so it may be
     * written while that edition finishes its file.
     */
    default boolean followsPagesOnly() {
        return false;
    }

    /** Writes the whole edition of {@code book} to {@code out}; does not close {@code out}. */
    void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException;
}
