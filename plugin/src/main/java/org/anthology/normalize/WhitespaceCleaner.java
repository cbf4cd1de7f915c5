package org.anthology.normalize;

/**
 * Collapses each run of spaces, tabs and newlines to one space, across inline boundaries, and drops white space at
 * the edges of a paragraph and around a line break. A run holding a no-break space keeps that no-break space, since
 * it was put there on purpose. Thin, em and ideographic spaces are deliberate and stay.
 */
final class WhitespaceCleaner {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';

    private WhitespaceCleaner() {
    }

    /** The runs with white space collapsed; counts changed runs in {@code tally}. */
    static TextRuns apply(TextRuns in, Tally tally) {
        String text = in.flat();
        TextRuns.Writer out = in.writer();
        int i = 0;
        while (i < text.length()) {
            if (!collapsible(text.charAt(i)) || in.inUrl(i)) {
                out.keep(i);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && collapsible(text.charAt(end))) {
                end++;
            }
            collapse(in, out, i, end, tally);
            i = end;
        }
        return out.result();
    }

    /** Writes one space for the white space from {@code start} to {@code end}, or none at an edge or break. */
    private static void collapse(TextRuns in, TextRuns.Writer out, int start, int end, Tally tally) {
        String text = in.flat();
        int kept = -1;
        boolean lineBreak = false;
        for (int k = start; k < end; k++) {
            lineBreak |= in.isAtom(k);
            if (kept < 0 && isNoBreak(text.charAt(k))) {
                kept = k;
            }
        }
        String original = text.substring(start, end);
        if (lineBreak || start == 0 || end == text.length()) {
            boolean dropped = original.chars().anyMatch(c -> c != TextRuns.BREAK);
            tally.add(TypographyReport.Rule.SPACES, dropped ? 1 : 0);
            return;
        }
        String space = kept >= 0 ? String.valueOf(text.charAt(kept)) : " ";
        out.emit(kept >= 0 ? kept : start, space);
        tally.add(TypographyReport.Rule.SPACES, original.equals(space) ? 0 : 1);
    }

    /** Characters that collapse into one space: ASCII white space, line breaks and the no-break spaces. */
    static boolean collapsible(char c) {
        // Between the ASCII spaces and the no-break space nothing collapses: most characters are answered at once.
        if (c > ' ' && c < NBSP) {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == TextRuns.BREAK
                || isNoBreak(c);
    }

    private static boolean isNoBreak(char c) {
        return c == NBSP || c == NNBSP || c == '\u2007';
    }
}
