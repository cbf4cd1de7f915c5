package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Shows the runs of a line that share a face and size as one {@code TJ} array: each run's glyphs as OpenPDF's
 * kerned showing encodes them, split at the face's kerning pairs, and between runs the displacement that puts the
 * next run where the breaker placed it. A word is encoded once per face and writer and its bytes reused: encoding
 * walks the kerning table and the glyph map character by character, and words recur (Zipf). The first encoding of a
 * word goes through OpenPDF, so the writer still learns every glyph the subset and the ToUnicode map need.
 */
final class TextArrays {

    /** Beyond this many distinct words per face, the rare ones are encoded again rather than kept. */
    private static final int MAX_PER_FACE = 200_000;
    private static final Map<PdfWriter, TextArrays> WRITERS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final byte[] OPEN = "[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]TJ\n".getBytes(StandardCharsets.US_ASCII);

    /** A run's text as shown: the bytes inside its {@code TJ} array and its advance in the face's units. */
    private record Shown(byte[] bytes, int units) {
    }

    /** Per face, the words without and with the word space that follows them. */
    private final Map<BaseFont, Map<String, Shown>[]> faces = new IdentityHashMap<>();

    private TextArrays() {
    }

    /** The arrays of the document {@code writer} writes; the glyphs they use are those it has been told of. */
    static TextArrays of(PdfWriter writer) {
        return WRITERS.computeIfAbsent(writer, w -> new TextArrays());
    }

    /**
     * Shows {@code runs}, all in the face and size {@code canvas} has set, the first at the current text position;
     * a run that is followed by a word space ends in a space glyph, so the text read back has its spaces.
     */
    void show(PdfContentByte canvas, List<SetLine.Placed> runs) {
        BaseFont font = runs.get(0).style().font();
        float size = runs.get(0).style().size();
        ByteBuffer content = canvas.getInternalBuffer();
        content.append(OPEN);
        float start = runs.get(0).x();
        double pen = 0;
        Map<String, Shown>[] words = words(font);
        for (SetLine.Placed run : runs) {
            Shown shown = shown(canvas, font, words[run.spaced() ? 1 : 0], run.text(), run.spaced());
            if (shown.bytes().length == 0) {
                continue;
            }
            // Displacements are written to two decimals; the pen follows what is written, so no error adds up.
            float adjust = (float) (Math.round((pen - (run.x() - start) * 1000.0 / size) * 100) / 100.0);
            if (adjust != 0f) {
                content.append(adjust);
                pen -= adjust;
            }
            content.append(shown.bytes());
            pen += shown.units();
        }
        content.append(CLOSE);
    }

    /** The words of {@code font} shown so far, without and with a following word space; looked up once a line. */
    private Map<String, Shown>[] words(BaseFont font) {
        @SuppressWarnings("unchecked")
        Map<String, Shown>[] words = faces.computeIfAbsent(font, f -> new Map[] {new HashMap<>(), new HashMap<>()});
        return words;
    }

    private Shown shown(PdfContentByte canvas, BaseFont font, Map<String, Shown> known, String text, boolean spaced) {
        Shown shown = known.get(text);
        if (shown == null) {
            shown = encode(canvas, font, spaced ? text + " " : text);
            if (known.size() < MAX_PER_FACE) {
                known.put(text, shown);
            }
        }
        return shown;
    }

    /** {@code text} shown kerned through OpenPDF on a scratch canvas of the same writer, its array's inside kept. */
    private static Shown encode(PdfContentByte canvas, BaseFont font, String text) {
        PdfContentByte scratch = canvas.getDuplicate();
        scratch.setFontAndSize(font, 1f);
        scratch.getInternalBuffer().reset();
        PdfTextArray array = new PdfTextArray();
        if (font.hasKernPairs()) {
            array = PdfContentByte.getKernArray(text, font);
        } else {
            array.add(text);
        }
        scratch.showText(array);
        byte[] all = scratch.getInternalBuffer().toByteArray();
        byte[] inside = java.util.Arrays.copyOfRange(all, OPEN.length, all.length - CLOSE.length);
        return new Shown(inside, units(font, text));
    }

    /** The advance of {@code text} in the face's units per 1000: its glyphs' widths and its pairs' kerning. */
    private static int units(BaseFont font, String text) {
        int units = font.getWidth(text);
        if (font.hasKernPairs()) {
            for (int i = 0; i + 1 < text.length(); i++) {
                units += font.getKerning(text.charAt(i), text.charAt(i + 1));
            }
        }
        return units;
    }

    /** Forgets the arrays of {@code writer}'s document once it is written. */
    static void release(PdfWriter writer) {
        WRITERS.remove(writer);
    }
}
