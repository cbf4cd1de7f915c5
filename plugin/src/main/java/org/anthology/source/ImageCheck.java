package org.anthology.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import org.anthology.model.Diagnostics;
import org.anthology.model.ImageType;
import org.anthology.model.SourcePosition;

/**
 * Checks every image a book carries before anything is written: that the file can be read, is the format its name
 * says, is complete, and decodes; an SVG is also cleaned of what an e-book must not run ({@link SvgCleaner}). Each
 * problem is one line at the place that names the image. A raster image is decoded once, subsampled to a small
 * size, so even a huge one costs little memory here.
 */
public final class ImageCheck {

    /** The longest side the check decodes to: enough to reach every byte of the image data, small at any size. */
    private static final int CHECK_SIDE = 256;

    static {
        // Registered by hand: Maven's class realms hide the plugins' service files from ImageIO's own scan.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi());
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    private ImageCheck() {
    }

    /**
     * The file the book should carry for {@code file}, named {@code shown} in messages and referenced at {@code at}:
     * the file itself, or an SVG's cleaned copy; empty after an error says why it cannot be carried.
     */
    public static Optional<Path> check(Path file, String shown, SourcePosition at, Diagnostics diagnostics) {
        Optional<ImageType> named = ImageType.ofFileName(file.getFileName().toString());
        if (named.isEmpty()) {
            diagnostics.error(at, "image '" + shown + "' is not a " + ImageType.NAMES + " file. Convert it");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(at, "image '" + shown + "' cannot be read. Check that the file is readable");
            return Optional.empty();
        }
        if (named.get() == ImageType.SVG) {
            return new SvgCleaner(shown, at, diagnostics).clean(file, bytes);
        }
        Optional<String> problem = problem(bytes, named.get(), file.getFileName().toString());
        problem.ifPresent(message -> diagnostics.error(at, "image '" + shown + "' " + message));
        return problem.isPresent() ? Optional.empty() : Optional.of(file);
    }

    /** What is wrong with raster image {@code bytes} named {@code name} as a {@code named} file, if anything. */
    static Optional<String> problem(byte[] bytes, ImageType named, String name) {
        Optional<ImageType> actual = ImageSignature.of(bytes);
        if (actual.isEmpty()) {
            return Optional.of(bytes.length == 0 ? "is empty. Save the image again"
                    : "is not an image: its bytes are not those of a JPEG, PNG, GIF or WebP file. Export it again "
                    + "as one of those");
        }
        if (actual.get() != named) {
            String rename = name.substring(0, name.lastIndexOf('.') + 1) + actual.get().extensions().get(0);
            return Optional.of("is a " + label(actual.get()) + " image, not the " + label(named)
                    + " its name says. Rename it to " + rename);
        }
        if (ImageSignature.truncated(named, bytes)) {
            return Optional.of(truncated());
        }
        return decode(bytes, named);
    }

    /** Decodes the whole image at a small size; the problem when that fails or the data ends early. */
    private static Optional<String> decode(byte[] bytes, ImageType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("is a kind of " + label(type) + " the build cannot decode. " + resave(type));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                boolean[] endedEarly = {false};
                reader.addIIOReadWarningListener((source, warning) -> endedEarly[0] |= warning.toLowerCase(Locale.ROOT)
                        .contains("premature end"));
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (side + CHECK_SIDE - 1) / CHECK_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return endedEarly[0] ? Optional.of(truncated()) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(endsEarly(e) ? truncated()
                    : "cannot be decoded: its " + label(type) + " data is damaged or of a kind the build does not "
                    + "read. " + resave(type));
        }
    }

    private static boolean endsEarly(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof java.io.EOFException || message.contains("end of") || message.contains("past end")) {
                return true;
            }
        }
        return false;
    }

    private static String truncated() {
        return "is truncated: the file ends before the image does. Copy or export it again";
    }

    private static String resave(ImageType type) {
        return "Export it again as an ordinary 8-bit " + label(type);
    }

    /** The format's name as people write it. */
    static String label(ImageType type) {
        return type == ImageType.WEBP ? "WebP" : type.name();
    }
}
