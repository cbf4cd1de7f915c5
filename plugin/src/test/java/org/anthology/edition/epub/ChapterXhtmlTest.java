package org.anthology.edition.epub;

import static org.anthology.edition.epub.XmlFiles.el;
import static org.anthology.edition.epub.XmlFiles.parse;
import static org.anthology.edition.epub.XmlFiles.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChapterXhtmlTest {

    @Test
    void titlesTheChapterWithItsIdAndAuthor() throws Exception {
        Document doc = render(Fixtures.twoChapterBook().chapters().get(0));

        assertEquals(List.of("ch01"), strings(doc, "//" + el("h1") + "/@id"));
        assertEquals(List.of("The First Wave"), strings(doc, "//" + el("h1")));
        assertEquals(List.of("Li Wei"), strings(doc, "//" + el("p") + "[@class='author']"));
        assertEquals(List.of("The First Wave"), strings(doc, "//" + el("title")));
    }

    @Test
    void rendersBlocksAndInlines() throws Exception {
        Document first = render(Fixtures.twoChapterBook().chapters().get(0));
        Document second = render(Fixtures.twoChapterBook().chapters().get(1));

        assertEquals(List.of("ch01-early-days"), strings(first, "//" + el("h2") + "/@id"));
        assertEquals(List.of("ch01-a-subsection"), strings(first, "//" + el("h3") + "/@id"));
        assertEquals(List.of("emphasis"), strings(first, "//" + el("p") + "/" + el("em")));
        assertEquals(List.of("strength"), strings(first, "//" + el("strong")));
        assertEquals(List.of("x < y && z"), strings(first, "//" + el("p") + "/" + el("code")));
        assertEquals(List.of("https://example.org/a?b=1&c=2"), strings(first, "//" + el("a") + "/@href"));
        assertEquals(List.of("first item", "second item"),
                strings(first, "//" + el("ul") + "/" + el("li") + "/" + el("p")));
        assertEquals(List.of("scene-break"), strings(first, "//" + el("hr") + "/@class"));
        assertEquals(List.of("A quoted thought."), strings(first, "//" + el("blockquote") + "/*"));
        assertEquals(List.of("3"), strings(second, "//" + el("ol") + "/@start"));
        assertEquals(List.of("language-java"), strings(second, "//" + el("pre") + "/*/@class"));
        assertEquals(List.of("if (a < b && c > d) {\n    run();\n}"), strings(second, "//" + el("pre") + "/*"));
        assertEquals(1, strings(second, "//" + el("p") + "/" + el("br")).size());
    }

    @Test
    void takesTheBookLanguageUnlessTheChapterHasOne() throws Exception {
        Chapter english = Fixtures.twoChapterBook().chapters().get(0);
        Chapter german = new Chapter("de", "Auf Deutsch", Optional.empty(), Optional.of("de"), List.of(),
                Fixtures.at("seeds/de.md", 1));

        assertEquals(List.of("en", "en"), strings(render(english), "/*/@*[local-name()='lang']"));
        assertEquals(List.of("de", "de"), strings(render(german), "/*/@*[local-name()='lang']"));
    }

    @Test
    void keepsBodyHeadingsBelowTheChapterTitle() throws Exception {
        Chapter chapter = new Chapter("c", "Title", Optional.empty(), Optional.empty(), List.of(
                new Block.Heading(1, List.of(new Inline.Text("Stray")), "", Fixtures.at("seeds/c.md", 2))),
                Fixtures.at("seeds/c.md", 1));

        Document doc = render(chapter);

        assertEquals(List.of("Title"), strings(doc, "//" + el("h1")));
        assertEquals(List.of("Stray"), strings(doc, "//" + el("h2")));
        assertEquals(List.of(), strings(doc, "//" + el("h2") + "/@id"));
    }

    @Test
    void setsALineBlockAsOneParagraphPerLineAndSubAndSuperscriptsAsSuchElements() throws Exception {
        Chapter chapter = new Chapter("v", "Verse", Optional.empty(), Optional.empty(), List.of(
                new Block.LineBlock(List.of(List.of(new Inline.Text("The sea is calm,")),
                        List.of(new Inline.Text("the tide is full"))), Fixtures.at("v.md", 1)),
                new Block.Paragraph(List.of(new Inline.Text("H"), new Inline.Subscript(List.of(new Inline.Text("2"))),
                        new Inline.Text("O on the 1"), new Inline.Superscript(List.of(new Inline.Text("st")))),
                        Fixtures.at("v.md", 4))), Fixtures.at("v.md", 1));
        Document doc = render(chapter);

        assertEquals(List.of("The sea is calm,", "the tide is full"),
                strings(doc, "//" + el("div") + "[@class='line-block']/" + el("p") + "[@class='line']"));
        assertEquals(List.of("2"), strings(doc, "//" + el("p") + "/" + el("sub")));
        assertEquals(List.of("st"), strings(doc, "//" + el("p") + "/" + el("sup")));
    }

    @Test
    void writesTheLanguageDirectionAndClassesABlockDeclares() throws Exception {
        Attributes hebrew = Attributes.NONE.withLanguage("he").withDirection(Attributes.Direction.RTL);
        Chapter chapter = new Chapter("c", "Title", Optional.empty(), Optional.empty(), List.of(
                new Block.Heading(2, List.of(new Inline.Text("Shalom")), hebrew.withId("c-shalom"),
                        Fixtures.at("seeds/c.md", 2)),
                new Block.Paragraph(List.of(new Inline.Text("PDF שלום")), hebrew, Fixtures.at("seeds/c.md", 3)),
                new Block.Paragraph(List.of(new Inline.Text("Plain.")), Fixtures.at("seeds/c.md", 4)),
                new Block.Paragraph(List.of(new Inline.Text("Aside.")),
                        new Attributes(Optional.empty(), List.of("aside", "small"), new java.util.TreeMap<>(),
                                Optional.empty(), Optional.empty()), Fixtures.at("seeds/c.md", 5))),
                Fixtures.at("seeds/c.md", 1));

        Document doc = render(chapter);

        assertEquals(List.of("c-shalom"), strings(doc, "//" + el("h2") + "/@id"));
        assertEquals(List.of("he", "he"), strings(doc, "//" + el("h2") + "/@*[local-name()='lang']"));
        assertEquals(List.of("rtl"), strings(doc, "//" + el("h2") + "/@dir"));
        assertEquals(List.of("he", "he"), strings(doc, "//" + el("p") + "[1]/@*[local-name()='lang']"));
        assertEquals(List.of("rtl"), strings(doc, "//" + el("p") + "/@dir"));
        assertEquals(List.of("aside small"), strings(doc, "//" + el("p") + "[@class!='author']/@class"));
    }

    private static Document render(Chapter chapter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChapterXhtml.write(chapter, "en", out);
        return parse(out.toByteArray());
    }
}
