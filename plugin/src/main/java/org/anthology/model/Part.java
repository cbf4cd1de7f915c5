package org.anthology.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of chapters with a title of its own, opening on a page of its own: its book-unique {@code id} (an anchor
 * and a file name, like a chapter's), title, optional subtitle and introduction, and the ids of its chapters in
 * reading order. {@code source} is the contents file line that opened it.
 */
public record Part(String id, String title, Optional<String> subtitle, List<Block> introduction,
                   List<String> chapterIds, SourcePosition source) {

    public Part {
        Objects.requireNonNull(id, "id");
        if (!XmlName.is(id)) {
            throw new IllegalArgumentException("part id must be an XML name, was '" + id + "'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        introduction = List.copyOf(introduction);
        chapterIds = List.copyOf(chapterIds);
        Objects.requireNonNull(source, "source");
    }

    /** The same part with another title, subtitle and introduction, as typography sets them. */
    public Part withText(String newTitle, Optional<String> newSubtitle, List<Block> newIntroduction) {
        return new Part(id, newTitle, newSubtitle, newIntroduction, chapterIds, source);
    }
}
