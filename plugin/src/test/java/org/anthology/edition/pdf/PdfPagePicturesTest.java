package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/**
 * Renders the title page, the copyright page, the contents, a chapter opener, a body spread and a page with
 * footnotes to PNG under
 * {@code target/pages/}, for looking at the layout; the PDF itself is kept there too. Run with
 * {@code -Dpictures.update=true} to write them over the README's pictures in {@code src/site/resources/images/},
 * then look at them before committing.
 */
@BookCheck
class PdfPagePicturesTest {

    private static final Path PAGES = Path.of("target", "pages");
    private static final Path README_PICTURES = Path.of("src", "site", "resources", "images");
    private static final float DPI = 60f;
    /** A light frame, so white pages stand out on a white web page. */
    private static final Color FRAME = new Color(0xC8C8C8);

    @Test
    void rendersTitleCopyrightContentsOpenerAndASpreadToPng() throws IOException {
        byte[] pdf = PdfBytes.of(LongBook.book(), PdfTheme.defaults());
        Files.createDirectories(PAGES);
        Files.write(PAGES.resolve("long-book.pdf"), pdf);
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            int opener = PdfTypesettingTest.openers(read).get(1);
            Map<String, BufferedImage> pictures = new TreeMap<>();
            pictures.put("pdf-title", framed(List.of(read.render(1, DPI))));
            pictures.put("pdf-copyright", framed(List.of(read.render(2, DPI))));
            pictures.put("pdf-contents", framed(List.of(read.render(3, DPI))));
            pictures.put("pdf-opener", framed(List.of(read.render(opener, DPI))));
            pictures.put("pdf-spread", framed(List.of(read.render(opener + 1, DPI), read.render(opener + 2, DPI))));
            pictures.put("pdf-footnotes", footnotePage());
            for (Map.Entry<String, BufferedImage> picture : pictures.entrySet()) {
                Path file = PAGES.resolve(picture.getKey() + ".png");
                ImageIO.write(picture.getValue(), "png", file.toFile());
                assertTrue(Files.size(file) < 100_000, file + " is larger than 100 KB");
                if (Boolean.getBoolean("pictures.update")) {
                    Files.copy(file, README_PICTURES.resolve(file.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The first page of the footnoted book that has a note three lines or longer at its foot. */
    private static BufferedImage footnotePage() throws IOException {
        byte[] pdf = PdfBytes.of(NotesBook.book(), PdfTheme.defaults());
        Files.write(PAGES.resolve("footnotes.pdf"), pdf);
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int page = 1; page <= read.pageCount(); page++) {
                if (read.pageText(page).contains("NOTETEXT3 ")) {
                    return framed(List.of(read.render(page, DPI)));
                }
            }
        }
        throw new AssertionError("no page has note 3");
    }

    /**
     * {@code pages} side by side in grey levels (the default theme is black on white, and grey keeps the files
     * small), each in a one-pixel frame.
     */
    private static BufferedImage framed(List<BufferedImage> pages) {
        int width = pages.get(0).getWidth();
        int height = pages.get(0).getHeight();
        BufferedImage out = new BufferedImage(pages.size() * (width + 2), height + 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(FRAME);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            g.drawImage(pages.get(i), i * (width + 2) + 1, 1, null);
        }
        g.dispose();
        return out;
    }
}
