package org.anthology.model;

import java.util.Objects;

/**
 * One structural or typographic decision a reader or normalizer made, for the normalization report:
 * {@code file:line: what it was -> what it became (rule)}.
 */
public record Decision(SourcePosition position, String was, String became, String rule) {

    public Decision {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(was, "was");
        Objects.requireNonNull(became, "became");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return position + ": " + was + " -> " + became + " (" + rule + ")";
    }
}
