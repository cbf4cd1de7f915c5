package org.anthology.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.anthology.model.ImageType;

/**
 * Tells an image's real format from its first bytes, and whether a raster file reaches the end marker its format
 * requires, so the image check can say "a JPEG named .png" or "truncated" instead of passing on a decoder's message.
 */
final class ImageSignature {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    /** How far from the end an end marker may sit: writers may pad or append a little after it. */
    private static final int TAIL = 4096;

    private ImageSignature() {
    }

    /** The raster format {@code bytes} begin with; empty when they are none the book carries (SVG is text). */
    static Optional<ImageType> of(byte[] bytes) {
        if (startsWith(bytes, 0, PNG)) {
            return Optional.of(ImageType.PNG);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(ImageType.JPEG);
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of(ImageType.GIF);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(ImageType.WEBP);
        }
        return Optional.empty();
    }

    /** True when a {@code type} file's bytes stop before the marker that ends every complete file of that format. */
    static boolean truncated(ImageType type, byte[] bytes) {
        return switch (type) {
            case PNG -> indexOf(bytes, PNG_END) < 0;
            case JPEG -> indexOf(bytes, new byte[] {(byte) 0xFF, (byte) 0xD9}) < 0;
            case GIF -> lastNonZero(bytes) != 0x3B;
            case WEBP -> bytes.length < 12 || bytes.length < 8 + littleEndian(bytes, 4);
            case SVG -> false;
        };
    }

    private static byte lastNonZero(byte[] bytes) {
        int i = bytes.length - 1;
        while (i > 0 && bytes[i] == 0) {
            i--;
        }
        return bytes[i];
    }

    private static long littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
                | (bytes[at + 3] & 0xFFL) << 24;
    }

    /** Where {@code marker} occurs in the last {@link #TAIL} bytes, or -1. */
    private static int indexOf(byte[] bytes, byte[] marker) {
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - TAIL); i--) {
            if (startsWith(bytes, i, marker)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
