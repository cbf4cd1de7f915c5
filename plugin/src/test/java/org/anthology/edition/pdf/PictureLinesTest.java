package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paragraph with an inline picture set by the line layer: a box in its line, which grows to hold it. */
class PictureLinesTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final FontSet FONTS = new FontSet(THEME);
    private static final String BEFORE = "The harbour wall ran out into the grey water as far as the eye could see and "
            + "the boats came home along it one by one at dusk";
    private static final String AFTER = "and the lamps were lit along the quay while the nets were hung to dry on the "
            + "railings by the fish market";

    @TempDir
    Path folder;

    @Test
    void setsThePictureAsABoxInALineThatGrowsToHoldIt() throws IOException {
        Path file = folder.resolve("wide.png");
        ImageIO.write(new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Inline.Image image = new Inline.Image(file, "image/png", "a harbour");
        Paragraph paragraph = FONTS.paragraph(THEME.bodyLeading());
        paragraph.addAll(new InlineRenderer(FONTS, THEME, FontSet.Role.BODY, THEME.bodySize())
                .render(List.of(new Inline.Text(BEFORE + " "), image, new Inline.Text(" " + AFTER))));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(4f);

        List<SetParagraph> parts = new ParagraphSetter(new LineStatistics()).parts(paragraph, THEME.textWidth());

        assertEquals(3, parts.size(), "lines of text, the picture's line, lines of text");
        assertEquals(BEFORE + " " + AFTER, parts.stream().map(PictureLinesTest::words)
                .reduce((a, b) -> a + " " + b).orElseThrow().replace("\uFFFC", "").replaceAll(" +", " "));
        SetParagraph pictured = parts.get(1);
        assertEquals(1, pictured.lines().size());
        SetLine.Placed run = pictured.lines().get(0).runs().stream().filter(r -> r.style().picture() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no picture on the middle line"));
        PrintPicture printed = InlineRenderer.printed(THEME, image);
        assertEquals(printed.width(), run.width(), 0.01f, "drawn at the width its print scaling gives");
        assertEquals(printed.height() + THEME.bodyLeading() / 4, pictured.leading(), 0.01f,
                "its line is as tall as the picture and a quarter of a line");
        assertTrue(pictured.lines().get(0).runs().size() > 3, "the picture shares its line with words");
        assertEquals(THEME.bodyLeading(), parts.get(0).leading(), 0.001f);
        assertEquals(4f, parts.get(2).spacingAfter(), 0.001f, "the space after the paragraph follows its last part");
        assertEquals(0f, parts.get(0).spacingAfter(), 0.001f);
    }

    private static String words(SetParagraph part) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (SetLine line : part.lines()) {
            for (SetLine.Placed run : line.runs()) {
                word.append(run.text());
                if (run.spaced()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            if (!line.hyphenated()) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.setLength(word.length() - 1);
            }
        }
        return String.join(" ", words).strip();
    }
}
