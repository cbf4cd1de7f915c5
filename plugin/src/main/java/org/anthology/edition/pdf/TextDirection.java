package org.anthology.edition.pdf;

import com.lowagie.text.Paragraph;
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
     * How the line layer sets {@code paragraph}: as its run direction says once the renderer has decided it (from
     * the right, from the left through the bidirectional algorithm, or without it), otherwise as
     * {@link #of(CharSequence)} guesses from its text. The paragraph's text is only gathered for that guess: it
     * is built anew from the chunks on every call.
     */
    static int ofParagraph(Paragraph paragraph) {
        int runDirection = paragraph.getRunDirection();
        if (runDirection == PdfWriter.RUN_DIRECTION_RTL || runDirection == PdfWriter.RUN_DIRECTION_LTR
                || runDirection == PdfWriter.RUN_DIRECTION_NO_BIDI) {
            return runDirection;
        }
        return of(paragraph.getContent());
    }

    /** The OpenPDF run direction for {@code text}, guessed from its letters. */
    static int of(CharSequence text) {
        int firstRtl = firstRightToLeft(text);
        if (firstRtl < 0) {
            return PdfWriter.RUN_DIRECTION_NO_BIDI;
        }
        // The first strong letter decides: a left-to-right one before the first right-to-left letter, or that one.
        for (int i = 0; i < firstRtl; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return PdfWriter.RUN_DIRECTION_LTR;
            }
        }
        return PdfWriter.RUN_DIRECTION_RTL;
    }

    /**
     * Where {@code text}'s first right-to-left letter is, or -1. No character before U+0590, where Hebrew starts,
     * is one, so most text is passed over without asking for its directionality.
     */
    private static int firstRightToLeft(CharSequence text) {
        // Read as a String (a String is its own), so that each character is not an interface call.
        String chars = text.toString();
        for (int i = 0; i < chars.length(); ) {
            if (chars.charAt(i) < '\u0590') {
                i++;
                continue;
            }
            int c = Character.codePointAt(chars, i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
