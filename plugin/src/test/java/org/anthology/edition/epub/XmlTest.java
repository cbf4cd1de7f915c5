package org.anthology.edition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTest {

    private static String written(String text, String attribute) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xml xml = new Xml(out);
        xml.start("p").attr("title", attribute).text(text).end().finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapesMarkupAndWritesEveryOtherCharacterAsUtf8() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<p title=\"&quot;a&quot; &amp; &lt;b&gt; 😀\">A &amp; B &lt;c&gt; ’curly’ 😀 ]]&gt; café</p>",
                written("A & B <c> ’curly’ 😀 ]]> café", "\"a\" & <b> 😀"),
                "an emoji is its four UTF-8 bytes, not a character reference");
    }

    @Test
    void leavesNothingInItsBuffersWhenFinished() {
        String text = "word ".repeat(10_000);
        String out = written(text, "");
        assertEquals(true, out.endsWith(text + "</p>"), "the last of a long text reaches the stream");
    }
}
