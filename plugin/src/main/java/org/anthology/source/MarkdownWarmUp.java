package org.anthology.source;

import java.nio.file.Path;

/**
 * Builds the Markdown parser on a thread of its own while the build checks its inputs and settings on one core:
 * its extensions take tens of milliseconds to set up, which the first Markdown chapter otherwise waits for, with
 * every other reading thread waiting on it. The parser is the one the reading uses, built once whoever asks
 * first, so nothing read depends on this having run.
 */
public final class MarkdownWarmUp {

    private MarkdownWarmUp() {
    }

    /** Starts getting ready for the manuscripts in {@code sourceDirectory} and returns at once. */
    public static void start(Path sourceDirectory) {
        Thread thread = new Thread(() -> {
            try {
                if (Manuscripts.holdsMarkdown(sourceDirectory)) {
                    MarkdownReader.prepare();
                }
            } catch (RuntimeException | LinkageError e) {
                // The reading builds the parser again itself, and reports whatever fails then.
            }
        }, "anthology-markdown-warm-up");
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }
}
