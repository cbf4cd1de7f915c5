package org.anthology.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Book-level metadata shared by every edition: title, subtitle, creators (editors or authors), language (BCP 47),
 * a stable identifier (a URN or URL, never random), the modification time (from the build's output timestamp,
 * never the clock), and optional publisher, rights and description.
 */
public record Metadata(String title, Optional<String> subtitle, List<String> creators, String language,
                       String identifier, Instant modified, Optional<String> publisher, Optional<String> rights,
                       Optional<String> description) {

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        creators = List.copyOf(creators);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(description, "description");
    }

    /** The same metadata with another title. */
    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, subtitle, creators, language, identifier, modified, publisher, rights,
                description);
    }
}
