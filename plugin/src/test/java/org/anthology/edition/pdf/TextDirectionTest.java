package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
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

    @Test
    void findsTheFirstStrongLetterPastDigitsAndPunctuationAndOutsideTheBasicPlane() {
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.of("1984, \u00AB\u05E9\u05DC\u05D5\u05DD\u00BB"));
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.of("(\u0627\u0644\u0639\u0631\u0628\u064A\u0629) PDF"));
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, TextDirection.of("\u00E9t\u00E9 \u0627\u0644\u0639\u0631\u0628\u064A\u0629"));
        // U+10800, a Cypriot syllable, is right to left and written as a surrogate pair.
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.of("\uD802\uDC00 abc"));
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, TextDirection.of("abc \uD802\uDC00"));
        assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, TextDirection.of("\uD83D\uDE00 \u4E2D\u6587 \u00E9t\u00E9 \u2014"));
    }

    @Test
    void aParagraphKeepsTheDirectionItWasGivenAndIsGuessedOnlyWithoutOne() {
        Paragraph hebrew = new Paragraph(new Chunk("\u05E9\u05DC\u05D5\u05DD PDF"));
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, TextDirection.ofParagraph(hebrew));
        hebrew.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, TextDirection.ofParagraph(hebrew));
        Paragraph plain = new Paragraph(new Chunk("plain"));
        plain.setRunDirection(TextDirection.of(plain.getContent()));
        assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, TextDirection.ofParagraph(plain));
        // Decided once, from the text it had then: the guess is not made again over every chunk.
        plain.add(new Chunk(" \u05E9\u05DC\u05D5\u05DD"));
        assertEquals(PdfWriter.RUN_DIRECTION_NO_BIDI, TextDirection.ofParagraph(plain));
    }
}
