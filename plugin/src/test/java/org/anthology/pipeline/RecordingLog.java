package org.anthology.pipeline;

import java.util.ArrayList;
import java.util.List;

/** A build log that keeps its lines, for assertions. */
final class RecordingLog implements BuildLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    boolean has(String prefix, String part) {
        return lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(part));
    }
}
