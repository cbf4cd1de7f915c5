package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CharacterClassTest {

    @Test
    void hanKanaAndFullWidthFormsAreCjk() {
        for (char c : new char[] {'中', '文', 'か', 'カ', '。', '「', '＂', '\u2E80', '\u3005'}) {
            assertTrue(CharacterClass.isCjk(c), () -> "U+" + Integer.toHexString(c));
            assertEquals(CharacterClass.CJK, CharacterClass.of(c));
        }
        assertFalse(CharacterClass.isCjk('Ж'));
        assertFalse(CharacterClass.isCjk('é'));
    }

    @Test
    void noCharacterBeforeTheCjkRadicalsIsHanKanaOrCjkPunctuation() {
        // The quick answer below FIRST_CJK holds only while the JDK's Unicode tables agree.
        Set<Character.UnicodeScript> scripts = Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA);
        for (char c = 0; c < CharacterClass.FIRST_CJK; c++) {
            char at = c;
            // A block is null where the JDK assigns none.
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            assertFalse(scripts.contains(Character.UnicodeScript.of(c))
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
                    () -> "U+" + Integer.toHexString(at));
        }
    }

    @Test
    void classesTheNeighboursOfAQuote() {
        assertEquals(CharacterClass.WORD, CharacterClass.of('a'));
        assertEquals(CharacterClass.WORD, CharacterClass.of(TextRuns.CODE));
        assertEquals(CharacterClass.SPACE, CharacterClass.of(' '));
        assertEquals(CharacterClass.SPACE, CharacterClass.at("ab", 2));
        assertEquals(CharacterClass.OPENER, CharacterClass.of('('));
        assertEquals(CharacterClass.PUNCT, CharacterClass.of('!'));
        assertEquals(CharacterClass.WORD, CharacterClass.before("a\"'", 2));
    }
}
