package org.anthology.normalize;

/**
 * French spacing: a narrow no-break space (U+202F) inside guillemets and before {@code ; : ! ?}, replacing any space
 * typed there, so the mark never starts a line. A colon or other mark directly followed by a letter or digit
 * ({@code 10:30}) is not punctuation and is left alone; so are Han, kana and full-width marks.
 */
final class FrenchSpacing {

    private static final char NNBSP = '\u202F';
    private static final String SPACED = ";:!?";

    private FrenchSpacing() {
    }

    /** The runs with French spacing; counts marks whose spacing changed in {@code tally}. */
    static TextRuns apply(TextRuns in, Tally tally) {
        String text = in.flat();
        if (!hasMarks(text)) {
            return in;
        }
        TextRuns.Writer out = in.writer();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (in.inUrl(i) || in.isAtom(i)) {
                out.keep(i);
            } else if (isSpace(c)) {
                int next = skipSpaces(text, i);
                int previous = previousNonSpace(text, i);
                boolean absorbed = (next < text.length() && spacedBefore(text, next))
                        || (previous >= 0 && text.charAt(previous) == '«' && next < text.length());
                if (!absorbed) {
                    out.keep(i);
                }
            } else if (c == '«' && skipSpaces(text, i + 1) < text.length()) {
                out.emit(i, "«" + NNBSP);
                count(tally, text.substring(i + 1, skipSpaces(text, i + 1)));
            } else if (spacedBefore(text, i)) {
                out.emit(i, NNBSP + String.valueOf(c));
                count(tally, text.substring(previousNonSpace(text, i) + 1, i));
            } else {
                out.keep(i);
            }
        }
        return out.result();
    }

    /** Whether {@code text} holds a mark that French spacing sets: without one, every space stays as it is. */
    private static boolean hasMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '»' || SPACED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mark at {@code i} takes a narrow no-break space before it. */
    private static boolean spacedBefore(String text, int i) {
        char c = text.charAt(i);
        int previous = previousNonSpace(text, i);
        if (previous < 0 || text.charAt(previous) == TextRuns.BREAK) {
            return false;
        }
        char before = text.charAt(previous);
        if (CharacterClass.isCjk(before)) {
            return false;
        }
        if (c == '»') {
            return before != '«';
        }
        return SPACED.indexOf(c) >= 0 && SPACED.indexOf(before) < 0 && "«([{".indexOf(before) < 0
                && CharacterClass.at(text, i + 1) != CharacterClass.WORD;
    }

    private static void count(Tally tally, String gap) {
        tally.add(TypographyReport.Rule.FRENCH_SPACING, gap.equals(String.valueOf(NNBSP)) ? 0 : 1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == NNBSP;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int previousNonSpace(String text, int before) {
        int i = before - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
