package org.anthology.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Drops the characters no book may hold from decoded text (C0 and C1 control characters other than tab, line end
 * and the feeds the whitespace cleaner turns into spaces, and Unicode noncharacters such as U+FFFE and U+FFFF, which
 * XML forbids), reporting each kind as what it is at the line it first stands on.
 */
final class ControlCharacters {

    private static final String[] C0 = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF",
        "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
        "ESC", "FS", "GS", "RS", "US"};

    private ControlCharacters() {
    }

    /** {@code text} (LF line ends) without the forbidden characters; a warning per kind found names its line. */
    static String drop(String text, String file, Diagnostics diagnostics) {
        if (!holdsForbidden(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, int[]> found = new LinkedHashMap<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (forbidden(c)) {
                found.computeIfAbsent(c, k -> new int[] {0, 0, 0})[0]++;
                int[] seen = found.get(c);
                if (seen[1] == 0) {
                    seen[1] = line;
                    seen[2] = column;
                }
            } else {
                out.appendCodePoint(c);
            }
            column = c == '\n' ? 1 : column + 1;
            line += c == '\n' ? 1 : 0;
        }
        found.forEach((c, seen) -> diagnostics.warning(new SourcePosition(file, seen[1]), String.format(Locale.ROOT,
                "%s at column %d%s was left out. Remove it from the file", name(c), seen[2],
                seen[0] > 1 ? " (and " + (seen[0] - 1) + " more in the file)" : "")));
        return out.toString();
    }

    /** Whether any character of {@code text} is forbidden; a char loop, as nearly every file holds none. */
    private static boolean holdsForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Noncharacters of the supplementary planes come as surrogate pairs: those are read as code points.
            if (forbidden(Character.isSurrogate(c) ? text.codePointAt(i) : c)) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #scan} finds: a forbidden character. */
    static final int FORBIDDEN = 1;
    /** What {@link #scan} finds: a carriage return, or it cannot tell as it stopped at a forbidden character. */
    static final int CARRIAGE_RETURN = 1 << 1;

    /**
     * Whether valid UTF-8 {@code bytes} encode a forbidden character, told from the bytes alone: every forbidden
     * character has a byte or byte sequence of its own (a C0 byte, 0x7F, 0xC2 0x80-0x9F, 0xEF 0xB7 0x90-0xAF, and
     * U+xFFFE or U+xFFFF ending in 0xBF 0xBE or 0xBF 0xBF), so one pass over the bytes, which are mostly ASCII
     * letters, rules them all out before any character is looked at. A carriage return passes: it becomes a line end.
     */
    static boolean holdsForbidden(byte[] bytes) {
        return (scan(bytes) & FORBIDDEN) != 0;
    }

    /**
     * {@link #FORBIDDEN} if valid UTF-8 {@code bytes} encode a forbidden character (see {@link #holdsForbidden}),
     * and {@link #CARRIAGE_RETURN} if they may hold a carriage return: the one pass a text's bytes get answers both,
     * where each would be a search of the decoded text.
     */
    static int scan(byte[] bytes) {
        int found = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i];
            if (b >= 0x20 && b < 0x7F) {
                continue;
            }
            if (b == '\r') {
                found = CARRIAGE_RETURN;
            } else if (b >= 0 ? b == 0x7F || b < '\t' || b > '\r' : forbiddenSequence(bytes, i, b & 0xFF)) {
                return FORBIDDEN | CARRIAGE_RETURN;
            }
        }
        return found;
    }

    /** Whether the sequence that lead byte {@code lead} opens at {@code i} encodes a forbidden character. */
    private static boolean forbiddenSequence(byte[] bytes, int i, int lead) {
        if (lead == 0xC2) {
            return i + 1 < bytes.length && (bytes[i + 1] & 0xFF) <= 0x9F;
        }
        if (lead == 0xEF && i + 2 < bytes.length) {
            int second = bytes[i + 1] & 0xFF;
            int third = bytes[i + 2] & 0xFF;
            return second == 0xB7 && third >= 0x90 && third <= 0xAF || second == 0xBF && third >= 0xBE;
        }
        if (lead >= 0xF0 && i + 3 < bytes.length) {
            // U+1FFFE ... U+10FFFF: the plane's low bits all set, then 0xBF and 0xBE or 0xBF.
            return (bytes[i + 1] & 0x0F) == 0x0F && (bytes[i + 2] & 0xFF) == 0xBF && (bytes[i + 3] & 0xFE) == 0xBE;
        }
        return false;
    }

    /** What a forbidden character is, the way a reader of the file would look for it. */
    static String name(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (c == 0) {
            return "NUL byte (" + code + ")";
        }
        if (c < 0x20) {
            return "control character " + C0[c] + " (" + code + ")";
        }
        if (c == 0x7F) {
            return "control character DEL (" + code + ")";
        }
        if (c >= 0x80 && c <= 0x9F) {
            return "C1 control character (" + code + ")";
        }
        return "noncharacter " + code;
    }

    static boolean forbidden(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\f' && c != 0x0B;
        }
        return c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }
}
