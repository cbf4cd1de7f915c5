package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.util.Optional;
import org.anthology.model.Attributes;

/**
 * Which way a block of text runs, in OpenPDF's run directions, as the line layer ({@link BidiLines}) takes it. Text without right-to-left letters is set as
 * it always was, without the bidirectional algorithm; text with Hebrew or Arabic letters goes through it, so
 * right-to-left runs read in their order and Arabic letters take their joined forms: from the right when its first
 * strong letter is right-to-left (a Hebrew or Arabic paragraph), from the left when that is left-to-right (an English
 * sentence quoting an Arabic word). Left alignment then means the start of the line, the right edge for a
 * right-to-left paragraph.
 */
final class TextDirection {

    private TextDirection() {
    }

    /**
     * The OpenPDF run direction for {@code text} whose node declares {@code declared}: a declared right-to-left run
     * is set from the right whatever its letters; a declared left-to-right one from the left, through the bidirectional
     * algorithm only when it holds right-to-left letters; an undeclared one is guessed from its letters.
     */
    static int of(Optional<Attributes.Direction> declared, CharSequence text) {
        if (declared.isEmpty()) {
            return of(text);
        }
        if (declared.get() == Attributes.Direction.RTL) {
            return PdfWriter.RUN_DIRECTION_RTL;
        }
        return of(text) == PdfWriter.RUN_DIRECTION_NO_BIDI ? PdfWriter.RUN_DIRECTION_NO_BIDI
                : PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * How the line layer sets a paragraph whose OpenPDF run direction is {@code runDirection}: right to left or left
     * to right through the bidirectional algorithm when that is set so, otherwise as {@link #of(CharSequence)}
     * guesses from {@code text}.
     */
    static int ofParagraph(int runDirection, CharSequence text) {
        if (runDirection == PdfWriter.RUN_DIRECTION_RTL || runDirection == PdfWriter.RUN_DIRECTION_LTR) {
            return runDirection;
        }
        return of(text);
    }

    /** The OpenPDF run direction for {@code text}, guessed from its letters. */
    static int of(CharSequence text) {
        boolean rightToLeft = false;
        Boolean firstStrongIsRtl = null;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            byte direction = Character.getDirectionality(c);
            boolean rtl = direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            rightToLeft |= rtl;
            if (firstStrongIsRtl == null && (rtl || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT)) {
                firstStrongIsRtl = rtl;
            }
        }
        if (!rightToLeft) {
            return PdfWriter.RUN_DIRECTION_NO_BIDI;
        }
        return Boolean.TRUE.equals(firstStrongIsRtl) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }
}
