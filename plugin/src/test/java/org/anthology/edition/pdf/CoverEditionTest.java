package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.toc.TocBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

@BookCheck
class CoverEditionTest {

    private static final String ISBN = "urn:isbn:978-0-306-40615-7";
    private static final float TRIM_WIDTH = 432f;
    private static final float BLEED = 9f;

    @Test
    void isTwoTrimsASpineAndTwoBleedsWideWithTheSpineFromTheInteriorsPageCount() throws Exception {
        for (String paper : List.of("white", "cream")) {
            Printed printed = Printed.of(PrintBook.of(60), Optional.empty(), "page.size", "6x9", "print.paper", paper);
            double perPage = paper.equals("white") ? 0.002252 : 0.0025;
            float spine = (float) (printed.interiorPages() * perPage * 72);
            try (PDDocument cover = Loader.loadPDF(printed.cover())) {
                assertEquals(1, cover.getNumberOfPages());
                PDPage page = cover.getPage(0);
                assertEquals(2 * TRIM_WIDTH + spine + 2 * BLEED, page.getMediaBox().getWidth(), 0.01f, paper);
                assertEquals(648 + 2 * BLEED, page.getMediaBox().getHeight(), 0.01f, paper);
                PDRectangle trim = page.getTrimBox();
                assertEquals(BLEED, trim.getLowerLeftX(), 0.01f);
                assertEquals(2 * TRIM_WIDTH + spine, trim.getWidth(), 0.01f);
                assertEquals(page.getMediaBox().getWidth(), page.getBleedBox().getWidth(), 0.01f);
            }
        }
    }

    @Test
    void aLateEditThatAddsPagesWidensTheSpine() throws Exception {
        Printed shorter = Printed.of(PrintBook.of(50), Optional.empty(), "page.size", "6x9");
        Printed longer = Printed.of(PrintBook.of(54), Optional.empty(), "page.size", "6x9");
        int added = longer.interiorPages() - shorter.interiorPages();
        assertTrue(added >= 8, added + " pages added");
        assertEquals(added * 0.002252 * 72, longer.coverWidth() - shorter.coverWidth(), 0.01);
    }

    @Test
    void theSpineCarriesTitleAndEditorsOnlyFromTheServicesPageCount() throws Exception {
        Printed thick = Printed.of(PrintBook.of(60), Optional.empty(), "page.size", "6x9");
        Printed thin = Printed.of(PrintBook.of(30), Optional.empty(), "page.size", "6x9");
        assertTrue(thick.interiorPages() >= 80, thick.interiorPages() + " pages");
        assertTrue(thin.interiorPages() < 80, thin.interiorPages() + " pages");
        assertTrue(thick.inkOnSpine() > 50, "spine text drawn: " + thick.inkOnSpine() + " pixels");
        assertEquals(0, thin.inkOnSpine(), "no spine text under 80 pages");
        Printed lulu = Printed.of(PrintBook.of(30), Optional.empty(), "page.size", "6x9", "print.service", "lulu");
        assertEquals(0, lulu.inkOnSpine(), "Lulu too wants 80 pages for spine text");
    }

    @Test
    void theBarcodeOnTheBackDecodesToTheIsbn() throws Exception {
        Printed printed = Printed.of(PrintBook.of(40, ISBN), Optional.empty(), "page.size", "6x9");
        assertEquals("9780306406157", decode(printed.back(300)));
        Printed isbn10 = Printed.of(PrintBook.of(40, "ISBN 0-306-40615-2"), Optional.empty(), "page.size", "6x9");
        assertEquals("9780306406157", decode(isbn10.back(300)));
    }

    @Test
    void aBookWithoutAnIsbnGetsNoBarcode() throws Exception {
        Printed printed = Printed.of(PrintBook.of(40), Optional.empty(), "page.size", "6x9");
        assertThrows(NotFoundException.class, () -> decode(printed.back(300)));
    }

