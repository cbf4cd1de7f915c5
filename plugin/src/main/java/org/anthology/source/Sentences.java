package org.anthology.source;

import java.util.regex.Pattern;

/**
 * What a line of plain text looks like as language: whether it ends a sentence, opens dialogue, or reads like a
 * title. The heading rules and the paragraph-style detection share these tests.
 */
final class Sentences {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** Closing quotes and brackets that may follow a sentence's final punctuation: {@code He left.”}. */
    private static final String CLOSERS = "\"”’')]»";
    private static final String SENTENCE_PUNCTUATION = ".?!:;…";
    /** Straight and curly quotes, guillemets and the dialogue dash of many European traditions. */
    private static final Pattern DIALOGUE = Pattern.compile("^([\"“„«‘'‚]|[—–]\\s).*");
    /** Short words a title leaves in lower case: articles, prepositions, conjunctions. */
    private static final int SHORT_WORD = 3;

    /** Titles rarely run longer than this; a longer line is a sentence that lost its punctuation. */
    static final int TITLE_WORDS = 10;

    private Sentences() {
    }

    /** True when {@code text} ends with {@code . ? ! : ;} (or an ellipsis), possibly followed by closing quotes. */
    static boolean endsSentence(String text) {
        // Read from the end: past the closers, the last character must be sentence punctuation. A scan from the
        // start would try every position of a long paragraph.
        String s = text.strip();
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_PUNCTUATION.indexOf(s.charAt(i)) >= 0 && !LineTerminators.within(s, 0, i);
    }

    /** True when {@code text} opens with a quotation mark or a dialogue dash. */
    static boolean isDialogue(String text) {
        String s = text.strip();
        return !s.isEmpty() && "\"“„«‘'‚—–".indexOf(s.charAt(0)) >= 0 && DIALOGUE.matcher(s).matches();
    }

    /** The number of words, as splitting at runs of ASCII white space counts them, without splitting. */
    static int words(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int k = 1; k < s.length(); k++) {
            if (isAsciiSpace(s.charAt(k)) && !isAsciiSpace(s.charAt(k - 1))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when the first letter or digit is an upper-case letter or a digit. */
    static boolean startsUpper(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** True when every word longer than three letters starts with a capital (or a digit): {@code How to Win}. */
    static boolean isTitleCase(String text) {
        for (String word : SPACES.split(text.strip())) {
            String letters = NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
            if (letters.length() > SHORT_WORD && !startsUpper(letters)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code text} could be a title by its words alone: it starts with a capital, is at most
     * {@value #TITLE_WORDS} words, is not dialogue and ends without sentence punctuation or a comma.
     */
    static boolean isTitleLike(String text) {
        String s = text.strip();
        return !s.isEmpty() && startsUpper(s) && words(s) <= TITLE_WORDS && !isDialogue(s) && !endsSentence(s)
                && !s.endsWith(",") && !s.endsWith("-");
    }
}
