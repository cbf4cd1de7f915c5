package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anthology.edition.pdf.BookFonts.Face;
import org.anthology.model.Diagnostics;

/**
 * The embedded faces of one PDF edition, and which characters they can show. Text is always set in a font that has
 * the glyph: a character missing from the requested face is taken from the theme's fallback families in order, then
 * from its other families; one that no configured family covers is left out, and
 * {@link #uncoveredCodePoints(String)} tells the pipeline which.
 *
 * <p>Only embedded Identity-H fonts are used: the base-14 fonts would silently drop every glyph above U+00FF.
 * A new set is made for every write, so subset tags come out the same each time.
 */
public final class FontSet {

    /** What a family is used for. */
    enum Role { BODY, HEADING, MONO }

    private static final Face[] FACES = Face.values();

    private final Map<Role, String> families = new EnumMap<>(Role.class);
    private final List<String> fallback;
    /** Per role, one search per style (regular, bold, italic, bold italic). */
    private final Map<Role, FaceSearch[]> searches = new EnumMap<>(Role.class);
    private final FontFaces faces;
    private final PageColours colours;

    /** The built-in faces named by {@code theme}, loaded from the class path when first used. */
    public FontSet(PdfTheme theme) {
        this(theme, BookFonts.none());
    }

    /** The faces named by {@code theme}, from {@code book}'s own files where it brings the family. */
    public FontSet(PdfTheme theme, BookFonts book) {
        this(theme, book, new FontFaces.Parsed());
    }

    /** As {@link #FontSet(PdfTheme, BookFonts)}, with fonts another set of the edition has parsed already. */
    FontSet(PdfTheme theme, BookFonts book, FontFaces.Parsed parsed) {
        families.put(Role.BODY, theme.bodyFont());
        families.put(Role.HEADING, theme.headingFont());
        families.put(Role.MONO, theme.monoFont());
        colours = theme.colours();
        fallback = theme.fallbackFonts();
        faces = new FontFaces(book, parsed);
        searchAll();
    }

    /** A set with {@code original}'s families and faces and searches of its own, for another thread. */
    private FontSet(FontSet original) {
        families.putAll(original.families);
        colours = original.colours;
        fallback = original.fallback;
        faces = original.faces;
        searchAll();
    }

    /**
     * A set for another thread: the same faces, which may be asked for from both, and its own memory of which face
     * shows which character, which only one thread may use. Text set with either comes out the same.
     */
    FontSet confined() {
        return new FontSet(this);
    }

    /** Whether text set with this set and with {@code other} is in the same faces: one is the other's copy. */
    boolean setsLike(FontSet other) {
        return faces == other.faces;
    }

    private void searchAll() {
        for (Role role : Role.values()) {
            Set<String> order = new LinkedHashSet<>();
            order.add(families.get(role));
            order.addAll(fallback);
            order.addAll(List.of(families.get(Role.HEADING), families.get(Role.MONO), families.get(Role.BODY)));
            FaceSearch[] styles = new FaceSearch[FACES.length];
            for (int style = 0; style < FACES.length; style++) {
                Face face = FACES[style];
                styles[style] = new FaceSearch(List.copyOf(order), family -> faces.face(family, face));
            }
            searches.put(role, styles);
        }
    }

    /**
     * The code points of {@code text} that none of the configured families can show, in ascending order. Spaces
     * and control characters are never reported.
     */
    public Set<Integer> uncoveredCodePoints(String text) {
        Set<Integer> out = new TreeSet<>();
        text.codePoints().filter(c -> !isLayoutOnly(c) && fallbackFor(c, Role.BODY, 0) == null).forEach(out::add);
        return out;
    }

    /** The configured families: body, heading, mono, then the fallbacks, without repeats. */
    List<String> families() {
        Set<String> all = new LinkedHashSet<>(List.of(families.get(Role.BODY), families.get(Role.HEADING),
                families.get(Role.MONO)));
        all.addAll(fallback);
        return List.copyOf(all);
    }

    /**
     * Reports every font file of the book that cannot be embedded, at the theme line that named its family; true
     * when all can.
     */
    boolean check(Diagnostics diagnostics) {
        return faces.check(families(), diagnostics);
    }

