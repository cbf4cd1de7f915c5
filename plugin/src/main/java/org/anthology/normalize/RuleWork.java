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

    /** Kinds of character whose work depends on their neighbours, kept above the rule bits. */
    private static final int SPACE = 1 << 8;
    private static final int HYPHEN = 1 << 9;
    private static final int DOT = 1 << 10;
    private static final int RULE_BITS = SPACE - 1;

    /** What {@link #kind} gives for each ASCII character, looked up instead of tested. */
    private static final int[] ASCII = new int[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = kind(c);
        }
    }

    private RuleWork() {
    }

    /** The rules (a set of the bits above) that may change {@code text}. */
    static int of(String text) {
        int last = text.length() - 1;
        if (last < 0) {
            return 0;
        }
        // Every character's own work is or-ed together, and so are the kinds of each pair of neighbours and of each
        // pair one character apart: "  ", "--", ".." and ". ." are found without a branch a character, which text,
        // where spaces and marks fall anywhere, would send the wrong way every few characters.
        int work = 0;
        int pairs = 0;
        int gapped = 0;
        int before = 0;
        int twoBefore = 0;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            int kind = c < ASCII.length ? ASCII[c] : kind(c);
            work |= kind;
            pairs |= before & kind;
            gapped |= twoBefore & kind;
            twoBefore = before;
            before = kind;
        }
        work &= RULE_BITS;
        // A space collapses with another white space character, which gives SPACES work of its own, or at an end.
        if ((pairs & SPACE) != 0 || text.charAt(0) == ' ' || text.charAt(last) == ' ') {
            work |= SPACES;
        }
        if ((pairs & HYPHEN) != 0) {
            work |= DASHES;
        }
        if (((pairs | gapped) & DOT) != 0 && (text.contains("...") || text.contains(". . ."))) {
            work |= ELLIPSES;
        }
        return work;
    }

    /**
     * The rules {@code c} gives work to wherever it stands; for a space, hyphen or full stop, whose work depends on
     * the characters beside it, its kind instead. Letters, digits and most marks give none.
     */
    private static int kind(char c) {
        if (c == ' ') {
            return SPACE;
        } else if (c == '-') {
            return HYPHEN;
        } else if (c == '.') {
            return DOT;
        }
        int work = CharacterCleaner.isSettled(c) ? 0 : CHARACTERS;
        if (WhitespaceCleaner.collapsible(c)) {
            work |= SPACES;
        }
        if (c == '"' || c == '\'') {
            work |= QUOTES;
        } else if (c == '«' || c == '»' || c == ';' || c == ':' || c == '!' || c == '?') {
            work |= FRENCH;
        }
        return work;
    }
}
