package org.anthology.model;

import java.util.Objects;

/**
 * Where a block came from: a file path (relative to the project base directory, with forward slashes) and a
 * 1-based line number, so every diagnostic can name {@code file:line}.
 */
public record SourcePosition(String file, int line) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
