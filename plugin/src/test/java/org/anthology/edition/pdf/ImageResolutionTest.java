package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResolutionTest {

    @TempDir
    Path folder;

    @Test
    void findsCoarsePicturesInVerseAndInsideSuperscriptsAndSubscripts() throws IOException {
        Path coarse = folder.resolve("coarse.png");
        ImageIO.write(new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB), "png", coarse.toFile());
        Inline picture = new Inline.Image(coarse, "image/png", "a small picture");
        List<Block> blocks = List.of(
                new Block.LineBlock(List.of(List.of(new Inline.Text("The sea")), List.of(picture)),
                        Fixtures.at("verse.md", 3)),
                new Block.Paragraph(List.of(new Inline.Superscript(List.of(picture))),
                        Attributes.NONE, Fixtures.at("verse.md", 7)),
                new Block.Paragraph(List.of(new Inline.Subscript(List.of(picture))),
                        Attributes.NONE, Fixtures.at("verse.md", 9)));
        Anthology book = new Anthology(Fixtures.metadata("Verse"), List.of(new Chapter("verse", "Verse",
                Optional.empty(), Optional.empty(), blocks, Fixtures.at("verse.md", 1))));
        PdfTheme theme = PdfTheme.defaults();
        // 300 pixels print at their natural 96 dpi (225 points), narrower than the A5 text block of 325.5 points.
        assertEquals(325.5f, theme.textWidth(), 0.1f);
        String dpi = " at 96 dpi";

        List<String> found = new ImageResolution(theme).under300Dpi(book);

        assertEquals(List.of("verse.md:3" + dpi, "verse.md:7" + dpi, "verse.md:9" + dpi), found);
    }
}
