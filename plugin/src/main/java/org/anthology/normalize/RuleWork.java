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
        int work = 0;
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            // Letters, digits and the marks between them: no rule starts at one (: ; < = > ? are French marks).
            if (c > '.' && c < 0x7F && (c < ':' || c > '?')) {
                continue;
            }
            work |= of(text, i, c, last);
        }
        return work;
    }

    private static int of(String text, int i, char c, int last) {
        int work = CharacterCleaner.isSettled(c) ? 0 : CHARACTERS;
        if (WhitespaceCleaner.collapsible(c) && (c != ' ' || i == 0 || i == last
                || WhitespaceCleaner.collapsible(text.charAt(i - 1)) || WhitespaceCleaner.collapsible(text.charAt(i + 1)))) {
            work |= SPACES;
        }
        if (c == '-' && i < last && text.charAt(i + 1) == '-') {
            work |= DASHES;
        } else if (c == '.' && (text.startsWith("...", i) || text.startsWith(". . .", i))) {
            work |= ELLIPSES;
        } else if (c == '"' || c == '\'') {
            work |= QUOTES;
        } else if (c == '«' || c == '»' || c == ';' || c == ':' || c == '!' || c == '?') {
            work |= FRENCH;
        }
        return work;
    }
}
