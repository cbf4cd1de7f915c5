package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The pages' contents are deflated at the edition's level, the fastest of deflate's lazy-matching levels. */
class PdfCompressionTest {

    @Test
    void deflatesAPageOfRunningTextAtLevelFour() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfBytes.of(LongBook.book(), PdfTheme.defaults()))) {
            COSStream contents = (COSStream) pdf.getPage(pdf.getNumberOfPages() / 2).getCOSObject()
                    .getDictionaryObject(COSName.CONTENTS);
            assertTrue(COSName.FLATE_DECODE.equals(contents.getFilters()), "the page's contents are deflated");
            byte[] raw;
            try (InputStream in = contents.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            byte[] page;
            try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(raw))) {
                page = in.readAllBytes();
            }
            assertTrue(page.length > 2_000, "a page full of text: " + page.length + " bytes");
            assertArrayEquals(deflated(page, PdfEdition.CONTENT_COMPRESSION), raw);
            assertFalse(Arrays.equals(deflated(page, Deflater.DEFAULT_COMPRESSION), raw),
                    "the default level would give other bytes, so the level is what the bytes show");
        }
    }

    private static byte[] deflated(byte[] bytes, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
