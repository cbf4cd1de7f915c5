package org.anthology.edition.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The book's own front cover picture for the print cover, and the name to call it by in warnings.
 *
 * @param shown the file as the build names it, relative to the project
 * @param bytes the file's contents
 */
public record CoverArt(String shown, byte[] bytes) {

    /** Printers ask for pictures of at least 300 dots an inch at the size they are printed. */
    static final int PRINT_DPI = 300;
    /** Pixels enough for 300 dpi over a front of 13 inches, bleed included. */
    static final int LARGEST_SIDE = 4000;

    public CoverArt {
        Objects.requireNonNull(shown, "shown");
        bytes = bytes.clone();
    }

    /**
     * The picture as opaque RGB pixels (PDF/A-1 allows no transparency: a transparent picture is laid on white),
     * when the image readers know its format (JPEG, PNG, GIF, WebP, BMP). A picture larger than
     * {@link #LARGEST_SIDE} pixels is decoded subsampled, so a huge one costs bounded memory.
     */
    Optional<BufferedImage> pixels() {
        try {
            return Optional.of(PrintPicture.opaqueWithin(bytes, LARGEST_SIDE));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The resolution the picture prints at when it covers {@code width} × {@code height} points, in dots an inch:
     * the lower of the two directions, since the picture is scaled to cover the whole area.
     */
    static int dpi(BufferedImage image, float width, float height) {
        float scale = Math.max(width / image.getWidth(), height / image.getHeight());
        return (int) Math.floor(TrimSize.INCH / scale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoverArt art && art.shown.equals(shown) && java.util.Arrays.equals(art.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return shown.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CoverArt[" + shown + ", " + bytes.length + " bytes]";
    }
}
