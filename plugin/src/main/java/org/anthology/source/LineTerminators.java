package org.anthology.source;

/**
 * The characters that end a line for a regular expression's {@code .} and {@code $}: line feed, carriage return,
 * U+0085 and the Unicode line and paragraph separators. A rule that was once a pattern's {@code .*} over a line
 * asks here instead, so a line holding one still reads as it did.
 */
final class LineTerminators {

    private LineTerminators() {
    }

    /** Whether a line terminator stands in {@code s} from {@code from} up to {@code to}, in one pass. */
    static boolean within(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            // Every terminator is at most CR or at least U+0085: a letter of Latin text is ruled out by one range.
            if (c > '\r' && c < '\u0085') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
