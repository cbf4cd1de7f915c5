package org.anthology.normalize;

import java.text.Normalizer.Form;

/**
 * Removes zero-width and control characters and composes text to Unicode NFC, run by run. Zero-width joiner and
 * non-joiner stay: they change how emoji, Persian and Indic scripts are shaped. Tabs and newlines are white space
 * and are left to {@link WhitespaceCleaner}.
 */
final class CharacterCleaner {

    private CharacterCleaner() {
    }

    /** The runs cleaned; counts removed characters and NFC changes in {@code tally}. */
    static TextRuns apply(TextRuns in, Tally tally) {
        return in.mapEach(text -> {
            if (isClean(text)) {
                return text;
            }
            String visible = removeInvisible(text, tally);
            String composed = java.text.Normalizer.isNormalized(visible, Form.NFC) ? visible
                    : java.text.Normalizer.normalize(visible, Form.NFC);
            if (!composed.equals(visible)) {
                tally.add(TypographyReport.Rule.UNICODE_NFC, 1);
            }
            return composed;
        });
    }

    /** Whether {@code text} has nothing to remove or compose. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSettled(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} is neither removed nor changed by NFC whatever stands beside it: no control character,
     * and before U+0300, where the combining marks begin, or punctuation from U+2002 to U+206F (dashes, quotes,
     * the ellipsis), which never composes; U+2000 and U+2001 are NFC's own singletons.
     */
    static boolean isSettled(char c) {
        if (c < '\u0300') {
            return c >= ' ' ? c < '\u007F' || c > '\u009F' : c == '\t' || c == '\n' || c == '\r' || c == '\f'
                    || c == '\u000B';
        }
        return c >= '\u2002' && c <= '\u206F' && c != '\u200B' && c != '\u2060';
    }

    private static String removeInvisible(String text, Tally tally) {
        int first = 0;
        while (first < text.length() && !isInvisible(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                removed++;
            } else {
                out.append(c);
            }
        }
        tally.add(TypographyReport.Rule.INVISIBLE_CHARACTERS, removed);
        return removed == 0 ? text : out.toString();
    }

    /** Zero-width space, word joiner, byte order mark, and control characters other than tab, newline and feeds. */
    static boolean isInvisible(char c) {
        if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
            return true;
        }
        return Character.getType(c) == Character.CONTROL && "\t\n\r\f\u000B".indexOf(c) < 0;
    }
}
