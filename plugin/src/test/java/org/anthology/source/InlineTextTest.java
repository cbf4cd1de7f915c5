package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    private static List<Text> texts(String markdown) {
        List<Text> out = new ArrayList<>();
        for (Node node : Parser.builder().build().parse(markdown).getDescendants()) {
            if (node instanceof Text text) {
                out.add(text);
            }
        }
        return out;
    }

    @Test
    void aPlainTextNodeIsTakenFromTheParsedStringAsItStands() {
        Text text = texts("Plain words, “curly” quotes and a café.\n").get(0);
        assertInstanceOf(SubSequence.class, text.getChars(), "the copy from the string applies to this node");
        assertEquals("Plain words, “curly” quotes and a café.", InlineConverter.text(text.getChars()));
    }

    @Test
    void givesEveryTextNodeWhatFlexmarkUnescapingGives() {
        String markdown = "An \\*escaped\\* star, &amp; an entity, &copy; &#64; a \\\\ backslash, *em* and\n"
                + "a second line with `code`, [a link](x.html) & a bare ampersand.\n\n> quoted \\# text\n";
        List<Text> texts = texts(markdown);
        assertTrue(texts.size() > 5);
        for (Text text : texts) {
            assertEquals(text.getChars().unescape(), InlineConverter.text(text.getChars()), text.getChars().toString());
        }
    }

    @Test
    void anAmpersandThatOpensNoEntityLeavesTheTextAsItStands() {
        String markdown = "R&D, AT&T; Q&A & more, &nbsp without its semicolon, &#; &x; &amp; &AMP; &#x4A; "
                + "&#0065; and &unknownentity;\n";
        for (Text text : texts(markdown)) {
            assertEquals(text.getChars().unescape(), InlineConverter.text(text.getChars()), text.getChars().toString());
        }
        assertEquals(false, MarkdownEscapes.mayHold("R&D and Q&A & more, &nbsp without a semicolon"));
        assertEquals(true, MarkdownEscapes.mayHold("fish &amp; chips"));
    }
}
