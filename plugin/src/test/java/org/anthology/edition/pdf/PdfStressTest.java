package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** Blocks far beyond any page's size split across pages, and every word of them is in the PDF's text. */
@BookCheck
class PdfStressTest {

    @Test
    void setsEveryCellOfATableOfTwoHundredColumns() throws IOException {
        List<String> words = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<List<Inline>> cells = new ArrayList<>();
            for (int c = 0; c < 200; c++) {
                String word = "r" + r + "c" + c;
                words.add(word);
                cells.add(List.of(new Inline.Text(word)));
            }
            rows.add(new Block.Table.Row(r == 0, cells));
        }
        assertAllIn(words, book(new Block.Table(rows, Fixtures.at("a.md", 2))));
    }

    @Test
    void setsFiveHundredNestedQuotations() throws IOException {
        List<String> words = new ArrayList<>();
        Block block = paragraph("innermost");
        words.add("innermost");
        for (int depth = 0; depth < 500; depth++) {
            words.add("depth" + depth);
            block = new Block.BlockQuote(List.of(paragraph("depth" + depth), block), Fixtures.at("a.md", 3));
        }
        assertAllIn(words, book(block));
    }

    @Test
    void setsAWordOfFiftyThousandCharacters() throws IOException {
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 50_000; i++) {
            word.append("seg").append(i);
        }
        PdfTheme theme = PdfTheme.defaults();
        StringBuilder body = new StringBuilder();
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(paragraph("Before " + word + " after.")), theme))) {
            // The text block of every page, without running heads and page numbers between its lines.
            for (int page = 1; page <= read.pageCount(); page++) {
                body.append(read.bandText(page, theme.marginTop(), read.pageHeight(page) - theme.marginBottom()));
            }
        }
        String text = body.toString().replaceAll("\\s", "");
        assertTrue(text.contains("Before" + word + "after."), "the long word is not whole in the text");
    }

    @Test
    void setsAListOfFiveThousandItems() throws IOException {
        List<String> words = new ArrayList<>();
        List<List<Block>> items = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("item" + i);
            items.add(List.of(paragraph("item" + i)));
        }
        assertAllIn(words, book(new Block.ListBlock(true, 1, items, Fixtures.at("a.md", 4))));
    }

    @Test
    void setsATableOfTwentyThousandRows() throws IOException {
        List<String> words = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        rows.add(new Block.Table.Row(true, List.of(List.of(new Inline.Text("Key")), List.of(new Inline.Text("Value")))));
        for (int r = 0; r < 20_000; r++) {
            words.add("key" + r);
            words.add("value" + r);
            rows.add(new Block.Table.Row(false, List.of(List.of(new Inline.Text("key" + r)),
                    List.of(new Inline.Text("value" + r)))));
        }
        assertAllIn(words, book(new Block.Table(rows, Fixtures.at("a.md", 5))));
    }

    @Test
    void setsANoteLongerThanAPage() throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            words.add("note" + i);
            note.append("note").append(i).append(' ');
        }
        Block reference = new Block.Paragraph(List.of(new Inline.Text("Referenced "),
                new Inline.NoteReference("1", "a-note-1"), new Inline.Text(" here.")), Fixtures.at("a.md", 1));
        Block.Note long_ = new Block.Note("1", "a-note-1", List.of(paragraph(note.toString().strip())),
                Fixtures.at("a.md", 9));
        words.add("Referenced");
        assertAllIn(words, book(reference, long_));
    }

    private static void assertAllIn(List<String> words, Anthology book) throws IOException {
        Set<String> found = new HashSet<>();
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book, PdfTheme.defaults()))) {
            for (String word : read.text().split("[^\\p{L}\\p{N}]+")) {
                found.add(word);
            }
        }
        List<String> missing = words.stream().filter(word -> !found.contains(word)).toList();
        assertEquals(List.of(), missing.subList(0, Math.min(missing.size(), 20)),
                missing.size() + " of " + words.size() + " words missing");
    }

    private static Anthology book(Block... blocks) {
        return new Anthology(Fixtures.metadata("Stress"), List.of(new Chapter("a", "Stress", Optional.empty(),
                Optional.empty(), List.of(blocks), Fixtures.at("a.md", 1))));
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("a.md", 1));
    }
}
