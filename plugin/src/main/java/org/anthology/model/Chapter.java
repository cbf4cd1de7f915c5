package org.anthology.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of the anthology: its book-unique {@code id} (used for file names and anchors), title, optional author
 * and language, and body blocks (the title is not repeated among them). {@code source} is the file it came from.
 */
public record Chapter(String id, String title, Optional<String> author, Optional<String> language,
                      List<Block> blocks, SourcePosition source) {

    public Chapter {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("chapter id must be an XML name, was '" + id + "'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(source, "source");
    }

    /** The same chapter with other blocks. */
    public Chapter withBlocks(List<Block> newBlocks) {
        return new Chapter(id, title, author, language, newBlocks, source);
    }

    /** The same chapter with another title. */
    public Chapter withTitle(String newTitle) {
        return new Chapter(id, newTitle, author, language, blocks, source);
    }
}
