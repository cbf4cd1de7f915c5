package org.anthology.edition.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The book's own front cover picture for the print cover, and the name to call it by in warnings.
 *
 * @param shown the file as the build names it, relative to the project
 * @param bytes the file's contents
 */
public record CoverArt(String shown, byte[] bytes) {

    /** Printers ask for pictures of at least 300 dots an inch at the size they are printed. */
    static final int PRINT_DPI = 300;

    public CoverArt {
        Objects.requireNonNull(shown, "shown");
        bytes = bytes.clone();
    }

    /**
     * The picture as opaque RGB pixels (PDF/A-1 allows no transparency: a transparent picture is laid on white),
     * when Java's image readers know its format (JPEG, PNG, GIF, BMP).
     */
    Optional<BufferedImage> pixels() {
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (read == null) {
            return Optional.empty();
        }
        BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, read.getWidth(), read.getHeight());
        g.drawImage(read, 0, 0, null);
        g.dispose();
        return Optional.of(rgb);
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
