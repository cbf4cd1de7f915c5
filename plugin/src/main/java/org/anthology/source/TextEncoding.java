package org.anthology.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells how a text file's bytes are encoded before they are decoded: a byte-order mark names UTF-8 or UTF-16, and
 * without one, NUL bytes at every other position betray UTF-16 saved by Windows tools; a file full of other control
 * bytes is binary, not text.
 */
record TextEncoding(Charset charset, int bomLength, String evidence, boolean binary) {

    private static final int SAMPLE = 4096;

    /** How {@code bytes} are encoded, given that the build expects {@code expected}. */
    static TextEncoding of(byte[] bytes, Charset expected) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "a UTF-8 byte-order mark", false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "a UTF-16LE byte-order mark", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "a UTF-16BE byte-order mark", false);
        }
        if (expected.name().startsWith("UTF-16")) {
            return new TextEncoding(expected, 0, "", false);
        }
        int length = Math.min(bytes.length, SAMPLE) & ~1;
        int evenNuls = 0;
        int oddNuls = 0;
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        int pairs = length / 2;
        if (pairs >= 2 && oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0, "NUL bytes at every other position", false);
        }
        if (pairs >= 2 && evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0, "NUL bytes at every other position", false);
        }
        int suspicious = evenNuls + oddNuls + controls;
        return new TextEncoding(expected, 0, "", suspicious >= 8 && suspicious * 10 >= length);
    }

    /** True when the file says, by its bytes, that it is not in the encoding the build expects. */
    boolean differsFrom(Charset expected) {
        return !charset.equals(expected) && !charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
