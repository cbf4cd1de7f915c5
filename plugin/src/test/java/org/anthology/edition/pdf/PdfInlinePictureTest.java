package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures inside running text and inside footnotes, set by the line layer and read back with PDFBox: the text
 * around a picture keeps every word, the line holding the picture grows to hold it, and a note with a picture
 * stands at the foot of its reference's page.
 */
class PdfInlinePictureTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final String BEFORE = "The harbour wall ran out into the grey water as far as the eye could see "
            + "and the boats came home along it one by one at dusk";
    private static final String AFTER = "and the lamps were lit along the quay while the nets were hung to dry on "
            + "the railings by the fish market";

    @TempDir
    Path folder;

    @Test
    void keepsTheTextAroundAnInlinePictureWhoseLineGrowsToHoldIt() throws IOException {
        Inline.Image image = picture("harbour.png", 48, 24);
        Block paragraph = new Block.Paragraph(List.of(new Inline.Text(BEFORE + " "), image,
                new Inline.Text(" " + AFTER)), Fixtures.at("pic.md", 2));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(List.of(paragraph)), THEME))) {
            int page = read.firstPageOutsideContentsWith("harbour");
            String text = read.pageText(page).replaceAll("\\s+", " ");
            assertTrue(text.contains(BEFORE + " " + AFTER), "every word kept, in order: " + text);
            assertEquals(1, read.imageSizes(page).size());
            List<PdfReadBack.Line> lines = read.lines(page);
            float height = InlineRenderer.printed(THEME, image).height();
            int taller = 0;
            for (int i = indexOf(lines, "harbour") + 1; i < lines.size() && lines.get(i).text().matches("[a-z ]+"); i++) {
                float gap = lines.get(i).y() - lines.get(i - 1).y();
                if (gap > THEME.bodyLeading() + 0.5f) {
                    taller++;
                    assertTrue(gap >= height, "the picture's line is as tall as the picture: " + gap);
                }
            }
            assertEquals(1, taller, "one line holds the picture: " + lines);
        }
    }

    @Test
    void setsANoteWithAPictureAtTheFootOfItsReferencesPage() throws IOException {
        Random random = new Random(13);
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            List<Inline> content = new ArrayList<>();
            content.add(new Inline.Text(LongBook.sentences(random, 4)));
            if (p == 1) {
                content.add(new Inline.Text(" MARKPIC"));
                content.add(new Inline.NoteReference("1", "pic-note-1"));
            }
            blocks.add(new Block.Paragraph(content, Fixtures.at("pic.md", p + 2)));
        }
        blocks.add(new Block.Note("1", "pic-note-1", List.of(new Block.Paragraph(List.of(
                new Inline.Text("NOTEPIC shows the mark "), picture("mark.png", 40, 20)), Fixtures.at("pic.md", 40))),
                Fixtures.at("pic.md", 40)));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(blocks), THEME))) {
            int reference = read.firstPageOutsideContentsWith("MARKPIC");
            assertTrue(reference < read.pageCount(), "the chapter should run past the reference's page");
            assertTrue(read.pageText(reference).contains("NOTEPIC"), "the note is not on its reference's page");
            assertEquals(1, read.imageSizes(reference).size(), "the note's picture is drawn with it");
        }
    }

    private Inline.Image picture(String name, int width, int height) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return new Inline.Image(file, "image/png", "a picture");
    }

    private static int indexOf(List<PdfReadBack.Line> lines, String word) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().contains(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + lines);
    }

    private static Anthology book(List<Block> blocks) {
        Chapter chapter = new Chapter("pic", "Pictures", Optional.empty(), Optional.empty(), blocks,
                Fixtures.at("pic.md", 1));
        return new Anthology(Fixtures.metadata("Pictures"), List.of(chapter));
    }
}
