package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private String page(String html) {
        return Printed.blocks(reader.page(html, "in/page.html", Path.of("."), diagnostics).blocks());
    }

    private String fragment(String html) {
        return Printed.blocks(reader.blocks(html, new SourcePosition("in/a.md", 10), Path.of("."), diagnostics));
    }

    @Test
    void readsHeadingsParagraphsAndPhrasingWithTheirLines() {
        String printed = page("<html><body>\n<h2>Title</h2>\n<p>Some <em>em</em>, <b>bold</b>, <code>a &lt; b</code>"
                + " and <a href=\"https://x.org/\">a link</a>.</p>\n</body></html>");
        assertEquals("""
                heading 2 (in/page.html:2)
                  text "Title"
                paragraph (in/page.html:3)
                  text "Some "
                  emphasis
                    text "em"
                  text ", "
                  strong
                    text "bold"
                  text ", "
                  code "a < b"
                  text " and "
                  link "https://x.org/"
                    text "a link"
                  text "."
                """, printed);
    }

    @Test
    void collapsesWhiteSpaceAcrossElementsAsBrowsersDo() {
        assertEquals("""
                paragraph (in/a.md:10)
                  text "one "
                  emphasis
                    text "two"
                  text " three"
                """, fragment("<p>\n  one  <em> two</em>\n three  </p>"));
    }

    @Test
    void readsListsTablesQuotesCodeAndSubAndSuperscripts() {
        String printed = fragment("<ol start=\"3\"><li>a</li><li><p>b</p></li></ol><blockquote><p>q</p></blockquote>"
                + "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c<sub>2</sub>x<sup>th</sup></td></tr>"
                + "</tbody></table><pre><code class=\"language-java\">x &lt; y\n  z</code></pre><hr>");
        assertEquals("""
                ordered-list start=3 (in/a.md:10)
                  item
                    paragraph (in/a.md:10)
                      text "a"
                  item
                    paragraph (in/a.md:10)
                      text "b"
                quote (in/a.md:10)
                  paragraph (in/a.md:10)
                    text "q"
                table (in/a.md:10)
                  header-row
                    cell
                      text "h"
                  row
                    cell
                      text "c"
                      subscript
                        text "2"
                      text "x"
                      superscript
                        text "th"
                code "java" (in/a.md:10)
                  "x < y\\n  z"
                scene-break (in/a.md:11)
                """, printed);
    }

    @Test
    void keepsTheTextOfElementsItDoesNotKnow() {
        String printed = fragment("<details><summary>More</summary><div><custom-tag>inside <mark>words</mark>"
                + "</custom-tag></div></details>");
        assertTrue(printed.contains("text \"More\""), printed);
        assertTrue(printed.contains("text \"inside words\""), printed);
    }

    @Test
    void leavesOutPageFurnitureScriptsAndFormsAndReportsEach() {
        String printed = page("""
                <html><head><title>News | Site</title><script>track()</script></head><body>
                <nav><a href="/">Home</a></nav>
                <header>Site banner</header>
                <article><h1>Story</h1><p onclick="evil()">Body <a href="javascript:alert(1)">text</a>.</p>
                <iframe src="https://ads.example/"></iframe></article>
                <aside>Related</aside><footer>Copyright</footer>
                <script>more()</script>
                </body></html>""");
        assertFalse(printed.contains("Home") || printed.contains("banner") || printed.contains("Related")
                || printed.contains("Copyright"), printed);
        assertFalse(printed.contains("javascript") || printed.contains("evil"), printed);
        assertTrue(printed.contains("text \"Body text.\""), printed);
        assertTrue(diagnostics.decisions().stream().anyMatch(d -> d.was().startsWith("text outside the <article>")
                && d.was().contains("5 words")), diagnostics.decisions().toString());
        assertTrue(diagnostics.warnings().stream().anyMatch(p -> p.toString().contains("in/page.html:5")
                && p.toString().contains("<iframe>")), diagnostics.warnings().toString());
        assertTrue(diagnostics.warnings().stream().anyMatch(p -> p.toString().contains("script URL")),
                diagnostics.warnings().toString());
    }

    @Test
    void dropsNavigationAndScriptsOfAPageWithoutAnArticle() {
        String printed = page("<body><nav>Menu</nav><header>Banner</header><p>Text<script>x()</script></p>"
                + "<!-- a note to self --><footer>Foot</footer></body>");
        assertEquals("paragraph (in/page.html:1)\n  text \"Text\"\n", printed);
        assertEquals(5, diagnostics.decisions().size(), diagnostics.decisions().toString());
    }

    @Test
    void readsPandocStyleFootnotesAsNotes() {
        String printed = fragment("<p>Text<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\"><sup>1</sup></a>."
                + "</p><section class=\"footnotes\"><hr><ol><li id=\"fn1\"><p>The note.<a href=\"#fnref1\" "
                + "class=\"footnote-back\">↩︎</a></p></li></ol></section>");
        assertEquals("""
                paragraph (in/a.md:10)
                  text "Text"
                  note-ref "fn1"
                  text "."
                note "fn1" (in/a.md:10)
                  paragraph (in/a.md:10)
                    text "The note."
                """, printed);
    }

    @Test
    void readsWordStyleFootnotesAsNotes() {
        String printed = fragment("<p>Word<sup><a href=\"#footnote-1\" id=\"footnote-ref-1\">[1]</a></sup></p>"
                + "<ol><li id=\"footnote-1\"><p> A <em>note</em>. <a href=\"#footnote-ref-1\">↑</a></p></li></ol>");
        assertTrue(printed.contains("note-ref \"footnote-1\""), printed);
        assertTrue(printed.contains("note \"footnote-1\""), printed);
        assertFalse(printed.contains("[1]") || printed.contains("↑") || printed.contains("list"), printed);
    }

    @Test
    void readsEpubFootnotesWhoseLinksNameTheirOwnFile() {
        String html = "<html><body><p>One<a epub:type=\"noteref\" href=\"ch01.xhtml#n1\">1</a> two<a "
                + "epub:type=\"noteref\" href=\"../Text/ch01.xhtml#n2\">2</a> three<a epub:type=\"noteref\" "
                + "href=\"ch02.xhtml#n3\">3</a>.</p><aside epub:type=\"footnote\" id=\"n1\"><p>First.</p></aside>"
                + "<aside epub:type=\"footnote\" id=\"n2\"><p>Second.</p></aside><aside epub:type=\"footnote\" "
                + "id=\"n3\"><p>Third.</p></aside></body></html>";
        String printed = Printed.blocks(reader.page(html, "book.epub/OEBPS/Text/ch01.xhtml", Path.of("."),
                diagnostics).blocks());
        assertTrue(printed.contains("note-ref \"n1\"") && printed.contains("note-ref \"n2\""), printed);
        assertTrue(printed.contains("note \"n1\"") && printed.contains("note \"n2\""), printed);
        // A link into another file is no note of this one, though an element here has its id.
        assertFalse(printed.contains("note-ref \"n3\""), printed);
        assertTrue(printed.contains("Third."), printed);
    }

    @Test
    void aLinkLeadsToTheFirstElementOfItsIdAsBrowsersTakeIt() {
        // The first element with the id is the note; a later one of the same id, a paragraph, is no note.
        String first = fragment("<p>Word<sup><a href=\"#n1\">1</a></sup></p><ol><li id=\"n1\"><p>The note.</p></li>"
                + "</ol><p id=\"n1\">A paragraph.</p>");
        assertTrue(first.contains("note-ref \"n1\""), first);
        String later = fragment("<p id=\"n1\">A paragraph.</p><p>Word<sup><a href=\"#n1\">1</a></sup></p><ol>"
                + "<li id=\"n1\"><p>Not a note.</p></li></ol>");
        assertFalse(later.contains("note-ref"), later);
    }

    @Test
    void readsBrSeparatedShortLinesAsALineBlock() {
        List<Block> blocks = reader.blocks("<p>The sea is calm,<br>\nthe tide is full<br>the moon lies fair</p>"
                + "<p>A prose paragraph long enough not to be verse at all, going on and on past seventy characters,"
                + "<br>then a break.</p>", new SourcePosition("in/a.md", 1), Path.of("."), diagnostics);
        Block.LineBlock verse = (Block.LineBlock) blocks.get(0);
        assertEquals(3, verse.lines().size());
        assertEquals("the tide is full", org.anthology.model.Inline.plainText(verse.lines().get(1)));
        assertTrue(blocks.get(1) instanceof Block.Paragraph);
    }

    @Test
    void readsMarkupNestedThousandsDeepAsTextWithOneWarningAndNoStackOverflow() {
        String html = "<div>".repeat(5000) + "<em>deep</em> words" + "</div>".repeat(5000)
                + "<p>" + "<span>".repeat(5000) + "deep inline" + "</span>".repeat(5000) + "</p>";
        String printed = fragment(html);
        assertTrue(printed.contains("text \"deep words\""), printed);
        assertTrue(printed.contains("deep inline"), printed);
        assertEquals(2, diagnostics.warnings().size(), diagnostics.warnings().toString());
        assertTrue(diagnostics.warnings().get(0).toString().contains("nested more than 200 elements deep"));
    }

    @Test
    void readsDeletedTextAsStrikeoutKeepingItsWords() {
        assertEquals("""
                paragraph (in/a.md:10)
                  text "was "
                  strikeout
                    text "red"
                  text " "
                  strikeout
                    text "blue"
                  text " green"
                """, fragment("<p>was <del>red</del> <s>blue</s> <ins>green</ins></p>"));
    }
}
