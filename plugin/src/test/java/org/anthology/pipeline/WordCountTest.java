package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsRunsOfLettersAndDigitsWithTheirApostrophesAndHyphens() {
        assertEquals(0, WordCount.words(""));
        assertEquals(0, WordCount.words(" … — , ! "));
        assertEquals(6, WordCount.words("It's a well-known fact: 42 people."));
        assertEquals(3, WordCount.words("don’t stop—believing"), "a curly apostrophe joins, a dash parts");
        assertEquals(1, WordCount.words("[word]"));
        assertEquals(2, WordCount.words("AZaz@`{ 09"), "the characters beside the letters in ASCII part words");
    }

    @Test
    void countsLettersDigitsAndNumbersOfEveryScript() {
        assertEquals(3, WordCount.words("Ελληνικά ру́сский עברית"), "a combining accent stays inside its word");
        assertEquals(2, WordCount.words("٣ ½"), "Arabic-Indic digits and vulgar fractions are numbers");
        assertEquals(1, WordCount.words("𝔘𝔫𝔦"), "letters beyond the BMP, as surrogate pairs");
        assertEquals(1, WordCount.words("互联网"), "a run of Chinese characters counts as one, as readers' tools do");
        assertEquals(2, WordCount.words("हिन्दी भाषा"), "Devanagari's vowel signs and virama are inside the word");
    }

    @Test
    void countsTheHeadingsAndParagraphsOfEveryBlockInsideQuotesListsAndNotes() {
        SourcePosition at = new SourcePosition("ch.md", 1);
        List<Block> blocks = List.of(
                new Block.Heading(2, List.of(new Inline.Text("Two words")), "", at),
                new Block.BlockQuote(List.of(new Block.Paragraph(List.of(new Inline.Text("quoted")), at)), at),
                new Block.ListBlock(false, 1, List.of(List.of(new Block.Paragraph(List.of(
                        new Inline.Emphasis(List.of(new Inline.Text("em"))), new Inline.Text("phasis here")), at))), at),
                new Block.CodeBlock("", "code is not counted", at));
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), blocks, at);
        assertEquals(5, WordCount.of(chapter), "two, one, and 'emphasis here' across the span's edge");
    }
}
