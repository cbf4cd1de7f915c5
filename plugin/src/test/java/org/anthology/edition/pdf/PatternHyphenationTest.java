package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;
import org.junit.jupiter.api.Test;

class PatternHyphenationTest {

    private static final BaseFont FONT = new FontSet(PdfTheme.defaults())
            .font(FontSet.Role.BODY, false, false, 10f).getBaseFont();

    @Test
    void breaksAnEnglishWordAtTheLastPointThatFits() {
        HyphenationEvent english = PatternHyphenation.forLanguage("en").orElseThrow();
        float room = FONT.getWidthPoint("hyphena-", 10f) + 0.1f;
        assertEquals("hyphen-", english.getHyphenatedWordPre("hyphenation", FONT, 10f, room));
        assertEquals("ation", english.getHyphenatedWordPost());
    }

    @Test
    void leavesAWordWholeWhenNoBreakFits() {
        HyphenationEvent english = PatternHyphenation.forLanguage("en").orElseThrow();
        assertEquals("", english.getHyphenatedWordPre("hyphenation", FONT, 10f, 5f));
        assertEquals("hyphenation", english.getHyphenatedWordPost());
    }

    @Test
    void neverBreaksAWordThatAlreadyHasAHyphen() {
        HyphenationEvent english = PatternHyphenation.forLanguage("en").orElseThrow();
        assertEquals("", english.getHyphenatedWordPre("well-established", FONT, 10f, 200f));
    }

    @Test
    void parsesALanguagesPatternsOnceForEveryWrite() {
        PatternHyphenation first = (PatternHyphenation) PatternHyphenation.forLanguage("de").orElseThrow();
        PatternHyphenation second = (PatternHyphenation) PatternHyphenation.forLanguage("de").orElseThrow();
        assertTrue(first != second, "each write has its own word cache");
        assertTrue(first.sharesPatternsWith(second), "the patterns were parsed again");
        assertTrue(!first.sharesPatternsWith((PatternHyphenation) PatternHyphenation.forLanguage("fr").orElseThrow()));
    }

    @Test
    void findsRegionalPatternsAndFallsBackToTheLanguage() {
        assertTrue(PatternHyphenation.forLanguage("en-GB").isPresent());
        assertTrue(PatternHyphenation.forLanguage("de-AT").isPresent());
        assertTrue(PatternHyphenation.forLanguage("fr").isPresent());
    }

    @Test
    void hasNoHyphenationForALanguageWithoutPatterns() {
        assertTrue(PatternHyphenation.forLanguage("tlh").isEmpty());
    }
}
