package org.anthology.model;

import java.util.List;
import java.util.Objects;

/** The whole book: metadata and the chapters in reading order. The one model every stage passes along. */
public record Anthology(Metadata metadata, List<Chapter> chapters) {

    public Anthology {
        Objects.requireNonNull(metadata, "metadata");
        chapters = List.copyOf(chapters);
    }

    /** The same book with other chapters. */
    public Anthology withChapters(List<Chapter> newChapters) {
        return new Anthology(metadata, newChapters);
    }
}
