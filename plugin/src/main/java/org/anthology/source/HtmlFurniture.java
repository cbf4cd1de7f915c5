package org.anthology.source;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Decides which HTML elements never reach a book and reports each one left out, so nothing goes silently: code and
 * styling (never text), embedded foreign content and forms (cannot be set on a page), and the furniture of a saved
 * web page (navigation, banners, footers and side bars outside the article). Everything else keeps its text.
 */
final class HtmlFurniture {

    /** Parsed once, not again for every element it is tried on. */
    private static final Evaluator MAIN_TEXT = QueryParser.parse("article, main, [role=main]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Program code, styling and document metadata: not text of the manuscript. */
    private static final Set<String> CODE = Set.of("script", "style", "template", "link", "meta", "head", "base",
            "noscript", "title");

    /** Content a book cannot hold: embedded documents, media, interactive controls. */
    private static final Set<String> EMBEDDED = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "form", "button", "input", "select", "textarea", "canvas", "svg", "video", "audio", "dialog", "map");

    /** Page furniture when it is not part of the article. */
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search");

    private HtmlFurniture() {
    }

    /** True when {@code element} is left out; the decision or warning is recorded in {@code context}. */
    static boolean leaveOut(Element element, HtmlContext context) {
        String tag = element.normalName();
        if (CODE.contains(tag)) {
            context.diagnostics().decided(context.at(element), "<" + tag + ">", "left out",
                    "code and styling are not text of the manuscript");
            return true;
        }
        if (EMBEDDED.contains(tag)) {
            context.diagnostics().warning(context.at(element), "<" + tag + "> was left out" + words(element)
                    + ": embedded content, media and forms cannot be set in a book. Replace it with text or an image");
            return true;
        }
        // A note is text wherever it stands: one the text refers to, or one marked as a note whose reference is in
        // another file (an EPUB's endnotes), though an aside outside the article is otherwise a side bar.
        if (isFurniture(element) && !context.notes().isNote(element) && !HtmlNotes.isMarkedNote(element)) {
            context.diagnostics().decided(context.at(element), "<" + tag + ">" + words(element), "left out",
                    "page furniture of a saved web page, outside the article");
            return true;
        }
        return false;
    }

    /** Navigation is never text; banners, footers and side bars are, inside an article. */
    private static boolean isFurniture(Element element) {
        String tag = element.normalName();
        boolean byRole = FURNITURE_ROLES.contains(element.attr("role"));
        if (tag.equals("nav") || element.attr("role").equals("navigation")) {
            return true;
        }
        return (FURNITURE.contains(tag) || byRole) && element.closest(MAIN_TEXT) == null;
    }

    private static String words(Element element) {
        int count = element.text().isBlank() ? 0 : SPACES.split(element.text().strip()).length;
        return count == 0 ? "" : " (" + count + (count == 1 ? " word" : " words") + ")";
    }
}
