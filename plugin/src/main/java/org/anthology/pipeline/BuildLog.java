package org.anthology.pipeline;

/** Where the pipeline tells the user what it is doing; the Maven adapter maps it onto Maven's log. */
public interface BuildLog {

    /** Progress and summaries. */
    void info(String message);

    /** A problem that does not stop the build. */
    void warn(String message);

    /** A problem that stops the build. */
    void error(String message);
}
