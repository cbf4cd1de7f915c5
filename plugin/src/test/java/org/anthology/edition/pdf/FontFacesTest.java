package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class FontFacesTest {

    private static List<String> problems(byte[] bytes) {
        BookFonts book = BookFonts.none().with("Broken", BookFonts.Face.REGULAR,
                TestFonts.file("Broken", bytes, "font.fallback"));
        Diagnostics diagnostics = new Diagnostics();
        boolean usable = new FontFaces(book).check(List.of("LiberationSerif", "Broken"), diagnostics);
        assertFalse(usable);
        return diagnostics.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void facesOfOneEditionAreParsedOnceAndSharedByItsFontSets() {
        FontFaces.Parsed parsed = new FontFaces.Parsed();
        com.lowagie.text.pdf.BaseFont first = new FontFaces(BookFonts.none(), parsed)
                .face("LiberationSerif", BookFonts.Face.REGULAR);
        assertTrue(first == new FontFaces(BookFonts.none(), parsed).face("LiberationSerif", BookFonts.Face.REGULAR));
        assertFalse(first == new FontFaces(BookFonts.none()).face("LiberationSerif", BookFonts.Face.REGULAR));
    }

    @Test
    void reportsAFileThatIsNotAFontAtTheThemeLineThatNamedIt() {
        assertEquals(List.of("styles/pdf-theme.properties:3: font.fallback: font file styles/fonts/Broken.ttf is not "
                        + "a TrueType or OpenType font. Use a single TrueType (.ttf) or OpenType (.otf) font whose "
                        + "licence allows embedding"),
                problems("<html>not a font</html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesAFontCollection() {
        List<String> problems = problems("ttcf\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(problems.get(0).contains("styles/fonts/Broken.ttf is a font collection."), problems.get(0));
    }

    @Test
    void reportsADamagedTrueTypeFile() {
        byte[] damaged = new byte[64];
        damaged[1] = 1;
        List<String> problems = problems(damaged);
        assertTrue(problems.get(0).contains("styles/fonts/Broken.ttf cannot be embedded ("), problems.get(0));
    }

    @Test
    void loadsAGoodFileWithoutComplaint() throws Exception {
        BookFonts book = TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new FontFaces(book).check(List.of("DejaVuSans"), diagnostics));
        assertEquals(List.of(), diagnostics.problems());
    }
}
