package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.anthology.model.Block;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML flow content into model blocks. Text and phrasing elements between blocks gather into paragraphs;
 * containers the model has no node for ({@code div}, {@code section}, {@code details}, unknown elements) pass their
 * blocks through, so their words are kept.
 */
final class HtmlBlocks {

    private static final Pattern LEADING_NEWLINE = Pattern.compile("^\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "ul", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "html");

    private final HtmlContext context;
    private final HtmlInlines inlines;
    private final HtmlTables tables;

    HtmlBlocks(HtmlContext context) {
        this.context = context;
        this.inlines = new HtmlInlines(context);
        this.tables = new HtmlTables(context, inlines);
    }

    /** True for elements that start a block of their own. */
    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    /** The blocks of {@code container}'s children. */
    List<Block> blocks(Element container) {
        try {
            if (!context.enter(container)) {
                String text = HtmlWhitespace.spaces(container.text()).strip();
                return text.isEmpty() ? List.of()
                        : List.of(new Block.Paragraph(List.of(new Inline.Text(text)), context.at(container)));
            }
            return children(container);
        } finally {
            context.leave();
        }
    }

    private List<Block> children(Element container) {
        List<Block> out = new ArrayList<>();
        List<Node> phrasing = new ArrayList<>();
        for (Node node : container.childNodes()) {
            if (node instanceof Element element && startsBlock(element)) {
                paragraph(phrasing, out);
                if (!HtmlFurniture.leaveOut(element, context)) {
                    block(element, out);
                }
            } else if (node instanceof TextNode || node instanceof Element || node instanceof Comment) {
                phrasing.add(node);
            }
        }
        paragraph(phrasing, out);
        return out;
    }

    /** A block element, or a phrasing element wrapped around blocks (a link around a whole section). */
    private static boolean startsBlock(Element element) {
        for (Element self : element.getAllElements()) {
            if (isBlock(self.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void paragraph(List<Node> phrasing, List<Block> out) {
        if (phrasing.isEmpty()) {
            return;
        }
        List<Inline> content = inlines.convert(phrasing);
        SourcePosition at = context.at(phrasing.get(0));
        phrasing.clear();
        if (!content.isEmpty()) {
            out.add(HtmlVerse.paragraphOrLines(content, false, at));
        }
    }

    private void block(Element element, List<Block> out) {
        SourcePosition at = context.at(element);
        String tag = element.normalName();
        if (context.notes().isNote(element)) {
            out.add(new Block.Note(element.id(), "", blocks(element), at));
        } else if (isHeading(tag)) {
            List<Inline> content = inlines.convert(element);
            if (!content.isEmpty()) {
                out.add(new Block.Heading(tag.charAt(1) - '0', content, "", at));
            }
        } else if (tag.equals("p") || tag.equals("dt") || tag.equals("summary") || tag.equals("figcaption")) {
            List<Inline> content = inlines.convert(element);
            if (!content.isEmpty()) {
                out.add(HtmlVerse.paragraphOrLines(content, HtmlVerse.isMarkedVerse(element), at));
            }
        } else if (tag.equals("blockquote")) {
            out.add(new Block.BlockQuote(blocks(element), at));
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(element, at, out);
        } else if (tag.equals("pre")) {
            out.add(new Block.CodeBlock(language(element), LEADING_NEWLINE.matcher(element.wholeText()).replaceFirst("")
                    .stripTrailing(), at));
        } else if (tag.equals("hr")) {
            if (element.parent() == null || !HtmlNotes.isNotesContainer(element.parent())) {
                out.add(new Block.SceneBreak(at));
            }
        } else if (tag.equals("table")) {
            out.addAll(tables.table(element, blocks -> blocks(blocks)));
        } else if (HtmlVerse.isMarkedVerse(element)) {
            out.addAll(HtmlVerse.stanzas(blocks(element)));
        } else {
            out.addAll(blocks(element));
        }
    }

    private void list(Element list, SourcePosition at, List<Block> out) {
        List<List<Block>> items = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        for (Element item : list.children()) {
            if (context.notes().isNote(item)) {
                notes.add(new Block.Note(item.id(), "", blocks(item), context.at(item)));
            } else if (!HtmlFurniture.leaveOut(item, context)) {
                items.add(blocks(item));
            }
        }
        if (!items.isEmpty()) {
            int start = list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
            out.add(new Block.ListBlock(list.normalName().equals("ol"), start, items, at));
        }
        out.addAll(notes);
    }

    private static int parseStart(String start) {
        try {
            return Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether {@code tag} is {@code h1} to {@code h6}. */
    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static String language(Element pre) {
        Element code = pre.selectFirst("code[class]");
        String classes = (code == null ? pre : code).className();
        for (String name : SPACES.split(classes)) {
            if (name.startsWith("language-") || name.startsWith("lang-")) {
                return name.substring(name.indexOf('-') + 1);
            }
        }
        return "";
    }
}
