package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    private static byte[] utf8(int codePoint) {
        return ("a" + Character.toString(codePoint) + "b").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theByteScanFindsExactlyTheForbiddenCharacters() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF || c == '\r') {
                continue;
            }
            assertEquals(ControlCharacters.forbidden(c), ControlCharacters.holdsForbidden(utf8(c)),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aCarriageReturnPassesTheByteScanAsTheLineEndItBecomes() {
        assertFalse(ControlCharacters.holdsForbidden("one\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theByteScanTellsWhetherACarriageReturnMayStand() {
        assertEquals(0, ControlCharacters.scan("caf\u00E9\none\ttwo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ControlCharacters.CARRIAGE_RETURN, ControlCharacters.scan("caf\u00E9\r\n".repeat(3)
                .getBytes(StandardCharsets.UTF_8)));
        // A forbidden character ends the scan: whatever follows it may hold one.
        assertEquals(ControlCharacters.FORBIDDEN | ControlCharacters.CARRIAGE_RETURN,
                ControlCharacters.scan("one\u0007two\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theByteScanLooksAtEveryByteOfALongText() {
        String prose = "\u201CIt was,\u201D she said \u2014 caf\u00E9, na\u00EFve, \u4E2D\u6587, \uD83D\uDE00.\n";
        String text = prose.repeat(500) + "\u0085" + prose;
        assertFalse(ControlCharacters.holdsForbidden(prose.repeat(501).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ControlCharacters.holdsForbidden(text.getBytes(StandardCharsets.UTF_8)));
    }
}
