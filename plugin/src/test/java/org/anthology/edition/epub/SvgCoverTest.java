package org.anthology.edition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgCoverTest {

    @Test
    void wrapsTitlesAtWordBoundaries() {
        assertEquals(List.of("Builders of the", "Network"), SvgCover.wrap("Builders of the Network", 18));
    }

    @Test
    void keepsAWordLongerThanTheLineWhole() {
        assertEquals(List.of("Short", "Incomprehensibilities"), SvgCover.wrap("Short Incomprehensibilities", 10));
    }

    @Test
    void countsWideCharactersTwice() {
        assertEquals(List.of("互联网", "and more"), SvgCover.wrap("互联网 and more", 8));
    }
}
