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
