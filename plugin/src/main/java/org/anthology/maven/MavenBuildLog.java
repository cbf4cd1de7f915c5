package org.anthology.maven;

import org.anthology.pipeline.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** Passes the pipeline's messages to Maven's log. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
