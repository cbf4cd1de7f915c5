package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrimSizeTest {

    @Test
    void readsThePrintOnDemandTrimsAsInches() {
        assertSize(5f * 72, 8f * 72, "5x8");
        assertSize(5.25f * 72, 8f * 72, "5.25x8");
        assertSize(5.5f * 72, 8.5f * 72, "5.5 x 8.5");
        assertSize(6f * 72, 9f * 72, "6x9");
        assertSize(7f * 72, 10f * 72, "7x10");
        assertSize(8.5f * 72, 11f * 72, "8.5x11");
    }

    @Test
    void readsDimensionsWithUnits() {
        assertSize(432f, 648f, "6x9in");
        assertSize(148 * 72 / 25.4f, 210 * 72 / 25.4f, "148x210mm");
        assertSize(156 * 72 / 25.4f, 234 * 72 / 25.4f, "15.6x23.4cm");
        assertSize(400f, 600f, "400x600pt");
    }

    @Test
    void readsBookTrimNamesAndTheOlderPaperNames() {
        assertSize(156 * 72 / 25.4f, 234 * 72 / 25.4f, "royal");
        assertSize(138 * 72 / 25.4f, 216 * 72 / 25.4f, "Demy");
        assertSize(419.53f, 595.28f, "A5");
        assertSize(498.90f, 708.66f, "b5");
        assertSize(595.28f, 841.89f, "A4");
        assertSize(612f, 792f, "LETTER");
        assertSize(432f, 648f, "trade");
    }

    @Test
    void rejectsUnknownNamesUnitsAndAbsurdSizes() {
        for (String bad : new String[] {"A0", "6x9ft", "6by9", "0.5x9", "6x90in", ""}) {
            assertThrows(IllegalArgumentException.class, () -> TrimSize.parse(bad), bad);
        }
    }

    @Test
    void describesItselfInInches() {
        assertEquals("6 x 9 in", TrimSize.parse("6x9").describe());
        assertEquals("5.5 x 8.5 in", TrimSize.parse("5.5x8.5").describe());
    }

    private static void assertSize(float width, float height, String text) {
        TrimSize size = TrimSize.parse(text);
        assertEquals(width, size.width(), 0.01f, text + " width");
        assertEquals(height, size.height(), 0.01f, text + " height");
    }
}
