package org.anthology.source;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the footnotes of an HTML text in the patterns word processors and converters write: a link to an element
 * by id that is marked as a note reference ({@code epub:type="noteref"}, {@code role="doc-noteref"}, a
 * {@code footnote-ref} class) or sits in a superscript and points at a list item or aside (Pandoc, mammoth,
 * flexmark, EPUB footnotes). The links back from a note to its reference are recognised so they can be dropped.
 */
final class HtmlNotes {

    static final HtmlNotes NONE = new HtmlNotes(Set.of(), Set.of());

    private static final String MARKED_REF = "[epub:type~=noteref], [role=doc-noteref], .footnote-ref, .noteref, "
            + ".footnote-reference, .footnoteRef";
    private static final String MARKED_NOTE = "[epub:type~=(footnote|endnote|rearnote)], "
            + "[role~=doc-(footnote|endnote)]";
    private static final String NOTES_CONTAINER = ".footnotes, .endnotes, [role=doc-endnotes], "
            + "[epub:type~=(footnotes|endnotes|rearnotes)]";
    private static final String MARKED_BACKLINK = ".footnote-backref, .footnote-back, [role=doc-backlink], "
            + "[epub:type~=backlink]";

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
        for (Element link : root.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            Element target = id.isEmpty() ? null : root.ownerDocument().getElementById(id);
            if (target != null && isReference(link, target)) {
                notes.add(id);
                addId(link, references);
                Element sup = link.closest("sup");
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
        boolean superscript = link.closest("sup") != null || !link.select("sup").isEmpty();
        boolean noteLike = target.is("li, aside") || target.is(MARKED_NOTE) || target.closest(NOTES_CONTAINER) != null;
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
