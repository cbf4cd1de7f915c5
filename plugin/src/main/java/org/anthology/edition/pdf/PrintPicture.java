package org.anthology.edition.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;

/**
 * Prepares one raster image for the PDF. It is printed at its natural size (its pixels at its own resolution, or
 * at 96 dpi when it states none), scaled down to fit the room it has; an image far larger than that is decoded
 * subsampled to about 300 dpi at its printed size, so memory stays bounded. A plain 8-bit RGB or grey JPEG, PNG
 * or GIF at full size is embedded as it is; every other image (transparent, CMYK, 16-bit, WebP, subsampled) is
 * decoded and laid on the white page as opaque RGB, since PDF/A-1b allows no soft masks and no 16-bit samples.
 *
 * @param file   the image
 * @param header its size and kind, read without decoding it
 * @param width  the printed width in points
 * @param height the printed height in points
 */
record PrintPicture(Path file, Header header, float width, float height) {

    /** The resolution of an image that states none, as browsers and e-readers assume. */
    static final float DEFAULT_DPI = 96f;
    /** The resolution a subsampled image keeps at its printed size: what printers ask for. */
    static final int PRINT_DPI = CoverArt.PRINT_DPI;
    private static final Set<String> EMBEDDED_AS_IS = Set.of("jpeg", "png", "gif");

    static {
        // Registered by hand: Maven's class realms hide the plugins' service files from ImageIO's own scan.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi());
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    /**
     * What an image's header says: pixels, resolution, format and whether its samples can go into a PDF/A-1b as they
     * are.
     */
    record Header(int pixelsWide, int pixelsHigh, float dpiX, float dpiY, String format, boolean plain) {
    }

    /** The image {@code file} printed at its natural size, at most {@code maxWidth} × {@code maxHeight} points. */
    static PrintPicture of(Path file, float maxWidth, float maxHeight) throws IOException {
        Header header = header(file);
        float naturalWidth = header.pixelsWide() * TrimSize.INCH / header.dpiX();
        float naturalHeight = header.pixelsHigh() * TrimSize.INCH / header.dpiY();
        float scale = Math.min(1f, Math.min(maxWidth / naturalWidth, maxHeight / naturalHeight));
        return new PrintPicture(file, header, naturalWidth * scale, naturalHeight * scale);
    }

    /** The resolution the image prints at, in dots an inch: its pixels over its printed width. */
    int dpi() {
        return (int) Math.floor(header.pixelsWide() * TrimSize.INCH / width);
    }

    /** The sampling step that keeps about {@link #PRINT_DPI} at the printed size: 1 keeps every pixel. */
    int step() {
        float needed = width / TrimSize.INCH * PRINT_DPI;
        float neededHigh = height / TrimSize.INCH * PRINT_DPI;
        return Math.max(1, (int) Math.min(header.pixelsWide() / needed, header.pixelsHigh() / neededHigh));
    }

    /** True when the file's own bytes can be embedded: a plain image at full size. */
    boolean embedsAsIs() {
        return header.plain() && step() == 1;
    }

    /** The image decoded at {@link #step()} and laid on white as opaque RGB. */
    BufferedImage opaquePixels() throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step(), step(), 0, 0);
                BufferedImage read = reader.read(0, param);
                BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, read.getWidth(), read.getHeight());
                g.drawImage(read, 0, 0, null);
                g.dispose();
                return rgb;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Reads {@code file}'s header: size, stated resolution and sample kind, decoding no pixels. */
    static Header header(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                float[] dpi = StatedResolution.of(reader);
                return new Header(reader.getWidth(0), reader.getHeight(0), dpi[0], dpi[1], format,
                        EMBEDDED_AS_IS.contains(format) && plain(reader.getRawImageType(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Opaque, at most 8 bits a sample, RGB or grey: what PDF/A-1b takes as it is. */
    private static boolean plain(ImageTypeSpecifier type) {
        if (type == null) {
            return false;
        }
        ColorModel model = type.getColorModel();
        int space = model.getColorSpace().getType();
        boolean eightBit = java.util.Arrays.stream(model.getComponentSize()).allMatch(bits -> bits <= 8);
        return model.getTransparency() == Transparency.OPAQUE && !model.hasAlpha() && eightBit
                && (space == ColorSpace.TYPE_RGB || space == ColorSpace.TYPE_GRAY);
    }

    private static ImageReader reader(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("the image cannot be opened");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no decoder knows the image's format");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    /** Reads the bytes of a file that {@link #embedsAsIs()}. */
    byte[] bytes() throws IOException {
        return Files.readAllBytes(file);
    }
}
