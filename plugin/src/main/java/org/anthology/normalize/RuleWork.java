package org.anthology.normalize;

/**
 * Which typography rules a paragraph's text gives any work to, found in one pass over it: most paragraphs hold no
 * dash, ellipsis or stray space, and a rule with nothing to do is not run. A rule whose work is in doubt is run:
 * a rule decides for itself, character by character, what it changes.
 */
final class RuleWork {

    static final int CHARACTERS = 1;
    static final int SPACES = 1 << 1;
    static final int DASHES = 1 << 2;
    static final int ELLIPSES = 1 << 3;
    static final int QUOTES = 1 << 4;
    static final int FRENCH = 1 << 5;

    private RuleWork() {
    }

    /** The rules (a set of the bits above) that may change {@code text}. */
    static int of(String text) {
        // One copy of the text, read as an array: a string's charAt, on the text's UTF-16 strings, checks its index
        // in a call of its own for every character.
        char[] chars = text.toCharArray();
        int work = 0;
        int last = chars.length - 1;
        for (int i = 0; i <= last; i++) {
            char c = chars[i];
            // Letters, digits and the marks between them: no rule starts at one (: ; < = > ? are French marks).
            if (c > '.' && c < 0x7F && (c < ':' || c > '?')) {
                continue;
            }
            // A space between two words, as most are: it neither collapses nor starts a rule.
            if (c == ' ' && i > 0 && i < last && word(chars[i - 1]) && word(chars[i + 1])) {
                continue;
            }
            work |= of(chars, i, c, last);
        }
        return work;
    }

    /** Whether {@code c} is a printable ASCII character other than a space: nothing collapses with it. */
    private static boolean word(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static int of(char[] text, int i, char c, int last) {
        int work = CharacterCleaner.isSettled(c) ? 0 : CHARACTERS;
        if (WhitespaceCleaner.collapsible(c) && (c != ' ' || i == 0 || i == last
                || WhitespaceCleaner.collapsible(text[i - 1]) || WhitespaceCleaner.collapsible(text[i + 1]))) {
            work |= SPACES;
        }
        if (c == '-' && i < last && text[i + 1] == '-') {
            work |= DASHES;
        } else if (c == '.' && (startsWith(text, i, "...") || startsWith(text, i, ". . ."))) {
            work |= ELLIPSES;
        } else if (c == '"' || c == '\'') {
            work |= QUOTES;
        } else if (c == '«' || c == '»' || c == ';' || c == ':' || c == '!' || c == '?') {
            work |= FRENCH;
        }
        return work;
    }

    private static boolean startsWith(char[] text, int from, String prefix) {
        if (from + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
