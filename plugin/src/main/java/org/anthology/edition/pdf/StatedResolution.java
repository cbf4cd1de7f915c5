package org.anthology.edition.pdf;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The resolution an image file states for itself (a PNG's {@code pHYs}, a JPEG's JFIF density), read from the
 * format-neutral metadata every ImageIO reader offers, so {@link PrintPicture} can print it at its natural size.
 */
final class StatedResolution {

    /** Resolutions outside this range are taken for a writer's mistake and ignored. */
    private static final float LOWEST = 20f;
    private static final float HIGHEST = 4800f;
    private static final float MM_PER_INCH = 25.4f;

    private StatedResolution() {
    }

    /** Horizontal and vertical dots an inch of the reader's first image; {@link PrintPicture#DEFAULT_DPI} if unstated. */
    static float[] of(ImageReader reader) {
        float x = PrintPicture.DEFAULT_DPI;
        float y = PrintPicture.DEFAULT_DPI;
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
                x = dpi(root, "HorizontalPixelSize", x);
                y = dpi(root, "VerticalPixelSize", x);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable metadata states nothing: the image keeps the default resolution.
        }
        return new float[] {x, y};
    }

    /** The resolution from a pixel size in millimetres, when present and plausible. */
    private static float dpi(Node root, String name, float fallback) {
        NodeList found = ((Element) root).getElementsByTagName(name);
        if (found.getLength() == 0) {
            return fallback;
        }
        try {
            float millimetres = Float.parseFloat(((Element) found.item(0)).getAttribute("value"));
            float dpi = MM_PER_INCH / millimetres;
            return dpi >= LOWEST && dpi <= HIGHEST ? dpi : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
