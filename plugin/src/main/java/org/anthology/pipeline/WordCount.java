package org.anthology.pipeline;

import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * Counts words the way readers do: runs of letters, digits and the marks written on them, in every heading and
 * paragraph of a chapter.
 */
final class WordCount {

    /** 1 for the ASCII characters that belong to a word (letters, digits, apostrophe, hyphen), 0 for the rest. */
    private static final byte[] ASCII_PART = new byte[0x80];

    static {
        for (char ch = 0; ch < ASCII_PART.length; ch++) {
            int lower = ch | 0x20;
            boolean part = lower >= 'a' && lower <= 'z' || ch >= '0' && ch <= '9' || ch == '\'' || ch == '-';
            ASCII_PART[ch] = (byte) (part ? 1 : 0);
        }
    }

    private WordCount() {
    }

    static long of(Chapter chapter) {
        long count = 0;
        for (Block block : Walk.blocks(chapter.blocks())) {
            if (block instanceof Block.Heading heading) {
                count += words(heading.text());
            } else if (block instanceof Block.Paragraph paragraph) {
                count += words(Inline.plainText(paragraph.content()));
            }
        }
        return count;
    }

    /**
     * The runs of letters, digits, marks, apostrophes and hyphens in {@code text}, counted in one pass; ASCII, most of most
     * texts, is told apart without a look-up in the Unicode tables.
     */
    static long words(String text) {
        long words = 0;
        // 1 inside a word, 0 outside: a word starts where a part follows a non-part, counted without a branch, as
        // text, where spaces fall every few letters, would send a branch the wrong way at each.
        int inWord = 0;
        int length = text.length();
        // An array is read faster than String.charAt, whose index checks the JVM's quick compiler keeps as calls.
        char[] chars = text.toCharArray();
        for (int i = 0; i < length; ) {
            char ch = chars[i];
            int part;
            if (ch < 0x80) {
                part = ASCII_PART[ch];
                i++;
            } else {
                int c = Character.codePointAt(chars, i);
                part = isWordPart(c) ? 1 : 0;
                i += Character.charCount(c);
            }
            words += part & (inWord ^ 1);
            inWord = part;
        }
        return words;
    }


    private static boolean isWordPart(int c) {
        if (Character.isLetter(c) || c == '’') {
            return true;
        }
        int type = Character.getType(c);
        // Accents and the vowel signs of Indic scripts are marks: they belong to the word they are written on.
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
