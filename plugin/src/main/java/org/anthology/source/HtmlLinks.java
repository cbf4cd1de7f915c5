package org.anthology.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.anthology.model.Inline;
import org.jsoup.nodes.Element;

/**
 * Reads HTML links and images: note references become {@link Inline.NoteReference}s, links back from notes are
 * dropped (the book makes its own), script URLs never become links (their text stays), and embedded
 * {@code data:} images are saved so the book can carry them.
 */
final class HtmlLinks {

    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\s\\u0000-\\u001F]");

    /** How to give an HTML image (or a Word picture, which becomes one) the text that stands in for it. */
    private static final String DESCRIBE = "Describe it in the image's alt attribute (in Word: the picture's alt "
            + "text)";

    private final HtmlContext context;

    HtmlLinks(HtmlContext context) {
        this.context = context;
    }

    /** What {@code a} becomes, given its converted {@code content}. */
    List<Inline> link(Element a, List<Inline> content) {
        String href = a.attr("href").strip();
        if (a.hasAttr(MarkdownInlineHtml.NOTE_LABEL)) {
            return List.of(new Inline.NoteReference(a.attr(MarkdownInlineHtml.NOTE_LABEL), ""));
        }
        String note = context.notes().referencedNote(a);
        if (note != null) {
            return List.of(new Inline.NoteReference(note, ""));
        }
        if (context.notes().isBacklink(a)) {
            return List.of();
        }
        if (href.isEmpty()) {
            return content;
        }
        if (isScript(href)) {
            context.diagnostics().warning(context.at(a), "a link to a script URL (" + scheme(href)
                    + ") was left out and its text kept. Link to a web page instead");
            return content;
        }
        return List.of(new Inline.Link(href, content));
    }

    /** What {@code img} becomes: an image the book carries, or its alt text when it cannot be set. */
    Inline image(Element img) {
        String src = img.attr("src").strip();
        String alt = HtmlWhitespace.spaces(img.attr("alt")).strip();
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            return ExtractedImages.save(src).map(file -> context.images().image(file.toString(), alt, context.at(img),
                            DESCRIBE))
                    .orElseGet(() -> {
                        context.diagnostics().warning(context.at(img), "an embedded image could not be decoded; its "
                                + "alt text stands in. Save the image as a file and link it");
                        return new Inline.Text(alt);
                    });
        }
        if (src.isEmpty() || isScript(src)) {
            context.diagnostics().warning(context.at(img), "an image without a usable source was left out; its alt "
                    + "text stands in. Give it a file path");
            return new Inline.Text(alt);
        }
        return context.images().image(src, alt, context.at(img), DESCRIBE);
    }

    /** True for URL schemes that run code when followed; browsers ignore spaces and case in the scheme. */
    static boolean isScript(String url) {
        String squeezed = SPACE_OR_CONTROL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:")
                || squeezed.startsWith("data:text/html");
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        return url.substring(0, colon + 1).strip().toLowerCase(Locale.ROOT);
    }
}
