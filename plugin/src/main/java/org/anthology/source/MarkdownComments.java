package org.anthology.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Takes HTML comments ({@code <!-- ... -->}, inline or over many lines, closed or not) out of Markdown before it is
 * parsed, so no comment reaches either edition, however long: a comment is the author's note to themselves. Each
 * is replaced by its line ends, so the lines after it keep their numbers; code blocks and code spans keep theirs.
 */
final class MarkdownComments {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MarkdownComments() {
    }

    /** {@code body} without its comments; {@code firstLine} is the body's line in {@code file}. */
    static String strip(String body, String file, int firstLine, Diagnostics diagnostics) {
        if (!body.contains("<!--")) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        String fence = null;
        int commentLine = 0;
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n > 0) {
                out.append('\n');
            }
            Matcher marker = FENCE.matcher(line);
            if (commentLine == 0 && marker.find()) {
                String run = marker.group(1);
                fence = fence == null ? run : run.charAt(0) == fence.charAt(0) && run.length() >= fence.length()
                        ? null : fence;
                out.append(line);
            } else if (fence != null) {
                out.append(line);
            } else {
                commentLine = line(line, firstLine + n, commentLine, out, file, diagnostics);
            }
        }
        if (commentLine != 0) {
            diagnostics.warning(new SourcePosition(file, commentLine), "an HTML comment is never closed, so "
                    + "everything from here to the end of the file was left out. Close it with -->");
        }
        return out.toString();
    }

    /** Copies one line outside comments to {@code out}; returns the line of a comment still open at its end. */
    private static int line(String line, int number, int open, StringBuilder out, String file,
                            Diagnostics diagnostics) {
        int commentLine = open;
        int i = 0;
        while (i < line.length()) {
            if (commentLine != 0) {
                int end = line.indexOf("-->", i);
                if (end < 0) {
                    return commentLine;
                }
                diagnostics.note(new SourcePosition(file, commentLine), "an HTML comment was left out of the book");
                commentLine = 0;
                i = end + 3;
            } else if (line.charAt(i) == '`') {
                int run = run(line, i);
                int close = line.indexOf("`".repeat(run), i + run);
                int stop = close < 0 ? i + run : close + run;
                out.append(line, i, stop);
                i = stop;
            } else if (line.startsWith("<!--", i)) {
                commentLine = number;
                i += 4;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return commentLine;
    }

    private static int run(String line, int from) {
        int end = from;
        while (end < line.length() && line.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }
}
