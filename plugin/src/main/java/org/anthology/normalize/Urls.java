package org.anthology.normalize;

/**
 * Finds URLs written in running text ({@code https://…}, {@code www.…}, {@code mailto:…}), which typography must
 * leave exactly as written: a {@code --} or a quote inside an address is part of the address.
 */
final class Urls {

    private static final String TRAILING = ".,;:!?)]}'\"”’»";

    private Urls() {
    }

    /** For each character of {@code text}, whether it belongs to a URL. */
    static boolean[] mask(String text) {
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

    private static boolean startsToken(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean startsUrl(String text, int i) {
        String rest = text.substring(i, Math.min(text.length(), i + 12)).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith("www.") || rest.startsWith("mailto:")) {
            return true;
        }
        int k = i;
        while (k < text.length() && k - i < 10 && isSchemeChar(text.charAt(k))) {
            k++;
        }
        return k > i && Character.isLetter(text.charAt(i)) && text.startsWith("://", k);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == TextRuns.BREAK;
    }

    private static boolean isSchemeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    }
}
