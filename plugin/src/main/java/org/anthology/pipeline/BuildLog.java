package org.anthology.pipeline;

/** Where the pipeline tells the user what it is doing; the Maven adapter maps it onto Maven's log. */
public interface BuildLog {

    /** The choices the build made (theme, fonts, cover, fingerprint), shown only when asked for (Maven's -X). */
    void debug(String message);

    /** Progress and summaries. */
    void info(String message);

    /** A problem that does not stop the build. */
    void warn(String message);

    /** A problem that stops the build. */
    void error(String message);
}
