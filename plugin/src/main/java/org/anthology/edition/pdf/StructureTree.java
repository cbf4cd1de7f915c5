package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The structure tree of a tagged PDF as it is written: the elements open where the layout stands (Document, a
 * {@code Sect} per chapter, a {@code P} per paragraph...), the content drawn now marked as the current element's,
 * and the page furniture marked as artifacts. Kids are kept in the order they are opened, which is the reading
 * order: an element reserved early (the contents) keeps its place whenever its content is laid out.
 *
 * <p>Drawing code finds the tree of its writer through {@link #of(PdfWriter)}; an untagged writer gets a tree that
 * draws and marks nothing, so the layout code is the same with tagging on and off.
 */
final class StructureTree {

    private static final Map<PdfWriter, StructureTree> TREES = Collections.synchronizedMap(new WeakHashMap<>());
    private static final StructureTree UNTAGGED = new StructureTree(null);
    /** Grouping elements, which hold other elements only: content drawn in one goes into a paragraph of its own. */
    private static final Set<String> GROUPS = Set.of("Document", "Part", "Sect", "Div", "BlockQuote", "L", "LI",
            "LBody", "Note", "TOC", "TOCI", "Table", "TR");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName STRUCT_ELEM = new PdfName("StructElem");
    private static final int MAX_KIDS = 4096;

    private final PdfWriter writer;
    private final Deque<PdfStructureElement> elements = new ArrayDeque<>();
    private String language;
    /** The paragraph opened for content drawn straight into a grouping element, reused until another element opens. */
    private PdfStructureElement loose;
    /** The marking of set lines in the current element, made on first use. */
    private TaggedRuns runs;
    private int artifacts;
    /** The divisions opened because an element had too many kids, which close with that element. */
    private final Set<PdfStructureElement> overflows = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int notes;
    /**
     * One name per role, shared by all the elements of that role: a book has few roles but an element for every
     * paragraph, note and link, all kept until the document closes.
     */
    private final Map<String, PdfName> roles = new HashMap<>();

    private StructureTree(PdfWriter writer) {
        this.writer = writer;
    }

    /**
     * Tags {@code writer}'s document, in {@code language}: the root {@code Document} element, tab order by
     * structure and the title shown in the viewer's title bar, as PDF/UA asks. Call before the document opens.
     */
    static StructureTree tag(PdfWriter writer, String language) {
        writer.setTagged();
        writer.setTabs(PdfName.S);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        StructureTree tree = new StructureTree(writer);
        tree.language = language;
        TREES.put(writer, tree);
        return tree;
    }

    /** The tree {@code writer} writes, or one that tags nothing when its document is not tagged. */
    static StructureTree of(PdfWriter writer) {
        return writer == null ? UNTAGGED : TREES.getOrDefault(writer, UNTAGGED);
    }

    /** A tree of its own that tags nothing, for a thread that lays out without drawing. */
    static StructureTree untagged() {
        return new StructureTree(null);
    }

    /** Forgets {@code writer}'s tree, once its document is closed. */
    static void release(PdfWriter writer) {
        TREES.remove(writer);
    }

    /** The name of {@code role}, made once. */
    private PdfName name(String role) {
        return roles.computeIfAbsent(role, PdfName::new);
    }

    /**
     * A new element of {@code role}, the last kid of {@code parent}. OpenPDF gives each element a type name of its
     * own, a hundred thousand alike in a long book: it is replaced by the one shared name.
     */
    private PdfStructureElement newElement(PdfStructureElement parent, String role) {
        PdfStructureElement element = new PdfStructureElement(parent, name(role));
        element.put(PdfName.TYPE, STRUCT_ELEM);
        return element;
    }

    /** Whether the document is tagged. */
    boolean tagged() {
        return writer != null;
    }

    /** Opens an element of {@code role} as the current element's last kid; it is current until {@link #end()}. */
    void begin(String role) {
        if (tagged()) {
            begin(identified(newElement(container(), role)));
        }
    }

    /** {@code element}, with an identifier of its own when it is a note, as PDF/UA asks of every note. */
    private PdfStructureElement identified(PdfStructureElement element) {
        if ("Note".equals(role(element))) {
            element.put(PdfName.ID, new PdfString("note-" + ++notes));
        }
        return element;
    }

    /** As {@link #begin(String)}, for an element whose content is in {@code language}, a BCP 47 tag. */
    void begin(String role, String language) {
        begin(role);
        if (tagged()) {
            open().peek().put(PdfName.LANG, new PdfString(language));
        }
    }

    /** Gives the current element the alternative description {@code text}, as a figure's. */
    void alternative(String text) {
        if (tagged()) {
            open().peek().put(PdfName.ALT, new PdfString(text, com.lowagie.text.pdf.PdfObject.TEXT_UNICODE));
        }
    }

    /** Makes the element {@code reserved} (from {@link #reserve}) current again, until {@link #end()}. */
    void begin(PdfStructureElement reserved) {
        if (tagged()) {
            loose = null;
            runs = null;
            open().push(reserved);
        }
    }

    /** Adds an element of {@code role} where the reading order has it now, for content laid out later. */
    PdfStructureElement reserve(String role) {
        return tagged() ? newElement(container(), role) : null;
    }

    /** Closes the current element. */
    void end() {
        if (tagged()) {
            loose = null;
            runs = null;
            while (overflows.remove(open().peek())) {
                open().pop();
            }
            open().pop();
        }
    }

    /**
     * The marking of set lines' runs in the current element; {@code linked} when some of them are links, whose
     * {@code Link} elements then stand among the element's kids with the rest of its text.
     */
    TaggedRuns runs(boolean linked) {
        if (runs == null) {
            runs = new TaggedRuns(this);
            PdfStructureElement top = tagged() && linked ? open().peek() : null;
            if (top != null && !GROUPS.contains(role(top)) && top.get(PdfName.K) == null) {
                loose = newElement(top, "Span");
            }
        }
        return runs;
    }

    /** A new element of {@code role}, the current element's last kid, that does not become current. */
    PdfStructureElement kid(String role) {
        loose = null;
        return newElement(open().peek(), role);
    }

    /** The element opened last and not closed yet, itself even when it groups others; null when untagged. */
    PdfStructureElement element() {
        return tagged() ? open().peek() : null;
    }

    /** The current element, which content drawn now belongs to; null when untagged. */
    PdfStructureElement current() {
        return tagged() ? leaf() : null;
    }

    /**
     * Until the matching {@link #endArtifact()}, content drawn as the current element's is an artifact instead:
     * for spacing and ornaments that say nothing to a reader.
     */
    void beginArtifact() {
        artifacts++;
    }

    /** Ends what {@link #beginArtifact()} began. */
    void endArtifact() {
        artifacts--;
    }

    /** Whether content drawn now is an artifact, which no element's marked content may hold. */
    boolean inArtifact() {
        return artifacts > 0;
    }

    /**
     * Opens an element of {@code role} in the nearest grouping element, as a note set at the page's foot goes
     * beside the paragraph that references it rather than inside it; returns the element, null when untagged.
     */
    PdfStructureElement beginBeside(String role) {
        if (!tagged()) {
            return null;
        }
        PdfStructureElement group = open().stream().filter(e -> GROUPS.contains(role(e))).findFirst()
                .orElseThrow();
        PdfStructureElement element = identified(newElement(group, role));
        begin(element);
        return element;
    }

    /** Draws {@code draw} on {@code canvas} as content of the current element. */
    void content(PdfContentByte canvas, Runnable draw) {
        if (!tagged()) {
            draw.run();
            return;
        }
        if (artifacts > 0) {
            artifact(canvas, "Layout", draw);
            return;
        }
        content(canvas, leaf(), draw);
    }

    /** Draws {@code draw} on {@code canvas} as content of {@code element}. */
    void content(PdfContentByte canvas, PdfStructureElement element, Runnable draw) {
        if (!tagged()) {
            draw.run();
            return;
        }
        canvas.beginMarkedContentSequence(element);
        draw.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * Draws {@code draw} on {@code canvas} as an artifact, outside the text: running heads, page numbers, rules; a
     * {@code type} such as {@code Pagination} or {@code Layout}.
     */
    void artifact(PdfContentByte canvas, String type, Runnable draw) {
        if (!tagged()) {
            draw.run();
            return;
        }
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName(type));
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
        draw.run();
        canvas.endMarkedContentSequence();
    }

    /** The open elements, innermost first; the root {@code Document} is made once the document is open. */
    private Deque<PdfStructureElement> open() {
        if (elements.isEmpty()) {
            PdfStructureElement document = new PdfStructureElement(writer.getStructureTreeRoot(),
                    new PdfName("Document"));
            document.put(PdfName.LANG, new PdfString(language));
            elements.push(document);
        }
        return elements;
    }

    /**
     * The nearest open grouping element, where a new element goes. PDF/A-1 allows no array longer than 8,191
     * elements, so a grouping element that has {@link #MAX_KIDS} kids takes its next ones in a {@code Div} of its
     * own, which closes with it.
     */
    PdfStructureElement container() {
        for (PdfStructureElement element : open()) {
            if (!holdsContent(element)) {
                if (kidCount(element) < MAX_KIDS) {
                    return element;
                }
                PdfStructureElement overflow = newElement(element, "Div");
                open().push(overflow);
                overflows.add(overflow);
                return overflow;
            }
        }
        return open().getLast();
    }

    private static int kidCount(PdfStructureElement element) {
        return element.get(PdfName.K) instanceof PdfArray kids ? kids.size() : 0;
    }

    /** The element content drawn now is marked with: the current one, or a paragraph inside a grouping one. */
    private PdfStructureElement leaf() {
        PdfStructureElement top = open().peek();
        if (!GROUPS.contains(role(top)) && !hasKids(top)) {
            return top;
        }
        if (loose == null) {
            loose = newElement(top, GROUPS.contains(role(top)) ? "P" : "Span");
        }
        return loose;
    }

    /** Whether {@code element} has marked content of its own, so it can take no elements. */
    private static boolean holdsContent(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        return kids != null && (kids.isNumber() || kids.isArray() && ((PdfArray) kids).size() > 0
                && ((PdfArray) kids).getPdfObject(0).isNumber());
    }

    private static boolean hasKids(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        return kids != null && kids.isArray() && ((PdfArray) kids).size() > 0
                && !((PdfArray) kids).getPdfObject(0).isNumber();
    }

    private static String role(PdfStructureElement element) {
        return PdfName.decodeName(element.getAsName(PdfName.S).toString());
    }
}
