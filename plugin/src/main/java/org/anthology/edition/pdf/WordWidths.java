package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kerned widths of the words and word pieces of one layout, measured once per face, and the pieces a word is
 * cut into at its hyphenation points, found once per language: words recur (Zipf), and measuring one walks the
 * font's width and kerning tables glyph by glyph. Widths are kept in the face's units per
 * 1000 and scaled to the size asked for, so one entry serves a word at every size. One instance serves one layout
 * on one thread.
 */
final class WordWidths {

    /** Beyond this many distinct pieces per face, the rare ones are measured again rather than kept. */
    private static final int MAX_PER_FACE = 200_000;

    private final Map<BaseFont, Map<String, Long>> faces = new IdentityHashMap<>();
    private final Map<PatternHyphenation, Map<String, Cut>> hyphenated = new IdentityHashMap<>();

    /**
     * A word's pieces between its hyphenation points, with their widths in the face they were last measured in:
     * a book sets most words in one face, so the pieces are looked up once per word rather than once per piece.
     */
    static final class Cut {
        private final String word;
        private final String[] parts;
        private BaseFont face;
        private long[] units;
        private BaseFont wholeFace;
        private long whole;

        private Cut(String word, String[] parts) {
            this.word = word;
            this.parts = parts;
        }

        /** The word the pieces make up, the very string the cut is kept under. */
        String word() {
            return word;
        }

        /** How many pieces the word has. */
        int size() {
            return parts.length;
        }

        /** Piece {@code i}. */
        String part(int i) {
            return parts[i];
        }
    }

    /**
     * {@code word} cut at every hyphenation point {@code patterns} give for the letters-only words inside it; the
     * cut is kept, so a recurring word is cut and hashed once, and so are its pieces' widths in the face it is set in.
     */
    Cut cut(PatternHyphenation patterns, String word) {
        Map<String, Cut> words = hyphenated.computeIfAbsent(patterns, p -> new HashMap<>());
        Cut cut = words.get(word);
        if (cut == null) {
            cut = new Cut(word, cut(word, patterns));
            if (words.size() < MAX_PER_FACE) {
                words.put(word, cut);
            }
        }
        return cut;
    }

    /** The width of piece {@code i} of {@code cut} in {@code style}: the figure {@link #of} gives for it. */
    float width(TextStyle style, Cut cut, int i) {
        BaseFont font = style.font();
        if (cut.face != font) {
            long[] units = new long[cut.parts.length];
            for (int k = 0; k < units.length; k++) {
                units[k] = units(font, cut.parts[k]);
            }
            cut.units = units;
            cut.face = font;
        }
        long units = cut.units[i];
        return points((int) (units >> 32), (int) units, font.hasKernPairs(), style.size());
    }

    /** The width of {@code cut}'s whole word in {@code style}: the figure {@link #of} gives for the word. */
    float whole(TextStyle style, Cut cut) {
        BaseFont font = style.font();
        if (cut.wholeFace != font) {
            cut.whole = units(font, cut.word);
            cut.wholeFace = font;
        }
        return points((int) (cut.whole >> 32), (int) cut.whole, font.hasKernPairs(), style.size());
    }

    /**
     * The width of {@code text} in {@code style}, with the face's pair kerning: the same figure as OpenPDF's
     * {@link BaseFont#getWidthPointKerned}, to the bit.
     */
    float of(TextStyle style, String text) {
        BaseFont font = style.font();
        long units = units(font, text);
        return points((int) (units >> 32), (int) units, font.hasKernPairs(), style.size());
    }

    /** The advance widths and the kerning of {@code text} in {@code font}, packed, measured once per face. */
    private long units(BaseFont font, String text) {
        Map<String, Long> widths = faces.computeIfAbsent(font, face -> new HashMap<>());
        Long units = widths.get(text);
        if (units == null) {
            units = measure(font, text);
            if (widths.size() < MAX_PER_FACE) {
                widths.put(text, units);
            }
        }
        return units;
    }

    /** The kerning between the last character of one run and the first of the next, in {@code style}'s points. */
    static float kerning(TextStyle style, String before, String after) {
        if (before.isEmpty() || after.isEmpty() || !style.font().hasKernPairs()) {
            return 0f;
        }
        return style.font().getKerning(before.charAt(before.length() - 1), after.charAt(0)) * 0.001f
                * style.size();
    }

    private static String[] cut(String word, PatternHyphenation patterns) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < word.length()) {
            int start = i;
            while (i < word.length() && Character.isLetter(word.charAt(i))) {
                i++;
            }
            for (int point : patterns.points(word.substring(start, i))) {
                parts.add(word.substring(from, start + point));
                from = start + point;
            }
            i = Math.max(i + 1, start + 1);
        }
        parts.add(word.substring(from));
        return parts.toArray(String[]::new);
    }

    /** The advance widths and the kerning of {@code text}, in the face's units, packed into one long. */
    private static long measure(BaseFont font, String text) {
        int kerning = 0;
        if (font.hasKernPairs()) {
            for (int i = 0; i + 1 < text.length(); i++) {
                kerning += font.getKerning(text.charAt(i), text.charAt(i + 1));
            }
        }
        return ((long) font.getWidth(text) << 32) | (kerning & 0xFFFFFFFFL);
    }

    private static float points(int width, int kerning, boolean kerned, float size) {
        float plain = width * 0.001f * size;
        return kerned ? plain + kerning * 0.001f * size : plain;
    }
}
