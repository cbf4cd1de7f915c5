package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;

class LayoutWarmUpTest {

    @Test
    void readsTheBodyFaceIntoTheEditionsFontsAhead() throws InterruptedException {
        PdfEdition edition = new PdfEdition(PdfTheme.defaults());
        LayoutWarmUp.fonts(edition);
        AtomicReference<BaseFont> read = new AtomicReference<>();
        for (int wait = 0; wait < 200 && read.get() == null; wait++) {
            Thread.sleep(50);
            // A face read ahead is in the edition's fonts: asking for it does not read it again.
            BaseFont ahead = edition.parsedFonts().get("liberation/LiberationSerif-Regular.ttf", () -> null);
            read.set(ahead);
        }
        assertTrue(read.get() != null, "the body face was not read ahead");
    }

    @Test
    void changesNoByteOfThePdf() throws IOException, InterruptedException {
        byte[] cold = PdfBytes.of(Fixtures.twoChapterBook(), PdfTheme.defaults());
        LayoutWarmUp.start("en");
        PdfEdition warmed = new PdfEdition(PdfTheme.defaults());
        LayoutWarmUp.fonts(warmed);
        Thread.sleep(500);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        warmed.write(Fixtures.twoChapterBook(), new org.anthology.toc.TocBuilder(3).build(Fixtures.twoChapterBook()),
                out);
        assertArrayEquals(cold, out.toByteArray());
    }
}
