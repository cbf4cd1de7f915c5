package org.anthology.normalize;

/**
 * Finds URLs written in running text ({@code https://…}, {@code www.…}, {@code mailto:…}), which typography must
 * leave exactly as written: a {@code --} or a quote inside an address is part of the address.
 */
final class Urls {

    private static final String TRAILING = ".,;:!?)]}'\"”’»";

    private Urls() {
    }

    /** What {@link #mask} gives for a text without a URL, whatever its length. */
    static final boolean[] NONE = new boolean[0];

    /**
     * For each character of {@code text}, whether it belongs to a URL; {@link #NONE} when none does. {@code chars}
     * are the characters of {@code text}, which a first pass reads without a call a character.
     */
    static boolean[] mask(String text, char[] chars) {
        if (!mayHoldUrl(text, chars)) {
            return NONE;
        }
        boolean[] mask = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (startsToken(text, i) && startsUrl(text, i)) {
                int end = i;
                while (end < text.length() && !isSpace(text.charAt(end))
                        && text.charAt(end) != TextRuns.CODE) {
                    end++;
                }
                while (end > i && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                for (int k = i; k < end; k++) {
                    mask[k] = true;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return mask;
    }

    /**
     * Whether {@code text} holds {@code ://}, {@code www.} or {@code mailto:} at all, found from its colons and
     * full stops: most paragraphs hold none, and then no position need be tried.
     */
    private static boolean mayHoldUrl(String text, char[] chars) {
        for (int p = 0; p < chars.length; p++) {
            char c = chars[p];
            if (c == ':') {
                if (text.startsWith("//", p + 1) || p >= 6 && startsAsciiIgnoringCase(text, p - 6, "mailto")) {
                    return true;
                }
            } else if (c == '.' && p >= 3 && startsAsciiIgnoringCase(text, p - 3, "www")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsToken(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean startsUrl(String text, int i) {
        if (startsAsciiIgnoringCase(text, i, "www.") || startsAsciiIgnoringCase(text, i, "mailto:")) {
            return true;
        }
        int k = i;
        while (k < text.length() && k - i < 10 && isSchemeChar(text.charAt(k))) {
            k++;
        }
        return k > i && Character.isLetter(text.charAt(i)) && text.startsWith("://", k);
    }

    /** Whether {@code prefix} (lower-case ASCII) stands at {@code i}, in either case, without copying the text. */
    private static boolean startsAsciiIgnoringCase(String text, int i, String prefix) {
        if (text.length() - i < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(i + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == TextRuns.BREAK;
    }

    private static boolean isSchemeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    }
}
