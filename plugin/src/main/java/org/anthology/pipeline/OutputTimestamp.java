package org.anthology.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} as Maven does: an ISO-8601 date-time with offset, or seconds since the
 * epoch; a value of one character or none means "not set".
 */
public final class OutputTimestamp {

    /**
     * The date of a book whose output timestamp is not set: fixed (the zip format's first day), never the build's
     * start time, so two builds of the same inputs give the same bytes and a second build finds itself up to date.
     */
    public static final Instant UNPINNED = Instant.parse("1980-01-01T00:00:00Z");

    /** How to give the book its real date, said once when the timestamp is not set. */
    public static final String HOW_TO_PIN = "project.build.outputTimestamp is not set, so the editions are dated "
            + "1980-01-01. Set <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp> "
            + "in the POM's <properties> to date this edition";

    private OutputTimestamp() {
    }

    /** The instant {@code value} names, or empty when it is not set. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid output timestamp '" + value
                    + "'. Use an ISO-8601 date-time such as 2026-01-01T00:00:00Z, or seconds since 1970", e);
        }
    }
}
