package org.anthology.edition.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.lowagie.text.pdf.BaseFont;

/**
 * Turns Arabic letters into their joined presentation forms (initial, medial, final, lam-alef ligatures) by
 * ICU4J's shaping, as OpenPDF's column layout does, since a PDF font is drawn glyph by glyph with no shaping
 * engine of its own. Text is shaped in logical order, before it is measured and broken into lines, so a word's
 * width is that of the forms drawn.
 */
final class ArabicForms {

    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private ArabicForms() {
    }

    /**
     * {@code text} with its Arabic letters in their joined forms, where {@code font} has a glyph for every form;
     * {@code text} itself when it holds no Arabic letter or the font lacks a form, whose letters then stay unjoined
     * rather than vanish.
     */
    static String shape(String text, BaseFont font) {
        if (!hasArabic(text)) {
            return text;
        }
        String shaped;
        try {
            shaped = SHAPING.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= 0xFB50 && c <= 0xFEFF && !font.charExists(c)) {
                return text;
            }
        }
        return shaped;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                return true;
            }
        }
        return false;
    }
}
