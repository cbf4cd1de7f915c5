package org.anthology.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person credited with a chapter: the name as printed, the name as a catalogue sorts it ({@code file-as}) and an
 * optional short biography for the Contributors page.
 */
public record Contributor(String name, String fileAs, Optional<String> bio) {

    public Contributor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileAs, "fileAs");
        Objects.requireNonNull(bio, "bio");
    }

    /** A contributor known by name only, sorted by the last word of it. */
    public static Contributor named(String name) {
        return new Contributor(name, Credits.fileAs(name), Optional.empty());
    }

    /** The same contributor under another printed name and biography (the sort name is kept). */
    public Contributor withText(String newName, Optional<String> newBio) {
        return new Contributor(newName, fileAs, newBio);
    }
}
