package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Rewrites the CIDSets of the embedded TrueType subsets as they are written. OpenPDF's subsets keep every glyph
 * slot of the font (the unused ones empty), but it writes each CIDSet from the glyphs the text uses; PDF/UA, as
 * veraPDF checks it, asks that the CIDSet name every glyph the font program holds, so each CIDSet is replaced by
 * one naming all the font's glyphs. The fonts write their CIDSets in the order the writer holds them, one each, a
 * stream of bits with no keys beyond its length and filter; the only other such stream of a font is its ToUnicode
 * CMap, which is text.
 */
final class CidSets {

    private static final Set<PdfName> BARE = Set.of(PdfName.LENGTH, PdfName.FILTER);
    /** The glyph count of every font read so far, by font. */
    private static final Map<BaseFont, Integer> GLYPHS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final byte[] END_STREAM = "\nendstream".getBytes(StandardCharsets.ISO_8859_1);

    /** The glyph count of each TrueType font still to write its CIDSet, in writing order; -1 when unknown. */
    private final Deque<Integer> glyphCounts = new ArrayDeque<>();

    /** The CIDSets of {@code fonts}, the writer's fonts in the order it writes them. */
    CidSets(Collection<BaseFont> fonts) {
        for (BaseFont font : fonts) {
            if (font.getFontType() == BaseFont.FONT_TYPE_TTUNI) {
                glyphCounts.add(GLYPHS.getOrDefault(font, -1));
            }
        }
    }

    /** {@code object}, or the complete CIDSet that replaces it when it is a font's CIDSet. */
    PdfObject completed(PdfObject object) {
        if (glyphCounts.isEmpty() || !(object instanceof PdfStream stream) || !BARE.containsAll(stream.getKeys())) {
            return object;
        }
        byte[] bits = decoded(stream);
        if (bits == null || isCMap(bits)) {
            return object;
        }
        int count = glyphCounts.poll();
        if (count <= 0) {
            return object;
        }
        byte[] all = new byte[(count + 7) / 8];
        Arrays.fill(all, (byte) 0xFF);
        if (count % 8 != 0) {
            all[all.length - 1] = (byte) (0xFF << (8 - count % 8));
        }
        PdfStream complete = new PdfStream(all);
        complete.flateCompress();
        return complete;
    }

    /** Notes that {@code font} was read from {@code program}, whose glyph count its CIDSet will need. */
    static BaseFont remember(BaseFont font, byte[] program) {
        GLYPHS.put(font, glyphCount(program));
        return font;
    }

    /** The number of glyphs with horizontal metrics in the font program {@code data}; -1 when it has none. */
    private static int glyphCount(byte[] data) {
        try {
            ByteBuffer sfnt = ByteBuffer.wrap(data);
            int tables = sfnt.getShort(4) & 0xFFFF;
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                if (new String(data, record, 4, StandardCharsets.ISO_8859_1).equals("hhea")) {
                    return sfnt.getShort(sfnt.getInt(record + 8) + 34) & 0xFFFF;
                }
            }
            return -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The stream's data, decoded: OpenPDF keeps a compressed stream's bytes to itself, so it is written out. */
    private static byte[] decoded(PdfStream stream) {
        if (!(stream.get(PdfName.LENGTH) instanceof PdfNumber length)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            stream.toPdf(null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] written = out.toByteArray();
        int end = written.length - END_STREAM.length;
        if (end - length.intValue() < 0) {
            return null;
        }
        byte[] data = Arrays.copyOfRange(written, end - length.intValue(), end);
        return PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER)) ? PdfReader.FlateDecode(data) : data;
    }

    private static boolean isCMap(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).contains("CIDInit");
    }
}
