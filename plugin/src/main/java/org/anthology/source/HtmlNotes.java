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

    static final HtmlNotes NONE = new HtmlNotes(Set.of(), Set.of(), "");

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
    private static final Evaluator FRAGMENT_LINK = QueryParser.parse("a[href*=#]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    private final Set<String> noteIds;
    private final Set<String> referenceIds;
    private final String fileName;

    private HtmlNotes(Set<String> noteIds, Set<String> referenceIds, String fileName) {
        this.noteIds = Set.copyOf(noteIds);
        this.referenceIds = Set.copyOf(referenceIds);
        this.fileName = fileName;
    }

    /**
     * The notes of the text under {@code root}, read from {@code file}. A link into the same document may name the
     * file before its fragment, as EPUB chapters do ({@code ch01.xhtml#fn1}, {@code ../Text/ch01.xhtml#fn1}).
     */
    static HtmlNotes find(Element root, String file) {
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        Set<String> notes = new HashSet<>();
        Set<String> references = new HashSet<>();
        Elements links = root.select(FRAGMENT_LINK);
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
            String id = fragment(link, fileName);
            Element target = id == null || id.isEmpty() ? null : byId.get(id);
            if (target != null && isReference(link, target)) {
                notes.add(id);
                addId(link, references);
                Element sup = link.closest(SUP);
                if (sup != null) {
                    addId(sup, references);
                }
            }
        }
        return new HtmlNotes(notes, references, fileName);
    }

    /**
     * The id {@code link} leads to in its own document, the file named {@code fileName}: the fragment of
     * {@code #id}, or of {@code path/fileName#id}; null for a link elsewhere.
     */
    private static String fragment(Element link, String fileName) {
        String href = link.attr("href").strip();
        int hash = href.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String path = href.substring(0, hash);
        return path.isEmpty() || path.substring(path.lastIndexOf('/') + 1).equals(fileName)
                ? href.substring(hash + 1) : null;
    }

    private static boolean isReference(Element link, Element target) {
        if (link.is(MARKED_REF)) {
            return true;
        }
        boolean superscript = link.closest(SUP) != null || !link.select(SUP).isEmpty();
        boolean noteLike = target.is(LIST_ITEM_OR_ASIDE) || target.is(MARKED_NOTE)
                || target.closest(NOTES_CONTAINER) != null;
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

    /**
     * The id of the note {@code link} refers to, or null when it is no note reference; its text is the note's
     * number, which the book sets itself.
     */
    String referencedNote(Element link) {
        String id = link.normalName().equals("a") ? fragment(link, fileName) : null;
        return id != null && noteIds.contains(id) ? id : null;
    }

    /** True when {@code link} leads from a note back to its reference: the book makes its own. */
    boolean isBacklink(Element link) {
        String id = fragment(link, fileName);
        return link.is(MARKED_BACKLINK) || id != null && referenceIds.contains(id);
    }

    /** True when {@code element} says it is a note ({@code epub:type="footnote"}, {@code role="doc-endnote"}, ...). */
    static boolean isMarkedNote(Element element) {
        return element.is(MARKED_NOTE);
    }

    /** True when {@code element} only holds notes (its rule or heading is decoration). */
    static boolean isNotesContainer(Element element) {
        return element.is(NOTES_CONTAINER);
    }
}
