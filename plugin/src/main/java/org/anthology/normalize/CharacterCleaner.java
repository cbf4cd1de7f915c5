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
            String composed = java.text.Normalizer.normalize(visible, Form.NFC);
            if (!composed.equals(visible)) {
                tally.add(TypographyReport.Rule.UNICODE_NFC, 1);
            }
            return composed;
        });
    }

    /**
     * Whether {@code text} has nothing to remove or compose: no control character, and nothing from U+0300 on,
     * where the combining marks begin (no character before them composes with its neighbour under NFC).
     */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' || c >= '\u007F' && c <= '\u009F' || c < ' ' && c != '\t' && c != '\n' && c != '\r'
                    && c != '\f' && c != '\u000B') {
                return false;
            }
        }
        return true;
    }

    private static String removeInvisible(String text, Tally tally) {
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
