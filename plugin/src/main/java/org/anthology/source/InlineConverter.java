package org.anthology.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/** Turns the inline children of a flexmark node into model inlines; unknown inline nodes keep their text. */
final class InlineConverter {

    /** {@code <br>}, {@code <br/>}, {@code <br />} in any case: a line break inside a table cell or heading. */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");

    private final SourcePosition at;
    private final Images images;
    private final Diagnostics diagnostics;

    InlineConverter(SourcePosition at, Images images, Diagnostics diagnostics) {
        this.at = at;
        this.images = images;
        this.diagnostics = diagnostics;
    }

    /** The position problems in these inlines are reported at. */
    SourcePosition position() {
        return at;
    }

    List<Inline> convert(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, out);
        }
        return merge(out);
    }

    private void inline(Node node, List<Inline> out) {
        if (node instanceof Text) {
            out.add(new Inline.Text(text(node.getChars())));
        } else if (node instanceof HtmlEntity) {
            out.add(new Inline.Text(node.getChars().unescape()));
        } else if (node instanceof TextBase) {
            out.addAll(convert(node));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(convert(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(convert(node)));
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Strikeout(convert(node)));
        } else if (node instanceof Code code) {
            out.add(new Inline.Code(code.getText().toString()));
        } else if (node instanceof Link link) {
            out.add(new Inline.Link(link.getUrl().unescape(), convert(node)));
        } else if (node instanceof AutoLink link) {
            String url = link.getUrl().unescape();
            out.add(new Inline.Link(url, List.of(new Inline.Text(url))));
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().unescape();
            out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address))));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof Image image) {
            out.add(images.image(image.getUrl().unescape(), image.getText().unescape(), at));
        } else if (node instanceof RefNode ref) {
            reference(ref, out);
        } else if (node instanceof Footnote note) {
            out.add(new Inline.NoteReference(note.getText().toString(), ""));
        } else if (node instanceof HtmlInline && BREAK.matcher(node.getChars()).matches()) {
            out.add(new Inline.LineBreak());
        } else if (node instanceof HtmlInline) {
            return; // a tag on its own: its text content arrives as separate Text nodes
        } else if (node.hasChildren()) {
            out.addAll(convert(node));
        } else {
            out.add(new Inline.Text(node.getChars().unescape()));
        }
    }

    /**
     * A reference link or image ({@code [text][label]}, {@code [text][]}, {@code [label]}) takes the URL of its
     * definition. Without a definition CommonMark reads the brackets as text; when the author clearly wrote a
     * reference ({@code [text][label]} or {@code [text][]}) the missing definition is worth a warning.
     */
    private void reference(RefNode ref, List<Inline> out) {
        Reference definition = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        // [label] alone is the shortcut form: its one pair of brackets holds both text and label.
        boolean shortcut = ref.getTextOpeningMarker().isEmpty();
        if (definition == null) {
            String label = shortcut ? "" : ref.getReferenceOpeningMarker().toString() + ref.getReference()
                    + ref.getReferenceClosingMarker();
            if (!shortcut) {
                diagnostics.warning(at, "no link reference definition for '" + ref.getChars()
                        + "', so it stays text. Add a line '[" + (ref.getReference().isBlank() ? ref.getText()
                        : ref.getReference()) + "]: <url>' to the file");
            }
            out.add(new Inline.Text(ref instanceof ImageRef ? "![" : "["));
            out.addAll(convert(ref));
            out.add(new Inline.Text("]" + label));
        } else if (ref instanceof ImageRef) {
            String alt = (shortcut ? ref.getReference() : ref.getText()).unescape();
            out.add(images.image(definition.getUrl().unescape(), alt, at));
        } else if (ref instanceof LinkRef) {
            out.add(new Inline.Link(definition.getUrl().unescape(), convert(ref)));
        }
    }

    /**
     * A text node's characters with their escapes and entities resolved. Most text nodes are a stretch of the
     * parsed string with neither a backslash nor an entity (an ampersand alone, as in {@code R&D}, is none), which is
     * then their text as it stands: taken from the string in one copy, where flexmark's {@code unescape} builds it a
     * character at a time and then searches it.
     */
    static String text(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String plain = base.substring(chars.getStartOffset(), chars.getEndOffset());
            if (!MarkdownEscapes.mayHold(plain)) {
                return plain;
            }
        }
        return chars.unescape();
    }

    /** Joins neighbouring text runs, so later stages see words whole. */
    private static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            int last = out.size() - 1;
            if (inline instanceof Inline.Text t && last >= 0 && out.get(last) instanceof Inline.Text prev) {
                out.set(last, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
