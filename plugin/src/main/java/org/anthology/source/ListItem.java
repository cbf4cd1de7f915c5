package org.anthology.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts a list item: {@code - }, {@code * }, {@code •}, {@code 1.} or {@code 1)} and its text.
 * Items of one list share a {@link Marker}; a change of marker starts another list.
 */
record ListItem(Marker marker, int number, String text) {

    /** The kinds of item marker, each with the rule name that groups such lines into a list. */
    enum Marker {
        DASH("'- '", "dash-list"),
        STAR("'* '", "star-list"),
        BULLET("'•'", "bullet-list"),
        NUMBER_DOT("a number and '.'", "numbered-list"),
        NUMBER_PAREN("a number and ')'", "numbered-list");

        private final String shown;
        private final String rule;

        Marker(String shown, String rule) {
            this.shown = shown;
            this.rule = rule;
        }

        boolean ordered() {
            return this == NUMBER_DOT || this == NUMBER_PAREN;
        }

        /** How a decision names a run of {@code count} such lines: {@code 3 lines starting with '- '}. */
        String describe(int count) {
            return count + (count == 1 ? " line" : " lines") + " starting with " + shown;
        }

        String rule() {
            return rule;
        }
    }

    /** The marker and the white space after it, up to the item's first character. */
    private static final Pattern MARKER = Pattern.compile("^(?:([-*])\\s+|•\\s*|(\\d{1,3})([.)])\\s+)(?=\\S)");

    /** The item {@code line} starts, if it starts one. */
    static Optional<ListItem> parse(String line) {
        String s = line.strip();
        // An item starts with its marker: a line of text need not be matched against the pattern.
        if (s.isEmpty() || !startsMarker(s.charAt(0)) || SceneBreaks.isSceneBreak(s)) {
            return Optional.empty();
        }
        // Only the marker is matched: the item's text is the rest of the line, unless a line terminator stands in it.
        Matcher m = MARKER.matcher(s);
        if (!m.lookingAt() || LineTerminators.within(s, m.end(), s.length())) {
            return Optional.empty();
        }
        String text = s.substring(m.end());
        if (m.group(2) != null) {
            Marker marker = m.group(3).equals(".") ? Marker.NUMBER_DOT : Marker.NUMBER_PAREN;
            return Optional.of(new ListItem(marker, Integer.parseInt(m.group(2)), text));
        }
        Marker marker = m.group(1) == null ? Marker.BULLET : m.group(1).equals("-") ? Marker.DASH : Marker.STAR;
        return Optional.of(new ListItem(marker, 1, text));
    }

    private static boolean startsMarker(char c) {
        return c == '-' || c == '*' || c == '•' || c >= '0' && c <= '9';
    }
}
