package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;

/**
 * Renders the title page, the contents, a chapter opener and a body spread to PNG under {@code target/pages/}, for
 * looking at the layout; the PDF itself is kept there too.
 */
class PdfPagePicturesTest {

    private static final Path PAGES = Path.of("target", "pages");
    private static final float DPI = 60f;

    @Test
    void rendersTitleContentsOpenerAndASpreadToPng() throws IOException {
        Anthology book = LongBook.book();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(PdfTheme.defaults()).write(book, new TocBuilder(3).build(book), out);
        Files.createDirectories(PAGES);
        Files.write(PAGES.resolve("long-book.pdf"), out.toByteArray());
        try (PdfReadBack read = PdfReadBack.of(out.toByteArray())) {
            List<Integer> openers = PdfTypesettingTest.openers(read);
            Map<String, Integer> pictures = new TreeMap<>();
            pictures.put("title", 1);
            pictures.put("copyright", 2);
            pictures.put("contents", 3);
            pictures.put("opener", openers.get(1));
            pictures.put("spread-left", openers.get(1) + 1);
            pictures.put("spread-right", openers.get(1) + 2);
            for (Map.Entry<String, Integer> picture : pictures.entrySet()) {
                BufferedImage image = read.render(picture.getValue(), DPI);
                Path file = PAGES.resolve(picture.getKey() + ".png");
                ImageIO.write(image, "png", file.toFile());
                assertTrue(Files.size(file) < 100_000, file + " is larger than 100 KB");
            }
        }
    }
}
