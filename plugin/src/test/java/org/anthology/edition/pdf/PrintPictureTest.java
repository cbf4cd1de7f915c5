package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.anthology.pipeline.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintPictureTest {

    @TempDir
    Path folder;

    @Test
    void printsAtNinetySixDpiWhenTheImageStatesNoResolution() throws IOException {
        Path icon = TestImages.write(TestImages.picture(32, 24, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("icon.png"));
        PrintPicture print = PrintPicture.of(icon, 300f, 400f);

        assertEquals(24f, print.width(), 0.01f);
        assertEquals(18f, print.height(), 0.01f);
        assertTrue(print.embedsAsIs(), "an opaque 8-bit PNG goes in as it is");
    }

    @Test
    void printsAtTheResolutionTheImageStates() throws IOException {
        Path scan = folder.resolve("scan.png");
        writePngAt(TestImages.picture(600, 300, BufferedImage.TYPE_INT_RGB), 300, scan);
        PrintPicture print = PrintPicture.of(scan, 300f, 400f);

        assertEquals(144f, print.width(), 0.5f, "600 pixels at 300 dpi are 2 inches");
        assertEquals(300, print.dpi(), 1);
    }

    @Test
    void scalesALargeImageDownToFitBothDirections() throws IOException {
        Path tall = TestImages.write(TestImages.picture(400, 2000, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("tall.png"));
        PrintPicture print = PrintPicture.of(tall, 300f, 400f);

        assertEquals(400f, print.height(), 0.01f);
        assertEquals(80f, print.width(), 0.01f);
    }

    @Test
    void decodesAHugeImageSubsampledToAboutThreeHundredDpiAtItsPrintedSize() throws IOException {
        Path huge = TestImages.hugeRgbaPng(folder.resolve("huge.png"), 20_000);
        PrintPicture print = PrintPicture.of(huge, 325.5f, 500f);

        BufferedImage pixels = print.opaquePixels();

        // 325.5 points are 4.52 inches: 1,356 pixels at 300 dpi; every 14th of the 20,000 pixels gives 1,429.
        assertEquals(14, print.step());
        assertEquals(1429, pixels.getWidth());
        assertTrue(pixels.getWidth() * TrimSize.INCH / print.width() >= 300f);
    }

    @Test
    void laysTransparentCmykAndDeepImagesOnWhiteAsOpaqueRgb() throws IOException {
        Path alpha = TestImages.write(TestImages.picture(40, 30, BufferedImage.TYPE_INT_ARGB), "png",
                folder.resolve("alpha.png"));
        Path deep = TestImages.write(TestImages.picture(40, 30, BufferedImage.TYPE_USHORT_GRAY), "png",
                folder.resolve("deep.png"));
        Path cmyk = TestImages.cmykJpeg(folder.resolve("cmyk.jpg"), 40, 30);
        Path webp = TestImages.webp(folder.resolve("leaf.webp"), 40, 30, 0x00FFFFFF);
        for (Path file : java.util.List.of(alpha, deep, cmyk, webp)) {
            PrintPicture print = PrintPicture.of(file, 300f, 400f);
            assertFalse(print.embedsAsIs(), file + " is converted");
            BufferedImage pixels = print.opaquePixels();
            assertEquals(BufferedImage.TYPE_INT_RGB, pixels.getType(), file.toString());
            assertEquals(40, pixels.getWidth(), file.toString());
        }
        assertEquals(0xFFFFFF, PrintPicture.of(webp, 300f, 400f).opaquePixels().getRGB(5, 5) & 0xFFFFFF,
                "a fully transparent pixel shows the white page");
        int pink = PrintPicture.of(alpha, 300f, 400f).opaquePixels().getRGB(5, 5);
        assertEquals(0xFF, pink >> 16 & 0xFF, "half-transparent red on white keeps its red");
        assertEquals(127, pink >> 8 & 0xFF, 2, "and lets half the white through");
    }

    /** Writes {@code image} as a PNG whose {@code pHYs} chunk states {@code dpi}. */
    private static void writePngAt(BufferedImage image, int dpi, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
        // The native pHYs chunk, in pixels a metre: the JDK writer gets the standard tree's pixel size wrong.
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }
}
