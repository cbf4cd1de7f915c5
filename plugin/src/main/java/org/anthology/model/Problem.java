package org.anthology.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input, printed as {@code <file>:<line>: <what is wrong>. <what to do>.}
 */
public record Problem(Severity severity, Optional<SourcePosition> position, String message) {

    /**
     * How bad a problem is: an error stops the build before anything is written; a warning does not; a note only
     * tells what was done.
     */
    public enum Severity { NOTE, WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return position.map(p -> p + ": ").orElse("") + message;
    }
}
