package org.anthology.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Settings for pipeline tests: a book in {@code base/texts}, written to {@code base/out}. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings in(Path base, Optional<Path> contents, boolean force, boolean failOnWarnings) {
        return Settings.builder(base).language("en").title(Optional.of("Test Book")).editors(List.of("Ed Itor"))
                .identitySeed("org.example:book").sourceDirectory(base.resolve("texts")).contentsFile(contents)
                .stylesDirectory(base.resolve("styles")).outputDirectory(base.resolve("out")).finalName("book")
                .outputTimestamp(Instant.parse("2026-01-01T00:00:00Z")).force(force).failOnWarnings(failOnWarnings)
                .toolVersion("test").build();
    }

    public static Settings in(Path base) {
        return in(base, Optional.empty(), false, false);
    }
}
