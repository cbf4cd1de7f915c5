package org.anthology.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the footnotes of an HTML text in the patterns word processors and converters write: a link to an element
 * by id that is marked as a note reference ({@code epub:type="noteref"}, {@code role="doc-noteref"}, a
 * {@code footnote-ref} class) or sits in a superscript and points at a list item or aside (Pandoc, mammoth,
 * flexmark, EPUB footnotes). The links back from a note to its reference are recognised so they can be dropped.
 */
final class HtmlNotes {

    static final HtmlNotes NONE = new HtmlNotes(Set.of(), Set.of());

    // Parsed once: a query given as text is parsed again on every element it is tried on.
    private static final Evaluator MARKED_REF = QueryParser.parse("[epub:type~=noteref], [role=doc-noteref], "
            + ".footnote-ref, .noteref, .footnote-reference, .footnoteRef");
    private static final Evaluator MARKED_NOTE = QueryParser.parse("[epub:type~=(footnote|endnote|rearnote)], "
            + "[role~=doc-(footnote|endnote)]");
    private static final Evaluator NOTES_CONTAINER = QueryParser.parse(".footnotes, .endnotes, "
            + "[role=doc-endnotes], [epub:type~=(footnotes|endnotes|rearnotes)]");
    private static final Evaluator MARKED_BACKLINK = QueryParser.parse(".footnote-backref, .footnote-back, "
            + "[role=doc-backlink], [epub:type~=backlink]");
    private static final Evaluator SUP = QueryParser.parse("sup");
    private static final Evaluator LIST_ITEM_OR_ASIDE = QueryParser.parse("li, aside");
    private static final Evaluator INTERNAL_LINK = QueryParser.parse("a[href^=#]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    private final Set<String> noteIds;
    private final Set<String> referenceIds;

    private HtmlNotes(Set<String> noteIds, Set<String> referenceIds) {
        this.noteIds = Set.copyOf(noteIds);
        this.referenceIds = Set.copyOf(referenceIds);
    }

    /** The notes of the text under {@code root}. */
    static HtmlNotes find(Element root) {
        Set<String> notes = new HashSet<>();
        Set<String> references = new HashSet<>();
        Elements links = root.select(INTERNAL_LINK);
        if (links.isEmpty()) {
            return NONE;
        }
        // The document's elements by id, the first of each as getElementById finds it: that searches the whole
        // document, once for every link, which for a book's thousands of notes is millions of elements.
        Map<String, Element> byId = new HashMap<>();
        for (Element element : root.ownerDocument().select(WITH_ID)) {
            byId.putIfAbsent(element.id(), element);
        }
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            Element target = id.isEmpty() ? null : byId.get(id);
            if (target != null && isReference(link, target)) {
                notes.add(id);
                addId(link, references);
                Element sup = link.closest(SUP);
                if (sup != null) {
                    addId(sup, references);
                }
            }
        }
        return new HtmlNotes(notes, references);
    }

    private static boolean isReference(Element link, Element target) {
        if (link.is(MARKED_REF)) {
            return true;
        }
        boolean superscript = link.closest(SUP) != null || !link.select(SUP).isEmpty();
        boolean noteLike = target.is(LIST_ITEM_OR_ASIDE) || target.is(MARKED_NOTE) || target.closest(NOTES_CONTAINER) != null;
        return superscript && noteLike;
    }

    private static void addId(Element element, Set<String> ids) {
        if (!element.id().isEmpty()) {
            ids.add(element.id());
        }
    }

    /** True when {@code element} is the text of a note. */
    boolean isNote(Element element) {
        return !element.id().isEmpty() && noteIds.contains(element.id());
    }

    /** True when {@code link} is a note reference; its text is the note's number, which the book sets itself. */
    boolean isReference(Element link) {
        String href = link.attr("href");
        return link.normalName().equals("a") && href.startsWith("#") && noteIds.contains(href.substring(1));
    }

    /** True when {@code link} leads from a note back to its reference: the book makes its own. */
    boolean isBacklink(Element link) {
        String href = link.attr("href");
        return link.is(MARKED_BACKLINK) || href.startsWith("#") && referenceIds.contains(href.substring(1));
    }

    /** True when {@code element} only holds notes (its rule or heading is decoration). */
    static boolean isNotesContainer(Element element) {
        return element.is(NOTES_CONTAINER);
    }
}
