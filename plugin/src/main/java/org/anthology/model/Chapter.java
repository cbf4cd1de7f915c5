package org.anthology.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One text of the anthology: its book-unique {@code id} (used for file names and anchors), title, authors (none,
 * one or several), optional language, body blocks (the title is not repeated among them), and the editor's
 * {@link Details} about it. {@code source} is the file it came from.
 */
public record Chapter(String id, String title, List<Contributor> authors, Optional<String> language,
                      List<Block> blocks, SourcePosition source, Details details) {

    public Chapter {
        Objects.requireNonNull(id, "id");
        if (!XmlName.is(id)) {
            throw new IllegalArgumentException("chapter id must be an XML name, was '" + id + "'");
        }
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(language, "language");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(details, "details");
    }

    /** A body chapter with at most one author and nothing more said about it. */
    public Chapter(String id, String title, Optional<String> author, Optional<String> language, List<Block> blocks,
                   SourcePosition source) {
        this(id, title, author.map(Contributor::named).stream().toList(), language, blocks, source, Details.NONE);
    }

    /** The authors' names, comma-separated (for running heads and checks); empty when the chapter has none. */
    public Optional<String> author() {
        return authors.isEmpty() ? Optional.empty()
                : Optional.of(authors.stream().map(Contributor::name).collect(Collectors.joining(", ")));
    }

    /** The authors' names in order. */
    public List<String> authorNames() {
        return authors.stream().map(Contributor::name).toList();
    }

    /** The same chapter with other blocks. */
    public Chapter withBlocks(List<Block> newBlocks) {
        return new Chapter(id, title, authors, language, newBlocks, source, details);
    }

    /** The same chapter with another title. */
    public Chapter withTitle(String newTitle) {
        return new Chapter(id, newTitle, authors, language, blocks, source, details);
    }

    /** The same chapter with other authors and details, as typography sets their text. */
    public Chapter withCredits(List<Contributor> newAuthors, Details newDetails) {
        return new Chapter(id, title, newAuthors, language, blocks, source, newDetails);
    }

    /** Where a chapter stands in the book, and so which page type the editions give it. */
    public enum Matter {
        /** A text of the anthology. */
        BODY,
        /** A dedication before the contents. */
        DEDICATION,
        /** A foreword before the first text. */
        FOREWORD,
        /** An afterword after the last text. */
        AFTERWORD,
        /** The generated list of sources and permissions. */
        ACKNOWLEDGMENTS,
        /** The generated list of contributors with their bios. */
        CONTRIBUTORS
    }

    /**
     * What the editor says about a chapter beyond its text: its matter, subtitle, epigraph, where it first appeared
     * ({@code firstPublished}) and its copyright or permission line ({@code rights}).
     */
    public record Details(Matter matter, Optional<String> subtitle, Optional<Epigraph> epigraph,
                          Optional<String> firstPublished, Optional<String> rights) {

        /** A body chapter with nothing more said. */
        public static final Details NONE = new Details(Matter.BODY, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        public Details {
            Objects.requireNonNull(matter, "matter");
            Objects.requireNonNull(subtitle, "subtitle");
            Objects.requireNonNull(epigraph, "epigraph");
            Objects.requireNonNull(firstPublished, "firstPublished");
            Objects.requireNonNull(rights, "rights");
        }

        /** The same details for a chapter of another matter. */
        public Details withMatter(Matter newMatter) {
            return new Details(newMatter, subtitle, epigraph, firstPublished, rights);
        }
    }
}
