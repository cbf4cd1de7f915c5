package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private List<Block> read(String markdown, int firstLine) {
        return reader.read(markdown, "book/ch.md", firstLine, diagnostics);
    }

    @Test
    void readsAtxAndSetextHeadingsWithTheirLines() {
        List<Block> blocks = read("# One\n\ntext\n\nTwo\n===\n\nThree\n---\n", 10);
        Block.Heading one = assertInstanceOf(Block.Heading.class, blocks.get(0));
        assertEquals(1, one.level());
        assertEquals(10, one.position().line());
        Block.Heading two = assertInstanceOf(Block.Heading.class, blocks.get(2));
        assertEquals("Two", two.text());
        assertEquals(14, two.position().line());
        assertEquals(2, assertInstanceOf(Block.Heading.class, blocks.get(3)).level());
    }

    @Test
    void keepsInlineMarkupAsModelNodes() {
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class,
                read("Some *em*, **strong**, `a < b` and [a link](https://x.org/?a=1&b=2).", 1).get(0));
        List<Inline> content = p.content();
        assertInstanceOf(Inline.Emphasis.class, content.get(1));
        assertInstanceOf(Inline.Strong.class, content.get(3));
        assertEquals(new Inline.Code("a < b"), content.get(5));
        Inline.Link link = assertInstanceOf(Inline.Link.class, content.get(7));
        assertEquals("https://x.org/?a=1&b=2", link.target());
    }

    @Test
    void unescapesBackslashesAndEntities() {
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, read("1\\*2 &amp; &copy; done", 1).get(0));
        assertEquals("1*2 & © done", Inline.plainText(p.content()));
    }

    @Test
    void readsListsQuotesCodeAndBreaks() {
        List<Block> blocks = read("3. a\n4. b\n\n> q\n\n```java\nx < y\n```\n\n---\n", 1);
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, blocks.get(0));
        assertEquals(3, list.start());
        assertEquals(2, list.items().size());
        assertInstanceOf(Block.BlockQuote.class, blocks.get(1));
        Block.CodeBlock code = assertInstanceOf(Block.CodeBlock.class, blocks.get(2));
        assertEquals("java", code.language());
        assertEquals("x < y", code.code());
        assertInstanceOf(Block.SceneBreak.class, blocks.get(3));
    }

    @Test
    void readsTablesWithHeaderRows() {
        Block.Table table = assertInstanceOf(Block.Table.class,
                read("| Year | Users |\n|---|---:|\n| 2001 | *few* |\n| 2020 | many |\n", 1).get(0));
        assertEquals(3, table.rows().size());
        assertTrue(table.rows().get(0).header());
        assertEquals("Users", Inline.plainText(table.rows().get(0).cells().get(1)));
        assertEquals(false, table.rows().get(1).header());
        assertInstanceOf(Inline.Emphasis.class, table.rows().get(1).cells().get(1).get(0));
    }

    @Test
    void readsEachColumnsAlignmentFromTheSeparatorRow() {
        Block.Table table = assertInstanceOf(Block.Table.class,
                read("| A | B | C | D |\n|---|:---|:---:|---:|\n| 1 | 2 | 3 | 4 |\n", 1).get(0));
        assertEquals(List.of(Block.Table.Alignment.DEFAULT, Block.Table.Alignment.LEFT, Block.Table.Alignment.CENTRE,
                Block.Table.Alignment.RIGHT), table.alignments());
    }

    @Test
    void readsFootnoteReferencesAndNotes() {
        List<Block> blocks = read("Text with a note.[^1]\n\n[^1]: The note, *emphasized*.\n", 1);
        Block.Paragraph text = assertInstanceOf(Block.Paragraph.class, blocks.get(0));
        assertEquals(new Inline.NoteReference("1", ""), text.content().get(text.content().size() - 1));
        Block.Note note = assertInstanceOf(Block.Note.class, blocks.get(1));
        assertEquals("1", note.label());
        assertEquals(3, note.position().line());
        assertEquals("The note, emphasized.", Inline.plainText(((Block.Paragraph) note.blocks().get(0)).content()));
    }

    @Test
    void keepsTheWordsOfRawHtmlBlocksButNotTheirEventHandlers() {
        List<Block> blocks = read("<div onclick=\"x()\">\nhi\n</div>\n\nText.", 1);
        assertEquals(2, blocks.size());
        assertEquals("hi", Inline.plainText(assertInstanceOf(Block.Paragraph.class, blocks.get(0)).content()));
        assertEquals(1, blocks.get(0).position().line());
        assertTrue(diagnostics.warnings().isEmpty(), diagnostics.warnings().toString());
        assertTrue(!Printed.blocks(blocks).contains("x()"));
    }
}
