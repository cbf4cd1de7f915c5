package org.anthology.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the build tool knows of the book when nothing more specific says it: the project's name (the last resort
 * for the title) and its developers (the last resort for the editors). Explicit settings and the contents file win.
 */
public record ProjectDefaults(Optional<String> name, List<String> developers) {

    public ProjectDefaults {
        Objects.requireNonNull(name, "name");
        developers = List.copyOf(developers);
    }

    /** No project information at all. */
    public static ProjectDefaults none() {
        return new ProjectDefaults(Optional.empty(), List.of());
    }
}
