package org.anthology.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells whether any file under the watched paths was added, removed or modified since the last look, by their names,
 * sizes and modification times: cheap enough to ask twice a second, and blind to nothing a save can do (unlike
 * directory watch services, which miss files in folders created after they started).
 */
final class InputWatch {

    private final List<Path> roots;
    private String last;

    /** Watches every file under each of {@code roots} (a root may be a single file, or missing). */
    InputWatch(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.last = state();
    }

    /** True when something changed since the previous call (or since construction). */
    boolean changed() {
        String now = state();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private String state() {
        StringBuilder out = new StringBuilder();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                out.append(root).append(" missing\n");
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted().forEach(file -> out.append(describe(file)).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                // a file vanished between listing and reading: the next look sees the settled tree
                out.append(root).append(" changing\n");
            }
        }
        return out.toString();
    }

    private static String describe(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return file + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return file + " gone";
        }
    }
}
