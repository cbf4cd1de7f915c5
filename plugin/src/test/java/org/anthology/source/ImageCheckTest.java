package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.ImageType;
import org.anthology.model.Problem;
import org.anthology.model.SourcePosition;
import org.anthology.pipeline.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCheckTest {

    private static final SourcePosition AT = new SourcePosition("texts/a.md", 4);

    @TempDir
    Path folder;

    @Test
    void passesWholeImagesOfEveryRasterFormat() throws IOException {
        List<Path> files = List.of(
                TestImages.write(picture(BufferedImage.TYPE_INT_ARGB), "png", folder.resolve("a.png")),
                TestImages.write(picture(BufferedImage.TYPE_USHORT_GRAY), "png", folder.resolve("deep.png")),
                TestImages.write(picture(BufferedImage.TYPE_INT_RGB), "jpeg", folder.resolve("a.jpeg")),
                TestImages.transparentGif(folder.resolve("a.gif")),
                TestImages.webp(folder.resolve("a.webp"), 20, 10, 0xFF336699));
        for (Path file : files) {
            Diagnostics diagnostics = new Diagnostics();
            assertEquals(Optional.of(file), ImageCheck.check(file, file.getFileName().toString(), AT, diagnostics));
            assertEquals(List.of(), diagnostics.problems(), file.toString());
        }
    }

    @Test
    void saysWhichFormatAMisnamedImageIs() throws IOException {
        Path webp = TestImages.webp(folder.resolve("leaf.png"), 20, 10, 0xFF336699);
        Path png = TestImages.write(picture(BufferedImage.TYPE_INT_RGB), "png", folder.resolve("photo.jpg"));

        assertEquals("texts/a.md:4: image 'leaf.png' is a WebP image, not the PNG its name says. Rename it to "
                + "leaf.webp", only(webp));
        assertEquals("texts/a.md:4: image 'photo.jpg' is a PNG image, not the JPEG its name says. Rename it to "
                + "photo.png", only(png));
    }

    @Test
    void findsTruncatedImagesOfEveryRasterFormat() throws IOException {
        Path png = TestImages.write(picture(BufferedImage.TYPE_INT_RGB), "png", folder.resolve("a.png"));
        Path gif = TestImages.transparentGif(folder.resolve("a.gif"));
        Path webp = TestImages.webp(folder.resolve("a.webp"), 20, 10, 0xFF336699);
        for (Path whole : List.of(png, gif, webp)) {
            String name = whole.getFileName().toString();
            Path cut = TestImages.truncated(whole, 0.6, folder.resolve("cut-" + name));
            assertEquals("texts/a.md:4: image 'cut-" + name + "' is truncated: the file ends before the image does. "
                    + "Copy or export it again", only(cut));
        }
    }

    @Test
    void reportsDamagedDataThatIsNotTruncated() throws IOException {
        Path png = TestImages.write(picture(BufferedImage.TYPE_INT_RGB), "png", folder.resolve("a.png"));
        byte[] bytes = Files.readAllBytes(png);
        for (int i = 60; i < bytes.length - 40; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(png, bytes);

        assertEquals("texts/a.md:4: image 'a.png' cannot be decoded: its PNG data is damaged or of a kind the build "
                + "does not read. Export it again as an ordinary 8-bit PNG", only(png));
    }

    @Test
    void reportsAnEmptyFileAndAnUnreadableName() throws IOException {
        Path empty = Files.write(folder.resolve("empty.gif"), new byte[0]);
        Path bitmap = Files.write(folder.resolve("scan.bmp"), new byte[] {'B', 'M'});

        assertEquals("texts/a.md:4: image 'empty.gif' is empty. Save the image again", only(empty));
        assertEquals("texts/a.md:4: image 'scan.bmp' is not a " + ImageType.NAMES + " file. Convert it", only(bitmap));
    }

    private static String only(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.empty(), ImageCheck.check(file, file.getFileName().toString(), AT, diagnostics));
        List<Problem> problems = diagnostics.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).severity() == Problem.Severity.ERROR);
        return problems.get(0).toString();
    }

    private static BufferedImage picture(int type) {
        return TestImages.picture(40, 30, type);
    }
}
