package org.anthology.source;

import java.util.regex.Pattern;

/**
 * What a line of plain text looks like as language: whether it ends a sentence, opens dialogue, or reads like a
 * title. The heading rules and the paragraph-style detection share these tests.
 */
final class Sentences {

    /** Closing quotes and brackets that may follow a sentence's final punctuation: {@code He left.”}. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:;…][\"”’')\\]»]*$");
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
        return SENTENCE_END.matcher(text.strip()).matches();
    }

    /** True when {@code text} opens with a quotation mark or a dialogue dash. */
    static boolean isDialogue(String text) {
        return DIALOGUE.matcher(text.strip()).matches();
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** True when the first letter or digit is an upper-case letter or a digit. */
    static boolean startsUpper(String text) {
        return text.strip().codePoints().filter(Character::isLetterOrDigit).findFirst()
                .stream().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** True when every word longer than three letters starts with a capital (or a digit): {@code How to Win}. */
    static boolean isTitleCase(String text) {
        for (String word : text.strip().split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}\\p{N}]", "");
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
