package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Remembers the input fingerprint of the last successful build beside the editions
 * ({@code <output>/anthology/<finalName>.inputs}), so an unchanged book is not rebuilt and its files keep their
 * modification times.
 */
final class BuildStamp {

    private final Path file;
    private final List<Path> editions;

    BuildStamp(Path outputDirectory, String finalName, Set<Format> formats) {
        this.file = outputDirectory.resolve("anthology").resolve(finalName + ".inputs");
        this.editions = formats.stream().map(f -> outputDirectory.resolve(finalName + "." + f.extension())).toList();
    }

    /** True when every edition exists and was built from inputs with this fingerprint. */
    boolean isCurrent(String fingerprint) throws IOException {
        return Files.isRegularFile(file) && editions.stream().allMatch(Files::isRegularFile)
                && Files.readString(file, StandardCharsets.UTF_8).strip().equals(fingerprint);
    }

    /** The file that keeps the fingerprint. */
    Path file() {
        return file;
    }

    /** The editions this stamp speaks for. */
    List<Path> editions() {
        return editions;
    }

    /** Records a successful build from inputs with this fingerprint. */
    void record(String fingerprint) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, fingerprint + "\n", StandardCharsets.UTF_8);
    }
}
