package org.anthology.normalize;

/**
 * How typography rules see the character next to a mark: the context that decides whether a quote opens or
 * closes. Code spans count as words; line breaks, the start and the end of a paragraph count as space.
 */
enum CharacterClass {
    /** Letters, digits, combining marks and code spans. */
    WORD,
    /** White space, a line break, or the edge of the paragraph. */
    SPACE,
    /** Brackets and dashes after which a quote opens: {@code ( [ { — – - /}. */
    OPENER,
    /** Han, kana and full-width forms, where words are not separated by spaces. */
    CJK,
    /** Everything else: closing punctuation, symbols. */
    PUNCT;

    private static final String OPENERS = "([{<\u2014\u2013-/";
    private static final String QUOTES = "\"'“”‘’„‚«»‹›";
    /** The first character of the CJK Radicals Supplement, where {@link #isCjk} can first be true. */
    static final char FIRST_CJK = '\u2E80';

    /** The class of the character at {@code index}, or {@link #SPACE} outside the text. */
    static CharacterClass at(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return SPACE;
        }
        return of(text.charAt(index));
    }

    /** The class of {@code c}. */
    static CharacterClass of(char c) {
        if (c == TextRuns.CODE) {
            return WORD;
        }
        if (isCjk(c)) {
            return CJK;
        }
        if (Character.isLetterOrDigit(c) || isMark(c)) {
            return WORD;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return OPENERS.indexOf(c) >= 0 ? OPENER : PUNCT;
    }

    /** The class of the nearest character before {@code index} that is not a quote mark. */
    static CharacterClass before(String text, int index) {
        int i = index - 1;
        while (i >= 0 && isQuote(text.charAt(i))) {
            i--;
        }
        return at(text, i);
    }

    /** The class of the nearest character after {@code index} that is not a quote mark. */
    static CharacterClass after(String text, int index) {
        int i = index + 1;
        while (i < text.length() && isQuote(text.charAt(i))) {
            i++;
        }
        return at(text, i);
    }

    /** Straight or curly quote marks of the Western styles. */
    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    /** Han, Hiragana, Katakana, CJK punctuation and full-width forms: quote context rules do not apply there. */
    static boolean isCjk(char c) {
        // Nothing before the CJK radicals is Han, kana or CJK punctuation: most text is answered without the tables.
        if (c < FIRST_CJK) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
