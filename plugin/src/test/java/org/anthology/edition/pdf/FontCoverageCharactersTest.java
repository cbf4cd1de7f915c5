package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Fixtures;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

class FontCoverageCharactersTest {

    private static final SourcePosition AT = new SourcePosition("ch.md", 1);

    @Test
    void collectsEveryCodePointOfTitlesTextCodeTablesAndNotes() {
        String title = "Ünïcode — ‘title’";
        String text = "Plain ASCII, Ελληνικά, 中文, emoji 😀 and 𝔘, a lone \uD800 surrogate and \uFFFF";
        String code = "x -> y ≠ z";
        String cell = "½ ٣ \u0301";
        String noted = "A footnote’s text ☃";
        List<Block> blocks = List.of(new Block.Paragraph(List.of(new Inline.Text(text)), AT),
                new Block.CodeBlock("", code, AT),
                new Block.Table(List.of(new Block.Table.Row(false, List.of(List.of(new Inline.Text(cell))))), AT),
                new Block.Note("1", Optional.empty(), "fn-1", List.of(new Block.Paragraph(List.of(
                        new Inline.Text(noted)), AT)), AT));
        Chapter chapter = new Chapter("ch01", title, Optional.empty(), Optional.empty(), blocks, AT);
        BitSet expected = new BitSet();
        for (String s : List.of(title, text, code, cell, noted, "1")) {
            s.codePoints().forEach(expected::set);
        }
        BitSet found = FontCoverage.characters(new Anthology(Fixtures.metadata("B"), List.of(chapter)));
        assertEquals(expected, found);
    }

    @Test
    void collectsTheCodePointsOfEveryChapterAndPartWhenTheChaptersAreReadOnThreads() {
        // Each chapter and the part have a letter of their own, so a chapter left out or counted twice shows.
        List<String> letters = List.of("α", "β", "γ", "δ", "ε", "ζ", "η");
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            chapters.add(new Chapter("ch" + i, "T", Optional.empty(), Optional.empty(), List.of(
                    new Block.Paragraph(List.of(new Inline.Text("x" + letters.get(i))), AT)), AT));
        }
        Part part = new Part("p", "Part ж", Optional.empty(), List.of(new Block.Paragraph(List.of(
                new Inline.Text("intro й")), AT)), List.of("ch0"), AT);
        Anthology book = new Anthology(Fixtures.metadata("B"), chapters, List.of(part), Map.of());
        BitSet expected = new BitSet();
        (String.join("", letters) + "Txж Partintroй").codePoints().forEach(expected::set);
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            assertEquals(expected, FontCoverage.characters(book, PerChapter.on(executor)));
            assertEquals(expected, FontCoverage.characters(book));
        } finally {
            executor.shutdownNow();
        }
    }
}
