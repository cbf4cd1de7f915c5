package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the face that shows a character for one role and style: the families in the role's search order, each face
 * loaded when first needed, and the answer remembered per character, so setting a book asks each font about each
 * distinct character once instead of about every character of its text.
 */
final class FaceSearch {

    /** Remembered "no face shows it". */
    private static final int NONE = -1;
    /** Characters below this are remembered in an array; the rare others in a map. */
    private static final int DENSE = 0x3000;

    private final List<String> families;
    private final Function<String, BaseFont> load;
    private final BaseFont[] faces;
    /** Per character, 1 + the index of the face that shows it, {@link #NONE} for none, 0 when not asked yet. */
    private final byte[] dense = new byte[DENSE];
    private final Map<Integer, Integer> sparse = new HashMap<>();

    /** A search through {@code families}, whose faces {@code load} gives by family name. */
    FaceSearch(List<String> families, Function<String, BaseFont> load) {
        this.families = List.copyOf(families);
        this.load = load;
        this.faces = new BaseFont[families.size()];
    }

    /** The face of the search order's first family, the role's own, loaded once. */
    BaseFont first() {
        return face(0);
    }

    /** The first face of the search order that shows {@code c}, or null when none does. */
    BaseFont faceFor(int c) {
        int known = c < DENSE ? dense[c] : sparse.getOrDefault(c, 0);
        if (known == 0) {
            known = search(c);
            if (c < DENSE) {
                dense[c] = (byte) known;
            } else {
                sparse.put(c, known);
            }
        }
        return known == NONE ? null : face(known - 1);
    }

    private int search(int c) {
        for (int i = 0; i < faces.length; i++) {
            if (face(i).charExists(c)) {
                return i + 1;
            }
        }
        return NONE;
    }

    private BaseFont face(int i) {
        if (faces[i] == null) {
            faces[i] = load.apply(families.get(i));
        }
        return faces[i];
    }
}
