package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

/** Blocks that strain the page flow still make a complete PDF, with all their text. */
class PdfAwkwardInputTest {

    @Test
    void setsAWordLongerThanALineAcrossLines() throws IOException {
        String word = "x".repeat(1500) + "END";
        String text = text(book(paragraph("Before " + word + " after.")));
        assertTrue(text.replaceAll("\\s", "").contains("x".repeat(40) + "END"), "the long word lost its end");
        assertTrue(text.contains("after."), "text after the long word is missing");
    }

    @Test
    void breaksACodeBlockOfThousandsOfLinesAcrossPages() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            lines.add("line " + i + ";");
        }
        String text = text(book(new Block.CodeBlock("", String.join("\n", lines), Fixtures.at("a.md", 2))));
        assertTrue(text.contains("line 1;") && text.contains("line 1500;") && text.contains("line 3000;"), "code lost");
    }

    @Test
    void setsATableOfManyColumnsAndAListNestedTenDeep() throws IOException {
        List<List<Inline>> cells = Collections.nCopies(24, List.of(new Inline.Text("cell")));
        Block table = new Block.Table(List.of(new Block.Table.Row(true, cells), new Block.Table.Row(false, cells)),
                Fixtures.at("a.md", 3));
        Block list = paragraph("deepest item");
        for (int depth = 0; depth < 10; depth++) {
            list = new Block.ListBlock(false, 1, List.of(List.of(paragraph("level " + depth), list)),
                    Fixtures.at("a.md", 4));
        }
        String text = text(book(table, list));
        assertTrue(text.contains("deepest item") && text.contains("level 9"), "nested list lost");
    }

    @Test
    void setsANoteThatHoldsATableAndANoteReferencedTwice() throws IOException {
        Block.Note note = new Block.Note("1", "a-note-1", List.of(paragraph("NOTE one with a table"),
                new Block.Table(List.of(new Block.Table.Row(false, List.of(List.of(new Inline.Text("NOTECELL"))))),
                        Fixtures.at("a.md", 9))), Fixtures.at("a.md", 9));
        Block text = new Block.Paragraph(List.of(new Inline.Text("Twice "), new Inline.NoteReference("1", "a-note-1"),
                new Inline.Text(" and again "), new Inline.NoteReference("1", "a-note-1"), new Inline.Text(".")),
                Fixtures.at("a.md", 1));
        String all = text(book(text, note));
        assertEquals(1, all.split("NOTECELL", -1).length - 1, "the note should be set once");
    }

    @Test
    void keepsAnEmptyParagraphAndAnEmptyHeadingFromBreakingTheFlow() throws IOException {
        String text = text(book(new Block.Paragraph(List.of(), Fixtures.at("a.md", 1)),
                new Block.Heading(2, List.of(), "a-empty", Fixtures.at("a.md", 2)), paragraph("after the empty ones")));
        assertTrue(text.contains("after the empty ones"));
    }

    private static String text(Anthology book) throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book, PdfTheme.defaults()))) {
            return read.text();
        }
    }

    private static Anthology book(Block... blocks) {
        return new Anthology(Fixtures.metadata("Awkward"), List.of(new Chapter("a", "Awkward", Optional.empty(),
                Optional.empty(), List.of(blocks), Fixtures.at("a.md", 1))));
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), Fixtures.at("a.md", 1));
    }
}