    /**
     * An empty paragraph in the body font. Layout sets spacing and line ends in the paragraph's own font, which
     * would otherwise be the non-embedded Helvetica.
     */
    Paragraph paragraph(float leading) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(font(Role.BODY, false, false, leading / 1.3f));
        return paragraph;
    }

    /** An empty list item in the body font, for the same reason as {@link #paragraph(float)}. */
    ListItem listItem(float leading) {
        ListItem item = new ListItem(leading);
        item.setFont(font(Role.BODY, false, false, leading / 1.3f));
        return item;
    }

    /** An empty phrase in the body font, for the same reason as {@link #paragraph(float)}. */
    Phrase phrase(float leading) {
        Phrase phrase = new Phrase(leading);
        phrase.setFont(font(Role.BODY, false, false, leading / 1.3f));
        return phrase;
    }

    /** The font of {@code role} in the given style and size. */
    Font font(Role role, boolean bold, boolean italic, float size) {
        return new Font(face(role, style(bold, italic)), size, Font.UNDEFINED, ink(role));
    }

    /**
     * {@code text} as chunks in the font of {@code role}, style and size or, for characters that face lacks, in a
     * configured family that has them; characters that no family covers are left out.
     */
    List<Chunk> chunks(String text, Role role, boolean bold, boolean italic, float size) {
        int style = style(bold, italic);
        BaseFont preferred = face(role, style);
        List<Chunk> out = new ArrayList<>();
        if (showsAll(preferred, text, role, style)) {
            // Nearly all text is in its own face: one chunk, without copying it character by character.
            if (!text.isEmpty()) {
                out.add(new Chunk(text, new Font(preferred, size, Font.UNDEFINED, ink(role))));
            }
            return out;
        }
        StringBuilder run = new StringBuilder();
        BaseFont runFace = preferred;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            BaseFont wanted = isLayoutOnly(c) ? runFace : fallbackFor(c, role, style);
            if (wanted == null) {
                continue;
            }
            if (wanted != runFace && run.length() > 0) {
                out.add(new Chunk(run.toString(), new Font(runFace, size, Font.UNDEFINED, ink(role))));
                run.setLength(0);
            }
            runFace = wanted;
            run.appendCodePoint(c);
        }
        if (run.length() > 0) {
            out.add(new Chunk(run.toString(), new Font(runFace, size, Font.UNDEFINED, ink(role))));
        }
        return out;
    }

    /** The theme's colours. */
    PageColours colours() {
        return colours;
    }

    /** Copies of {@code chunks} in {@code colour}, for text told apart by its colour: links, running heads. */
    static List<Chunk> inColour(List<Chunk> chunks, Color colour) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk chunk : chunks) {
            // The copy has its own font, so shared chunks such as Chunk.NEWLINE keep theirs.
            Chunk copy = new Chunk(chunk);
            copy.getFont().setColor(colour);
            out.add(copy);
        }
        return out;
    }

    /** Headings and titles in the heading colour, all other text (code too) in the text colour. */
    private Color ink(Role role) {
        return role == Role.HEADING ? colours.heading() : colours.text();
    }

    /**
     * The face that shows {@code c}: the role's own family first, then the fallbacks the theme lists for exactly
     * this, and only then the theme's other families, whose look (a monospaced face in running text) was chosen for
     * something else.
     */
    private BaseFont fallbackFor(int c, Role first, int style) {
        return searches.get(first)[style].faceFor(c);
    }

    /** Whether every character of {@code text} but spaces and controls is shown in {@code face}. */
    private boolean showsAll(BaseFont face, String text, Role role, int style) {
        FaceSearch search = searches.get(role)[style];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isLayoutOnly(c) && search.faceFor(c) != face) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLayoutOnly(int c) {
        // In ASCII the spaces and controls are the codes up to the space, and DEL.
        if (c < 0x80) {
            return c <= ' ' || c == 0x7F;
        }
        return Character.isWhitespace(c) || Character.isISOControl(c);
    }

    private static int style(boolean bold, boolean italic) {
        return (bold ? 1 : 0) + (italic ? 2 : 0);
    }

    /**
     * The role's own face in the style: the first of its search, which keeps it once loaded, where the faces' look-up
     * would build a resource name and go through a concurrent map for every run of text.
     */
    private BaseFont face(Role role, int style) {
        return searches.get(role)[style].first();
    }
}
