package org.anthology.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads HTML (a saved web page, an XHTML chapter, the HTML a Word file becomes, raw HTML inside Markdown) into
 * blocks through jsoup, which parses as browsers do. A page's article is its text: what lies outside it, and
 * page furniture, code, forms and embedded content, is left out with a decision or warning naming its line. jsoup
 * types stay inside this package.
 */
public final class HtmlReader {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A whole document: its blocks, and what it says about its title (taken before its first heading; a web page
     * gives its {@code <title>} only when it has no heading, as that title usually carries the site's name),
     * author and language.
     */
    public record Page(List<Block> blocks, Optional<String> title, Optional<String> author,
                       Optional<String> language) {
        public Page {
            blocks = List.copyOf(blocks);
        }
    }

    /** Reads a whole document; {@code directory} is where its relative image paths resolve. */
    public Page page(String html, String file, Path directory, Diagnostics diagnostics) {
        HtmlContext context = new HtmlContext(file, 1, directory, diagnostics);
        Document document = parse(html);
        Element root = article(document);
        reportHead(document, context);
        reportOutside(document, root, context);
        context.notes(HtmlNotes.find(root, file));
        List<Block> blocks = new HtmlBlocks(context).blocks(root);
        boolean headed = blocks.stream().anyMatch(b -> b instanceof Block.Heading);
        return new Page(blocks, headed ? Optional.empty() : text(document.title()), text(document.select("meta[name=author]").attr("content")),
                text(document.select("html").attr("lang")).or(() -> text(document.select("html").attr("xml:lang"))));
    }

    /** Reads a fragment, such as an HTML block inside Markdown that starts at {@code at}. */
    public List<Block> blocks(String html, SourcePosition at, Path directory, Diagnostics diagnostics) {
        HtmlContext context = new HtmlContext(at.file(), at.line(), directory, diagnostics);
        Document document = parse(html);
        reportHead(document, context);
        context.notes(HtmlNotes.find(document.body(), at.file()));
        return new HtmlBlocks(context).blocks(document.body());
    }

    /** Reads phrasing content, such as a Markdown paragraph holding inline HTML, that starts at {@code at}. */
    List<Inline> inlines(String html, SourcePosition at, Path directory, Diagnostics diagnostics) {
        HtmlContext context = new HtmlContext(at.file(), at.line(), directory, diagnostics);
        Document document = parse(html);
        return new HtmlInlines(context).convert(document.body());
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /**
     * The element holding the text: the page's only article (within its main content when marked), else the
     * main content, else the body. A page listing several articles keeps them all.
     */
    private static Element article(Document document) {
        Element main = document.selectFirst("main, [role=main]");
        Element scope = main == null ? document.body() : main;
        List<Element> articles = scope.select("article");
        if (articles.size() == 1) {
            return articles.get(0);
        }
        return scope;
    }

    /** Code the parser moved into the head (a fragment's leading {@code <script>}) is left out, and said so. */
    private static void reportHead(Document document, HtmlContext context) {
        for (Element element : document.head().select("script, style, noscript, template")) {
            HtmlFurniture.leaveOut(element, context);
        }
    }

    private static void reportOutside(Document document, Element root, HtmlContext context) {
        if (root == document.body()) {
            return;
        }
        int all = words(document.body().text());
        int kept = words(root.text());
        if (all > kept) {
            context.diagnostics().decided(context.at(root), "text outside the <" + root.normalName() + "> ("
                    + (all - kept) + " words)", "left out", "page furniture of a saved web page, outside the article");
        }
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : SPACES.split(text.strip()).length;
    }

    private static Optional<String> text(String value) {
        String v = HtmlWhitespace.spaces(value).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
