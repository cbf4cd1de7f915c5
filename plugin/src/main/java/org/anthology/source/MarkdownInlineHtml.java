package org.anthology.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Writes a Markdown paragraph that holds inline HTML ({@code <sub>}, {@code <span lang>}, {@code <br>}) as one
 * HTML string, so the HTML reader sees each tag with the text it wraps: flexmark leaves opening and closing tags
 * as separate nodes. Markdown spans become their HTML equivalents; a footnote reference becomes a link the HTML
 * reader knows as one, carrying its Markdown label.
 */
final class MarkdownInlineHtml {

    /** The attribute that carries a Markdown footnote label through the HTML. */
    static final String NOTE_LABEL = "data-markdown-note";

    private MarkdownInlineHtml() {
    }

    /** True when {@code parent} has inline HTML among its descendants. */
    static boolean holdsHtml(Node parent) {
        for (Node node : parent.getDescendants()) {
            if (node instanceof HtmlInline) {
                return true;
            }
        }
        return false;
    }

    /** The HTML of {@code parent}'s inline children. */
    static String html(Node parent) {
        StringBuilder out = new StringBuilder();
        children(parent, out);
        return out.toString();
    }

    private static void children(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, out);
        }
    }

    private static void node(Node node, StringBuilder out) {
        if (node instanceof HtmlInlineComment) {
            return;
        } else if (node instanceof HtmlInline || node instanceof HtmlEntity) {
            out.append(node.getChars());
        } else if (node instanceof Text) {
            out.append(escape(node.getChars().unescape()));
        } else if (node instanceof Emphasis) {
            wrap("em", node, out);
        } else if (node instanceof StrongEmphasis) {
            wrap("strong", node, out);
        } else if (node instanceof Strikethrough) {
            wrap("del", node, out);
        } else if (node instanceof Code code) {
            out.append("<code>").append(escape(code.getText().toString())).append("</code>");
        } else if (node instanceof Link link) {
            out.append("<a href=\"").append(escape(link.getUrl().unescape())).append("\">");
            children(node, out);
            out.append("</a>");
        } else if (node instanceof AutoLink link) {
            String url = escape(link.getUrl().unescape());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
        } else if (node instanceof MailLink mail) {
            String address = escape(mail.getText().unescape());
            out.append("<a href=\"mailto:").append(address).append("\">").append(address).append("</a>");
        } else if (node instanceof Image image) {
            out.append("<img src=\"").append(escape(image.getUrl().unescape())).append("\" alt=\"")
                    .append(escape(image.getText().unescape())).append("\">");
        } else if (node instanceof RefNode ref) {
            reference(ref, out);
        } else if (node instanceof Footnote note) {
            out.append("<a ").append(NOTE_LABEL).append("=\"").append(escape(note.getText().toString()))
                    .append("\"></a>");
        } else if (node instanceof SoftLineBreak) {
            out.append('\n');
        } else if (node instanceof HardLineBreak) {
            out.append("<br>");
        } else if (node.hasChildren()) {
            children(node, out);
        } else {
            out.append(escape(node.getChars().unescape()));
        }
    }

    /** A reference link or image takes its definition's URL; without one it stays the text as written. */
    private static void reference(RefNode ref, StringBuilder out) {
        Reference definition = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        if (definition == null) {
            out.append(escape(ref.getChars().unescape()));
        } else if (ref instanceof ImageRef) {
            out.append("<img src=\"").append(escape(definition.getUrl().unescape())).append("\" alt=\"")
                    .append(escape(ref.getText().unescape())).append("\">");
        } else {
            out.append("<a href=\"").append(escape(definition.getUrl().unescape())).append("\">");
            children(ref, out);
            out.append("</a>");
        }
    }

    private static void wrap(String tag, Node node, StringBuilder out) {
        out.append('<').append(tag).append('>');
        children(node, out);
        out.append("</").append(tag).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
