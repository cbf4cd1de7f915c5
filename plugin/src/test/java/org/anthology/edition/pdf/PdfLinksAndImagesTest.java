package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

/** Links within the book and images in the PDF, read back with PDFBox. */
@BookCheck
class PdfLinksAndImagesTest {

    @TempDir
    Path folder;

    @Test
    void linksToAChapterAndToAHeadingGoToTheirPages() throws IOException {
        Anthology book = book(List.of());
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book, PdfTheme.defaults()))) {
            int linking = read.firstPageOutsideContentsWith("See the other chapter");
            int opener = read.firstPageOutsideContentsWith("Elsewhere");
            int section = read.firstPageOutsideContentsWith("Far Section");
            assertTrue(section > opener, "the section should start after the opener");
            assertEquals(List.of(opener, section), read.linkTargets(linking));
        }
    }

    @Test
    void scalesALargeImageToTheTextBlockOfEveryPaperSize() throws IOException {
        Path picture = folder.resolve("tall.png");
        ImageIO.write(new BufferedImage(1200, 2400, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        List<Inline> image = List.of(new Inline.Image(picture, "image/png", "a tall picture"));
        for (String paper : List.of("A5", "A4")) {
            PdfTheme theme = PdfBytes.theme("page.size", paper);
            try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(image), theme))) {
                List<float[]> sizes = new ArrayList<>();
                for (int page = 1; page <= read.pageCount(); page++) {
                    sizes.addAll(read.imageSizes(page));
                }
                assertEquals(1, sizes.size(), paper + ": images drawn");
                float width = sizes.get(0)[0];
                float height = sizes.get(0)[1];
                assertTrue(height <= theme.textHeight() && width <= theme.textWidth(), paper + ": " + width
                        + " x " + height + " does not fit the text block");
                assertEquals(theme.textHeight() - 2 * theme.bodyLeading(), height, 1f,
                        paper + ": a tall image should fill the text block's height less two lines");
                assertEquals(0.5f, width / height, 0.01f, paper + ": proportions kept");
            }
        }
    }

    private static Anthology book(List<Inline> extra) {
        List<Inline> text = new ArrayList<>(List.of(new Inline.Text("See the other chapter "),
                new Inline.Link("#far", List.of(new Inline.Text("here"))), new Inline.Text(" and its section "),
                new Inline.Link("#far-section", List.of(new Inline.Text("there"))), new Inline.Text(".")));
        text.addAll(extra);
        Chapter near = new Chapter("near", "Here", Optional.empty(), Optional.empty(),
                List.of(new Block.Paragraph(text, Fixtures.at("near.md", 1))), Fixtures.at("near.md", 1));
        List<Block> far = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            far.add(new Block.Paragraph(List.of(new Inline.Text("Filler text for the far chapter, long enough to fill "
                    + "a line or two of the page, so that the section lands on a later page.")),
                    Fixtures.at("far.md", p + 2)));
        }
        far.add(new Block.Heading(2, List.of(new Inline.Text("Far Section")), "far-section", Fixtures.at("far.md", 40)));
        return new Anthology(Fixtures.metadata("Linked"), List.of(near,
                new Chapter("far", "Elsewhere", Optional.empty(), Optional.empty(), far, Fixtures.at("far.md", 1))));
    }
}
