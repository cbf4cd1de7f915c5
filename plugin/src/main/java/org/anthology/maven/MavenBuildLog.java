package org.anthology.maven;

import org.anthology.pipeline.BuildLog;
import org.apache.maven.plugin.logging.Log;

/**
 * Passes the pipeline's messages to Maven's log, each line led by the book's name when books build in parallel
 * ({@code -T}), so the lines of two books that interleave can still be told apart.
 */
final class MavenBuildLog implements BuildLog {

    private final Log log;
    private final String prefix;

    /** A log that leads every line with {@code book} in brackets, or with nothing when {@code book} is empty. */
    MavenBuildLog(Log log, String book) {
        this.log = log;
        this.prefix = book.isEmpty() ? "" : "[" + book + "] ";
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(prefix + message);
        }
    }

    @Override
    public void info(String message) {
        log.info(prefix + message);
    }

    @Override
    public void warn(String message) {
        log.warn(prefix + message);
    }

    @Override
    public void error(String message) {
        log.error(prefix + message);
    }
}
