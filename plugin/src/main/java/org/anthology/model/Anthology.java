package org.anthology.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole book: metadata, the chapters in reading order, the parts that group them (none for a book without
 * parts) and the editor's own wording of generated labels ({@code labels}, message key to text). The one model
 * every stage passes along.
 */
public record Anthology(Metadata metadata, List<Chapter> chapters, List<Part> parts, Map<String, String> labels) {

    public Anthology {
        Objects.requireNonNull(metadata, "metadata");
        chapters = List.copyOf(chapters);
        parts = List.copyOf(parts);
        // Sorted, so everything derived from the labels comes out in the same order on every build.
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** A book without parts or label overrides. */
    public Anthology(Metadata metadata, List<Chapter> chapters) {
        this(metadata, chapters, List.of(), Map.of());
    }

    /** The same book with other chapters (their parts kept, as chapter ids do not change). */
    public Anthology withChapters(List<Chapter> newChapters) {
        return new Anthology(metadata, newChapters, parts, labels);
    }

    /** The same book with other metadata. */
    public Anthology withMetadata(Metadata newMetadata) {
        return new Anthology(newMetadata, chapters, parts, labels);
    }

    /** The same book with other parts. */
    public Anthology withParts(List<Part> newParts) {
        return new Anthology(metadata, chapters, newParts, labels);
    }

    /** The generated words in the book's language, with the editor's labels in place of the table's. */
    public Wording wording() {
        return Wording.forLanguage(metadata.language()).withLabels(labels);
    }

    /** The part that opens with chapter {@code chapterId}, if one does. */
    public Optional<Part> partOpenedBy(String chapterId) {
        return parts.stream().filter(p -> !p.chapterIds().isEmpty() && p.chapterIds().get(0).equals(chapterId))
                .findFirst();
    }
}
