package org.anthology.edition.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * Finds the book's pictures that print under 300 dpi in the PDF: a picture prints at its natural size within the
 * text block (as {@link InlineRenderer} sets it), so its resolution on paper is its pixel width over the width it is
 * drawn at. Only image headers are read.
 * For the printer's check, with where each picture is referenced.
 */
final class ImageResolution {

    private final PdfTheme theme;

    ImageResolution(PdfTheme theme) {
        this.theme = theme;
    }

    /** {@code file:line at N dpi} for every picture of {@code book} that prints under 300 dpi, in reading order. */
    List<String> under300Dpi(Anthology book) {
        List<String> coarse = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            // Each picture is named at the innermost block that shows it: a block that holds no other block.
            for (Block block : Walk.blocks(chapter.blocks())) {
                if (Walk.blocks(List.of(block)).size() > 1) {
                    continue;
                }
                for (Inline.Image image : Walk.inlines(List.of(block), Inline.Image.class)) {
                    // OpenPDF cannot draw SVG: the PDF sets its alt text instead, so it has no resolution to check.
                    int dpi = image.mediaType().equals("image/svg+xml") ? CoverArt.PRINT_DPI : dpi(image);
                    if (dpi < CoverArt.PRINT_DPI) {
                        coarse.add(block.position() + " at " + dpi + " dpi");
                    }
                }
            }
        }
        return List.copyOf(coarse);
    }

    /** The resolution at which {@code image} prints, or 300 when it cannot be read (the PDF reports that itself). */
    int dpi(Inline.Image image) {
        try {
            return InlineRenderer.printed(theme, image).dpi();
        } catch (IOException | RuntimeException e) {
            return CoverArt.PRINT_DPI;
        }
    }
}
