package org.anthology.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.anthology.model.Diagnostics;

/**
 * Gets the readers of a book's sources ready, each on a thread of its own, while the build checks its inputs and
 * settings on one core: the YAML loader when there is a contents file, the Markdown parser when the manuscripts
 * hold Markdown. Each takes tens of milliseconds to set up the first time, which the contents file and the first
 * Markdown chapter otherwise wait for, with every other reading thread waiting on them. What is made here is what
 * the reading uses, made once whoever asks first, so nothing read depends on this having run.
 */
public final class ReadingWarmUp {

    /** A document touching what a contents file uses: mappings, lists, plain and quoted scalars. */
    private static final String YAML = "title: 'A'\nchapters:\n  - file: a.md\n    title: \"B\"\n";

    private ReadingWarmUp() {
    }

    /** Starts getting ready for the manuscripts in {@code sourceDirectory} and the contents file, and returns. */
    public static void start(Path sourceDirectory, Optional<Path> contentsFile) {
        if (contentsFile.filter(Files::isRegularFile).isPresent()) {
            run("yaml", () -> YamlLoader.compose(YAML, "warm-up", 1, "", new Diagnostics()));
        }
        run("markdown", () -> {
            if (Manuscripts.holdsMarkdown(sourceDirectory)) {
                MarkdownReader.prepare();
            }
        });
    }

    private static void run(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // The reading sets this up again itself, and reports whatever fails then.
            }
        }, "anthology-" + name + "-warm-up");
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }
}
