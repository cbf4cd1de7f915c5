package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class OverlongWordsTest {

    private static final String LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);

    @Test
    void warnsOfAWordWiderThanALineAtItsParagraph() {
        assertEquals(List.of("a.md:4: a word of 135 characters (\"Pneumonoultramicroscopic\u2026\") is wider than a line "
                        + "of the PDF, which breaks it between letters. Add a space or a hyphen where it may break"),
                warnings(paragraph("Before " + LONG + " after.", 4)));
    }

    @Test
    void leavesWordsThatFitAlone() {
        assertEquals(List.of(), warnings(paragraph("The internationalization of telecommunications "
                + "infrastructure, and its counterrevolutionary misunderstandings.", 1)));
    }

    @Test
    void takesHyphensDashesSlashesAndWhiteSpaceAsTheEndsOfWords() {
        String pieces = String.join("-", "Pneumonoultra", "microscopic", "silicovolcano") + "\u2010coniosis\u2013and"
                + "\u2014more/and\tthen\nsome\rmore\u000Bstill\fend";
        assertEquals(List.of(), warnings(paragraph((pieces + " ").repeat(6), 1)));
    }

    @Test
    void measuresEachWordInItsOwnLetters() {
        // Both words have as many letters; only the one of wide letters is wider than the line.
        String narrow = "i".repeat(60);
        String wide = "W".repeat(60);
        assertEquals(List.of(), warnings(paragraph(narrow, 1)));
        assertEquals(1, warnings(paragraph(narrow + " " + wide, 2)).size());
    }

    @Test
    void findsWordsInListsQuotationsAndNotes() {
        Block quote = new Block.BlockQuote(List.of(paragraph("quoted " + LONG, 2)), Fixtures.at("a.md", 2));
        Block list = new Block.ListBlock(false, 1, List.of(List.of(paragraph("listed " + LONG, 3))),
                Fixtures.at("a.md", 3));
        assertEquals(2, warnings(quote, list).size());
    }

    private static List<String> warnings(Block... blocks) {
        Anthology book = new Anthology(Fixtures.metadata("Words"), List.of(new Chapter("a", "Words", Optional.empty(),
                Optional.empty(), List.of(blocks), Fixtures.at("a.md", 1))));
        Diagnostics diagnostics = new Diagnostics();
        new PdfEdition(PdfTheme.defaults()).checkWords(book, diagnostics);
        return diagnostics.warnings().stream().map(Problem::toString).toList();
    }

    private static Block paragraph(String text, int line) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("a.md", line));
    }
}