    @Test
    void theGeneratedCoverIsPdfA1b() throws Exception {
        Printed printed = Printed.of(PrintBook.of(60, ISBN), Optional.empty(), "page.size", "6x9");
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(printed.cover()));
        try (PdfReadBack read = PdfReadBack.of(printed.cover())) {
            String text = read.pageText(1);
            assertTrue(text.contains(PrintBook.TITLE), text);
            assertTrue(text.contains("An Estuary Anthology"), text);
            assertTrue(text.contains("Ann Other"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains(PrintBook.DESCRIPTION), text);
        }
    }

    @Test
    void aFrontPictureUnder300DpiIsReportedByName() throws Exception {
        PdfEdition interior = new PdfEdition(PdfBytes.theme("page.size", "6x9"));
        Diagnostics small = new Diagnostics();
        new CoverEdition(interior, BookFonts.none(), Optional.of(new CoverArt("src/cover.png", png(600, 900))),
                List.of()).check(PrintBook.of(1), small);
        assertEquals(1, small.warnings().size(), small.problems().toString());
        String message = small.warnings().get(0).message();
        assertTrue(message.startsWith("src/cover.png: the cover picture prints at 97 dpi"), message);
        assertTrue(message.contains("1838 x 2775 pixels"), message);
        Diagnostics large = new Diagnostics();
        new CoverEdition(interior, BookFonts.none(), Optional.of(new CoverArt("src/cover.png", png(1838, 2775))),
                List.of()).check(PrintBook.of(1), large);
        assertEquals(List.of(), large.problems());
    }

    @Test
    void aFrontPictureFillsTheFrontAndItsBleed() throws Exception {
        Printed printed = Printed.of(PrintBook.of(40), Optional.of(new CoverArt("src/cover.png", png(1838, 2775))),
                "page.size", "6x9");
        try (PdfReadBack read = PdfReadBack.of(printed.cover())) {
            List<float[]> images = read.imageSizes(1);
            assertEquals(1, images.size());
            assertEquals(TRIM_WIDTH + BLEED, images.get(0)[0], 0.5f);
            assertEquals(648 + 2 * BLEED, images.get(0)[1], 0.5f);
        }
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(printed.cover()));
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String decode(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.EAN_13), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** An interior and its cover, written as the pipeline writes them: the interior first. */
    private record Printed(int interiorPages, byte[] cover) {

        static Printed of(Anthology book, Optional<CoverArt> art, String... theme) throws Exception {
            PdfEdition interior = new PdfEdition(PdfBytes.theme(theme));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            var toc = new TocBuilder(3).build(book);
            interior.write(book, toc, pdf);
            ByteArrayOutputStream cover = new ByteArrayOutputStream();
            new CoverEdition(interior, BookFonts.none(), art, List.of()).write(book, toc, cover);
            try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
                assertEquals(read.getNumberOfPages(), interior.pageCount());
                return new Printed(read.getNumberOfPages(), cover.toByteArray());
            }
        }

        float coverWidth() throws Exception {
            try (PDDocument read = Loader.loadPDF(cover)) {
                return read.getPage(0).getMediaBox().getWidth();
            }
        }

        /** The back panel, as trimmed, rendered at {@code dpi}. */
        BufferedImage back(int dpi) throws Exception {
            try (PdfReadBack read = PdfReadBack.of(cover)) {
                BufferedImage sheet = read.render(1, dpi);
                float scale = dpi / 72f;
                return sheet.getSubimage(Math.round(BLEED * scale), 0, Math.round(TRIM_WIDTH * scale),
                        sheet.getHeight());
            }
        }

        /** How many pixels between the spine's folds, rendered at 72 dpi, are not the cover's background. */
        int inkOnSpine() throws Exception {
            try (PdfReadBack read = PdfReadBack.of(cover)) {
                BufferedImage sheet = read.render(1, 72);
                int left = Math.round(BLEED + TRIM_WIDTH) + 1;
                int right = Math.round(sheet.getWidth() - BLEED - TRIM_WIDTH) - 1;
                int background = CoverPanels.BACKGROUND.getRGB() & 0xFFFFFF;
                int ink = 0;
                for (int x = left; x < right; x++) {
                    for (int y = 0; y < sheet.getHeight(); y++) {
                        if (Math.abs((sheet.getRGB(x, y) & 0xFF) - (background & 0xFF)) > 40) {
                            ink++;
                        }
                    }
                }
                return ink;
            }
        }
    }
}
