package org.anthology.source;

import java.util.ArrayList;
import java.util.List;

/** A line of a plain-text body with its 1-based number in the file. */
record TextLine(String text, int number) {

    /** The lines of {@code body}; the first is line {@code firstLine} of its file. */
    static List<TextLine> split(String body, int firstLine) {
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', start)) {
            out.add(new TextLine(body.substring(start, end), firstLine + out.size()));
            start = end + 1;
        }
        out.add(new TextLine(body.substring(start), firstLine + out.size()));
        return out;
    }

    /** The text without surrounding white space. */
    String stripped() {
        return text.strip();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** True when the line starts with white space: a continuation of a list item in wrapped text. */
    boolean isIndented() {
        return !text.isBlank() && Character.isWhitespace(text.charAt(0));
    }
}
