package org.anthology.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anthology.normalize.NormalizationOptions;

/** Settings for pipeline tests: a book in {@code base/texts}, written to {@code base/out}. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings in(Path base, Optional<Path> contents, boolean force, boolean failOnWarnings) {
        return new Settings(base, base.resolve("texts"), contents, base.resolve("styles"), base.resolve("out"),
                "book", List.of("epub", "pdf"), "en", Optional.of("Test Book"), Optional.empty(), List.of("Ed Itor"),
                Optional.empty(), "org.example:book", Optional.empty(), Optional.empty(), Optional.empty(),
                StandardCharsets.UTF_8, Instant.parse("2026-01-01T00:00:00Z"), force, failOnWarnings, "test",
                NormalizationOptions.defaults(), Optional.empty(), List.of(), ProjectDefaults.none(), List.of());
    }

    public static Settings in(Path base) {
        return in(base, Optional.empty(), false, false);
    }
}
