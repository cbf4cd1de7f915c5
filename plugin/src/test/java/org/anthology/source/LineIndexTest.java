package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void countsEveryKindOfLineEnd() {
        LineIndex lines = new LineIndex("one\ntwo\r\nthree\rfour");
        assertEquals(0, lines.line(0));
        assertEquals(0, lines.line(3), "the \\n belongs to the line it ends");
        assertEquals(1, lines.line(4));
        assertEquals(1, lines.line(8), "so does the \\n of a \\r\\n");
        assertEquals(2, lines.line(9));
        assertEquals(2, lines.line(14), "a lone \\r ends a line");
        assertEquals(3, lines.line(15));
        assertEquals(3, lines.line(18));
    }

    @Test
    void countsBlankLinesAndATextWithoutLineEnds() {
        assertEquals(0, new LineIndex("no line end").line(5));
        LineIndex blanks = new LineIndex("\n\n\nfour\n");
        assertEquals(0, blanks.line(0));
        assertEquals(2, blanks.line(2));
        assertEquals(3, blanks.line(3));
    }

    @Test
    void givesEveryMarkdownNodeTheLineFlexmarkGivesIt() {
        String text = "# Title\r\n\r\nA paragraph\nover two lines.[^1]\n\n> quoted\n> text\n\n- one\n- two\n\n"
                + "  indented\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\r\n[^1]: The note.\n\nEnd.";
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        Parser parser = Parser.builder(options).build();
        for (String version : List.of(text, text.replace("\r", ""), text.replace("\r\n", "\r"))) {
            Node document = parser.parse(version);
            LineIndex lines = new LineIndex(version);
            int compared = 0;
            for (Node node : document.getDescendants()) {
                assertEquals(node.getStartLineNumber(), lines.line(node.getStartOffset()),
                        () -> node.getNodeName() + " at " + node.getStartOffset());
                compared++;
            }
            assertEquals(true, compared > 30, "the document has nodes on many lines");
        }
    }
}
