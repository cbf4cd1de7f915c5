package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aSentenceEndsWithItsPunctuationBeforeClosingQuotes() {
        assertTrue(Sentences.endsSentence("He left."));
        assertTrue(Sentences.endsSentence("\u201CHe left?\u201D  "));
        assertTrue(Sentences.endsSentence("And then\u2026"));
        assertFalse(Sentences.endsSentence("He left and"));
        assertFalse(Sentences.endsSentence(""));
    }

    @Test
    void aLineTerminatorBeforeTheEndBreaksTheSentence() {
        for (String terminator : List.of("\n", "\r", "\u0085", "\u2028", "\u2029")) {
            assertFalse(Sentences.endsSentence("He left" + terminator + "and came back."), terminator);
        }
        assertTrue(Sentences.endsSentence("He left \u2027 and came back."));
        assertTrue(Sentences.endsSentence("\u201CHe left,\u201D she said, \u201Cand came back.\u201D".repeat(40)));
    }

    @Test
    void splitsABodyAtEveryLineEndKeepingEmptyLines() {
        assertEquals(List.of(new TextLine("one", 3), new TextLine("", 4), new TextLine("two", 5),
                new TextLine("", 6)), TextLine.split("one\n\ntwo\n", 3));
        assertEquals(List.of(new TextLine("", 1)), TextLine.split("", 1));
    }

    @Test
    void startsUpperByTheFirstLetterOrDigit() {
        assertTrue(Sentences.startsUpper("  “Hello,” she said"));
        assertTrue(Sentences.startsUpper("1984 again"));
        assertTrue(Sentences.startsUpper("— Élan"));
        assertTrue(Sentences.startsUpper("\uD835\uDC00 bold capital, beyond the first plane"));
        assertFalse(Sentences.startsUpper("“élan,” Upper later"));
        assertFalse(Sentences.startsUpper("\uD835\uDC1A bold small"));
        assertFalse(Sentences.startsUpper("... — !"));
        assertFalse(Sentences.startsUpper(""));
    }
}
