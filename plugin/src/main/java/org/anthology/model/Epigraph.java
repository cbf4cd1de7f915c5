package org.anthology.model;

import java.util.Objects;
import java.util.Optional;

/** A quotation that stands under a chapter's title, with who said it when the editor names them. */
public record Epigraph(String text, Optional<String> attribution) {

    public Epigraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
    }
}
