package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.PdfWriter;
import java.util.Optional;
import org.anthology.model.Attributes;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    private static final String LATIN_FIRST = "PDF שלום עולם";

    @Test
    void guessesFromTheFirstStrongLetterWhenNothingIsDeclared() {
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, TextDirection.of(Optional.empty(), LATIN_FIRST));
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.of(Optional.empty(), "שלום PDF"));
        assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, TextDirection.of(Optional.empty(), "plain"));
    }

    @Test
    void takesADeclaredDirectionOverTheLetters() {
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.of(Optional.of(Attributes.Direction.RTL), LATIN_FIRST));
        assertEquals(PdfWriter.RUN_DIRECTION_LTR,
                TextDirection.of(Optional.of(Attributes.Direction.LTR), "שלום PDF"));
        assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, TextDirection.of(Optional.of(Attributes.Direction.LTR), "plain"));
    }
}
