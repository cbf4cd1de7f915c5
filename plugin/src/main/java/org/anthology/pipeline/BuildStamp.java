package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Remembers the input fingerprint of the last successful build beside the editions
 * ({@code <output>/anthology/<finalName>.inputs}), with the names of the files that build wrote, so an unchanged
 * book is not rebuilt and its files keep their modification times.
 */
final class BuildStamp {

    /** The line after which the stamp lists the files read beyond the source, styles and contents. */
    private static final String INPUTS = "inputs:";

    private final Path file;
    private final Path outputDirectory;
    private final List<Path> editions;

    BuildStamp(Path outputDirectory, String finalName, Set<Format> formats) {
        this.file = outputDirectory.resolve("anthology").resolve(finalName + ".inputs");
        this.outputDirectory = outputDirectory;
        this.editions = new ArrayList<>(formats.stream()
                .map(f -> outputDirectory.resolve(finalName + "." + f.extension())).toList());
    }

    /** True when every edition exists and was built from inputs with this fingerprint. */
    boolean isCurrent(String fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(fingerprint)) {
            return false;
        }
        // Files beside the editions, such as the print cover, are listed after the fingerprint.
        for (String name : written(lines)) {
            Path written = outputDirectory.resolve(name.strip());
            if (!name.isBlank() && !editions.contains(written)) {
                editions.add(written);
            }
        }
        return editions.stream().allMatch(Files::isRegularFile);
    }

    /**
     * The files beyond the source, styles and contents that the last successful build read (its images), so the
     * next fingerprint covers them too; none before a first build.
     */
    List<Path> inputs() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int marker = lines.indexOf(INPUTS);
        return marker < 0 ? List.of() : lines.subList(marker + 1, lines.size()).stream()
                .filter(l -> !l.isBlank()).map(Path::of).toList();
    }

    private static List<String> written(List<String> lines) {
        int marker = lines.indexOf(INPUTS);
        return lines.subList(1, marker < 0 ? lines.size() : marker);
    }

    /** The file that keeps the fingerprint. */
    Path file() {
        return file;
    }

    /** The editions this stamp speaks for. */
    List<Path> editions() {
        return List.copyOf(editions);
    }

    /**
     * What the stamp of a successful build holds: the fingerprint of its inputs, the files it wrote and those it
     * read beyond the source, styles and contents. The edition writer puts it in place with the editions.
     */
    byte[] content(String fingerprint, List<Path> written, List<Path> inputs) {
        StringBuilder text = new StringBuilder(fingerprint).append('\n');
        for (Path path : written) {
            text.append(path.getFileName()).append('\n');
        }
        if (!inputs.isEmpty()) {
            text.append(INPUTS).append('\n');
            inputs.forEach(input -> text.append(input).append('\n'));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
