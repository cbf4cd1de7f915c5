package org.anthology.source;

import java.util.Arrays;

/**
 * The line of an offset in a text, found by binary search over the offsets where lines start. A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as flexmark counts them; the first line is 0.
 */
final class LineIndex {

    private final int[] starts;
    private final int count;

    /** The index of {@code text}'s lines, built in one pass (a search for each line end, when all are {@code \n}). */
    LineIndex(String text) {
        int[] found = new int[16];
        int n = 1;
        boolean onlyNewlines = text.indexOf('\r') < 0;
        int length = text.length();
        for (int i = next(text, 0, onlyNewlines); i < length; i = next(text, i + 1, onlyNewlines)) {
            if (text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        this.starts = found;
        this.count = n;
    }

    /** The offset of the first line end at or after {@code from}, or the text's length. */
    private static int next(String text, int from, boolean onlyNewlines) {
        if (onlyNewlines) {
            int at = text.indexOf('\n', from);
            return at < 0 ? text.length() : at;
        }
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The 0-based line that holds {@code offset}; an end-of-line belongs to the line it ends. */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, 0, count, offset);
        return at >= 0 ? at : -at - 2;
    }
}
