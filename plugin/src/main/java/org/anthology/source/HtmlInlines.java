package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anthology.model.Inline;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML phrasing content into model inlines. Whitespace collapses as a browser collapses it; an element the
 * reader does not know keeps its text; only the attributes the model has a place for are read, so event handlers
 * and styles never travel on.
 */
final class HtmlInlines {

    private static final Set<String> EMPHASIS = Set.of("em", "i", "cite", "dfn", "var");
    private static final Set<String> STRONG = Set.of("strong", "b");
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt");
    private static final Set<String> STRUCK = Set.of("del", "s", "strike");

    private final HtmlContext context;
    private final HtmlLinks links;

    HtmlInlines(HtmlContext context) {
        this.context = context;
        this.links = new HtmlLinks(context);
    }

    /** The inlines of {@code element}'s children, with whitespace collapsed and trimmed at both ends. */
    List<Inline> convert(Element element) {
        return convert(element.childNodes());
    }

    /** The inlines of {@code nodes}, with whitespace collapsed and trimmed at both ends. */
    List<Inline> convert(List<Node> nodes) {
        List<Inline> out = new ArrayList<>();
        for (Node node : nodes) {
            node(node, out);
        }
        return HtmlWhitespace.trim(HtmlWhitespace.collapse(out));
    }

    private List<Inline> children(Element element) {
        List<Inline> out = new ArrayList<>();
        try {
            if (!context.enter(element)) {
                out.add(new Inline.Text(HtmlWhitespace.spaces(element.text())));
                return out;
            }
            for (Node node : element.childNodes()) {
                node(node, out);
            }
            return out;
        } finally {
            context.leave();
        }
    }

    void node(Node node, List<Inline> out) {
        if (node instanceof TextNode text) {
            out.add(new Inline.Text(HtmlWhitespace.spaces(text.getWholeText())));
        } else if (node instanceof Comment) {
            context.diagnostics().decided(context.at(node), "HTML comment", "left out",
                    "comments are notes to the editor, not text of the manuscript");
        } else if (node instanceof Element element && !HtmlFurniture.leaveOut(element, context)) {
            element(element, out);
        }
    }

    private void element(Element element, List<Inline> out) {
        String tag = element.normalName();
        if (EMPHASIS.contains(tag)) {
            out.add(new Inline.Emphasis(children(element)));
        } else if (STRONG.contains(tag)) {
            out.add(new Inline.Strong(children(element)));
        } else if (STRUCK.contains(tag)) {
            out.add(new Inline.Strikeout(children(element)));
        } else if (CODE.contains(tag)) {
            out.add(new Inline.Code(HtmlWhitespace.spaces(element.wholeText())));
        } else if (tag.equals("br")) {
            out.add(new Inline.LineBreak());
        } else if (tag.equals("a")) {
            out.addAll(links.link(element, children(element)));
        } else if (tag.equals("img")) {
            out.add(links.image(element));
        } else if (tag.equals("sup")) {
            superscript(element, out);
        } else if (tag.equals("sub")) {
            out.add(new Inline.Subscript(children(element)));
        } else if (tag.equals("q")) {
            out.add(new Inline.Text("\u201C"));
            out.addAll(children(element));
            out.add(new Inline.Text("\u201D"));
        } else if (HtmlBlocks.isBlock(tag)) {
            // A block inside phrasing content (a paragraph in a table cell): its words stay apart from the next.
            out.add(new Inline.Text(" "));
            out.addAll(children(element));
            out.add(new Inline.Text(" "));
        } else {
            out.addAll(children(element));
        }
    }

    /** A superscript, unless it only wraps a note reference: the edition raises the note's number itself. */
    private void superscript(Element sup, List<Inline> out) {
        List<Inline> content = children(sup);
        boolean reference = content.stream().anyMatch(i -> i instanceof Inline.NoteReference);
        if (reference) {
            out.addAll(content);
        } else {
            out.add(new Inline.Superscript(content));
        }
    }
}
