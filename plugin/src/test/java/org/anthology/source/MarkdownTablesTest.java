package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tables parsed with the pipe search in front are flexmark's own, node for node. */
class MarkdownTablesTest {

    private static final Parser FLEXMARK = parser(TablesExtension.create());
    private static final Parser PIPE_FIRST = parser(MarkdownTables.create());

    private static Parser parser(Parser.ParserExtension tables) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(tables));
        return Parser.builder(options).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A paragraph.\n\n| Year | Users |\n|------|------:|\n| 2000 | 22.5 |\n\nAfter | a pipe.\n",
        "Year | Users\n--- | ---\n2000 | 22.5\n",
        "A line\n| Year | Users |\n|---|---|\n| 1 | 2 |\n",
        "| Not a table |\nbecause no separator\n\nPlain text, then a pipe far below.\n\n\n\n|a|b|\n|-|-|\n",
        "> | In | quote |\n> |----|-------|\n> | 1  | 2     |\n\n- | in | list |\n  |----|------|\n  | a  | b    |\n",
        "No pipe at all.\n\nStill none.\n",
        "Two\nlines | with a pipe on the second\n\n|x|\n|---|\n|y|\n"})
    void givesTheTreeFlexmarksTableExtensionGives(String markdown) {
        String expected = dump(FLEXMARK.parse(markdown));
        assertEquals(expected, dump(PIPE_FIRST.parse(markdown)));
    }

    @Test
    void makesATableOfAParagraphWhoseFirstLineHoldsAPipe() {
        assertTrue(dump(PIPE_FIRST.parse("Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("TableBlock"));
        assertFalse(dump(PIPE_FIRST.parse("Text\n| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("TableBlock"));
    }

    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, "", out);
        return out.toString();
    }

    private static void dump(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.getClass().getSimpleName()).append(' ').append(node.getStartOffset())
                .append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, indent + "  ", out);
        }
    }
}
