package org.anthology.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anthology.model.Diagnostics;

/**
 * Checks, before anything is read or written, that the editions stay inside the build directory: an output folder
 * or final name that climbs out of {@code ${project.build.directory}} ({@code ../escape}, an absolute path
 * elsewhere) would let a build overwrite files anywhere, and a {@code target} that is a file cannot hold them.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** Reports every way {@code settings}' output leaves its bounds; problems name no file, being settings. */
    static void check(Settings settings, Diagnostics diagnostics) {
        Settings.Output output = settings.output();
        Path basedir = settings.sources().basedir().toAbsolutePath().normalize();
        String name = output.finalName();
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")
                || name.indexOf('\0') >= 0) {
            diagnostics.error(null, "<finalName> '" + name + "' is not a plain file name, so the editions would be "
                    + "written outside their folder. Set <finalName> to a name without / or \\, such as my-book-1.0");
        }
        Path directory = output.outputDirectory().toAbsolutePath().normalize();
        if (output.buildDirectory().isPresent()) {
            Path build = output.buildDirectory().get().toAbsolutePath().normalize();
            if (!directory.startsWith(build)) {
                diagnostics.error(null, "<outputDirectory> " + shown(basedir, directory) + " is outside the build "
                        + "directory " + shown(basedir, build) + ". Set <outputDirectory> to a folder inside "
                        + "${project.build.directory}, or leave it unset");
                return;
            }
        }
        for (Path folder = directory; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                diagnostics.error(null, "the output folder " + shown(basedir, folder) + " is a file, so the "
                        + "editions cannot be written there. Remove or rename the file, or set <outputDirectory>");
                return;
            }
        }
    }

    private static String shown(Path basedir, Path path) {
        Path relative = path.startsWith(basedir) ? basedir.relativize(path) : path;
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
