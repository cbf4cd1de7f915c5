package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anthology.model.Diagnostics;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    private final MarkdownReader reader = new MarkdownReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private String read(String markdown) {
        return Printed.blocks(reader.read(markdown, "in/a.md", 1, diagnostics));
    }

    @Test
    void readsTheWordsOfAnHtmlBlockWithItsLine() {
        String printed = read("Intro.\n\n<div class=\"box\">\n<p>Inside the <em>box</em>.</p>\n"
                + "<table><tr><td>cell words</td></tr></table>\n</div>\n");
        assertEquals("""
                paragraph (in/a.md:1)
                  text "Intro."
                paragraph (in/a.md:4)
                  text "Inside the "
                  emphasis
                    text "box"
                  text "."
                table (in/a.md:5)
                  row
                    cell
                      text "cell words"
                """, printed);
        assertTrue(diagnostics.problems().isEmpty(), diagnostics.problems().toString());
    }

    @Test
    void keepsMarkdownBetweenTheTagsOfADetailsBlock() {
        String printed = read("<details>\n<summary>Spoiler</summary>\n\nThe *hidden* words.\n\n</details>\n");
        assertTrue(printed.contains("text \"Spoiler\""), printed);
        assertTrue(printed.contains("text \"hidden\""), printed);
    }

    @Test
    void readsInlineHtmlWithTheTextItWraps() {
        String printed = read("H<sub>2</sub>O is *wet*, <span lang=\"fr\">très</span> [wet](https://x.org), as a "
                + "long line of prose says, running past any verse line<br>and <abbr title=\"x\">NASA</abbr>[^n].\n\n[^n]: A note.\n");
        assertEquals("""
                paragraph (in/a.md:1)
                  text "H"
                  subscript
                    text "2"
                  text "O is "
                  emphasis
                    text "wet"
                  text ", très "
                  link "https://x.org"
                    text "wet"
                  text ", as a long line of prose says, running past any verse line"
                  line-break
                  text "and NASA"
                  note-ref "n"
                  text "."
                note "n" (in/a.md:3)
                  paragraph (in/a.md:3)
                    text "A note."
                """, printed);
    }

    @Test
    void readsBarLinesAsALineBlock() {
        String printed = read("| The *sea* is calm tonight,\n| the tide is full\n|\n| and the moon\n");
        assertEquals("""
                line-block (in/a.md:1)
                  line
                    text "The "
                    emphasis
                      text "sea"
                    text " is calm tonight,"
                  line
                    text "the tide is full"
                  line
                    text "and the moon"
                """, printed);
    }

    @Test
    void neverLetsScriptsOrEventHandlersThrough() {
        String printed = read("<div onclick=\"steal()\"><script>steal()</script>Safe <a href=\" JavaScript:steal()\">"
                + "words</a></div>\n");
        assertEquals("paragraph (in/a.md:1)\n  text \"Safe words\"\n", printed);
    }

    @Test
    void keepsReferenceLinksInAParagraphWithInlineHtml() {
        String printed = read("See <em>the</em> [allotment site][site] and [nothing][none].\n\n"
                + "[site]: https://allotments.example/\n");
        assertTrue(printed.contains("link \"https://allotments.example/\"\n    text \"allotment site\""), printed);
        assertTrue(printed.contains("[nothing][none]"), printed);
    }
}
