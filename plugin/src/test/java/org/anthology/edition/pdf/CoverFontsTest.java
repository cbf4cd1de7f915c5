package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertSame;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;

class CoverFontsTest {

    @Test
    void theCoverSetsItsTitleSubtitleAndEditorsInTheVeryFacesItsInteriorParsed() throws Exception {
        Anthology book = PrintBook.of(1);
        PdfEdition interior = new PdfEdition(PdfBytes.theme());
        interior.write(book, new TocBuilder(3).build(book), new ByteArrayOutputStream());
        FontSet cover = new CoverEdition(interior, BookFonts.none(), Optional.empty(), List.of()).fonts();
        FontSet interiors = new FontSet(interior.theme(), BookFonts.none(), interior.parsedFonts());
        for (FontSet.Role role : List.of(FontSet.Role.HEADING, FontSet.Role.BODY)) {
            for (boolean bold : List.of(false, true)) {
                for (boolean italic : List.of(false, true)) {
                    assertSame(face(interiors, role, bold, italic), face(cover, role, bold, italic),
                            role + (bold ? " bold" : "") + (italic ? " italic" : ""));
                }
            }
        }
    }

    private static BaseFont face(FontSet fonts, FontSet.Role role, boolean bold, boolean italic) {
        return fonts.chunks("Title", role, bold, italic, 12f).get(0).getFont().getBaseFont();
    }
}
