package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Fixtures;
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
}
