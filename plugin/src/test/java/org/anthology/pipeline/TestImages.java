package org.anthology.pipeline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Image files made in the test: ordinary, transparent, damaged, huge and WebP ones. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width} × {@code height} picture of {@code type}, half blue and half half-transparent red. */
    public static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 80, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 0, 0, 128));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return image;
    }

    /** Writes {@code image} as {@code format} ("png", "jpeg", "gif") to {@code file}. */
    public static Path write(BufferedImage image, String format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer for " + image);
        }
        return file;
    }

    /** A GIF whose first palette colour is transparent, with transparent and opaque pixels. */
    public static Path transparentGif(Path file) throws IOException {
        byte[] reds = {0, (byte) 200};
        byte[] greens = {0, 40};
        byte[] blues = {0, 40};
        IndexColorModel palette = new IndexColorModel(1, 2, reds, greens, blues, 0);
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int x = 10; x < 30; x++) {
            for (int y = 5; y < 25; y++) {
                image.setRGB(x, y, 0xFFC82828);
            }
        }
        return write(image, "gif", file);
    }

    /** The first {@code keep} of the bytes of {@code file}, written to {@code cut}. */
    public static Path truncated(Path file, double keep, Path cut) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
    }

    /**
     * A {@code side} × {@code side} RGBA PNG of one colour, written row by row so no raster of that size is ever
     * held: it compresses to little more than a thousandth of its pixels.
     */
    public static Path hugeRgbaPng(Path file, int side) throws IOException {
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(side);
            ihdr.writeInt(side);
            ihdr.write(new byte[] {8, 6, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", rows(side));
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static byte[] rows(int side) throws IOException {
        byte[] row = new byte[1 + side * 4];
        for (int i = 1; i < row.length; i += 4) {
            row[i] = 30;
            row[i + 1] = (byte) 140;
            row[i + 2] = 60;
            row[i + 3] = (byte) 160;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * A lossless WebP ({@code VP8L}) of one ARGB colour: every prefix code holds a single symbol, so the pixels take
     * no bits at all, which keeps the encoder to a header.
     */
    public static Path webp(Path file, int width, int height, int argb) throws IOException {
        Bits bits = new Bits();
        bits.put(0x2F, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(1, 1); // alpha is used
        bits.put(0, 3); // version
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        for (int value : new int[] {argb >> 8 & 0xFF, argb >> 16 & 0xFF, argb & 0xFF, argb >>> 24 & 0xFF, 0}) {
            bits.put(1, 1); // a simple code
            bits.put(0, 1); // of one symbol
            bits.put(1, 1); // written in 8 bits
            bits.put(value, 8);
        }
        byte[] vp8l = bits.bytes();
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        riff.write("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        riff.write(littleEndian(vp8l.length));
        riff.write(vp8l);
        if (vp8l.length % 2 == 1) {
            riff.write(0);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("RIFF".getBytes(StandardCharsets.US_ASCII));
            out.write(littleEndian(riff.size()));
            riff.writeTo(out);
        }
        return file;
    }

    private static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= (value >> i & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
            }
            return out.toByteArray();
        }
    }
}
