package org.anthology.edition.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the lines of a paragraph with inline pictures their heights, and draws the pictures. A picture is a box in
 * its line as wide as it prints ({@link PrintPicture}), standing on the baseline; a line holding one is as tall as
 * its tallest picture and a quarter of a line more, so the text above keeps clear of it, and the paragraph is cut
 * into parts of lines of one height, which the page flow places one after the other.
 */
final class PictureLines {

    private PictureLines() {
    }

    /**
     * {@code paragraph}, set at one leading, as runs of lines of one height: a line with a picture grows to hold
     * it; the space before the paragraph goes before the first part, the space after it after the last.
     */
    static List<SetParagraph> of(SetParagraph paragraph) {
        List<SetParagraph> parts = new ArrayList<>();
        List<SetLine> lines = paragraph.lines();
        int from = 0;
        for (int i = 1; i <= lines.size(); i++) {
            float height = leading(lines.get(from), paragraph.leading());
            if (i < lines.size() && leading(lines.get(i), paragraph.leading()) == height) {
                continue;
            }
            parts.add(new SetParagraph(lines.subList(from, i), height, from == 0 ? paragraph.spacingBefore() : 0f,
                    i == lines.size() ? paragraph.spacingAfter() : 0f, paragraph.indent(),
                    from == 0 ? paragraph.marker() : List.of()));
            from = i;
        }
        return parts;
    }

    /** Draws the pictures among {@code runs}, a line's, standing on {@code baseline}, as the current element's. */
    static void draw(PdfContentByte canvas, List<SetLine.Placed> runs, float left, float baseline) {
        for (SetLine.Placed run : runs) {
            Image picture = run.style().picture();
            if (picture != null) {
                StructureTree.of(canvas.getPdfWriter()).content(canvas, () -> canvas.addImage(picture, run.width(),
                        0, 0, picture.getScaledHeight(), left + run.x(), baseline));
            }
        }
    }

    /** The leading of {@code line} in a paragraph set at {@code leading}: more where a picture needs it. */
    private static float leading(SetLine line, float leading) {
        float tallest = 0f;
        for (SetLine.Placed run : line.runs()) {
            if (run.style().picture() != null) {
                tallest = Math.max(tallest, run.style().picture().getScaledHeight());
            }
        }
        return tallest == 0f ? leading : Math.max(leading, tallest + leading / 4);
    }
}
