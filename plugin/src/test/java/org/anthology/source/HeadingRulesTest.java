package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadingRulesTest {

    private static String found(Optional<HeadingRules.Match> match) {
        return match.map(m -> m.level() + " " + m.text() + " (" + m.rule() + ")").orElse("none");
    }

    @Test
    void trailingHashStripsTheHashAndKeepsAnyPunctuation() {
        assertEquals("2 Festivals (trailing-hash)", found(HeadingRules.trailingHash("Festivals#")));
        assertEquals("2 Content creators follow this formula: (trailing-hash)",
                found(HeadingRules.trailingHash("Content creators follow this formula:#")));
        assertEquals("2 Wealth (trailing-hash)", found(HeadingRules.trailingHash("Wealth ##")));
        assertEquals("none", found(HeadingRules.trailingHash("#")));
    }

    @Test
    void hashPrefixTakesItsLevelFromTheHashes() {
        assertEquals("2 Notes (hash-prefix)", found(HeadingRules.hashPrefix("## Notes ##")));
        assertEquals("none", found(HeadingRules.hashPrefix("#hashtag")));
    }

    @Test
    void chapterLineTakesNumbersRomanNumeralsAndNumberWords() {
        assertEquals("1 Chapter 7: Homecoming (chapter-line)",
                found(HeadingRules.chapterLine("Chapter 7: Homecoming")));
        assertEquals("1 PART TWENTY-ONE (chapter-line)", found(HeadingRules.chapterLine("PART TWENTY-ONE")));
        assertEquals("1 Part IV (chapter-line)", found(HeadingRules.chapterLine("Part IV")));
        assertEquals("none", found(HeadingRules.chapterLine("Chapter 7 was the hardest to write")));
        assertEquals("none", found(HeadingRules.chapterLine("Part Time Jobs")));
    }

    @Test
    void numberedSectionNeedsATitleAfterTheNumber() {
        assertEquals("3 II. Product Breakthrough (numbered-section)",
                found(HeadingRules.numberedSection("II. Product Breakthrough")));
        assertEquals("3 2.1 Results (numbered-section)", found(HeadingRules.numberedSection("2.1 Results")));
        assertEquals("none", found(HeadingRules.numberedSection("1. Switch off the lights before you go.")));
        assertEquals("none", found(HeadingRules.numberedSection("3. buy milk")));
    }

    @Test
    void allCapsLeavesShoutedSentencesAndDialogueAlone() {
        assertEquals("2 THE LONG WINTER (all-caps)", found(HeadingRules.allCaps("THE LONG WINTER")));
        assertEquals("none", found(HeadingRules.allCaps("STOP!")));
        assertEquals("none", found(HeadingRules.allCaps("“STOP THAT”")));
        assertEquals("none", found(HeadingRules.allCaps("OK")));
    }

    @Test
    void titleLineNeedsTitleCaseAndNoSentencePunctuation() {
        assertEquals("3 How the Night Ended (title-line)", found(HeadingRules.titleLine("How the Night Ended")));
        assertEquals("none", found(HeadingRules.titleLine("Later that night")));
        assertEquals("none", found(HeadingRules.titleLine("A Short Lone Sentence.")));
        assertEquals("none", found(HeadingRules.titleLine("\"Where Are You Going\"")));
    }

    @Test
    void underlinesPromoteTitlesButNotSentencesOrListItems() {
        assertEquals("1 Title (equals-underline)", found(HeadingRules.underlined("Title", "=====")));
        assertEquals("2 Section (dash-underline)", found(HeadingRules.underlined("Section", "---")));
        assertEquals("none", found(HeadingRules.underlined("He left.", "---")));
        assertEquals("none", found(HeadingRules.underlined("- item", "---")));
        assertTrue(HeadingRules.underlined("Title", "Text").isEmpty());
    }
}
