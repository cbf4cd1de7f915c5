package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FontSetTest {

    private final FontSet fonts = new FontSet(PdfTheme.defaults());

    @Test
    void coversTypographicPunctuationGreekAndCyrillic() {
        assertEquals(Set.of(), fonts.uncoveredCodePoints("“Quotes” — ‘and’ … Ελληνικά Русский café"));
    }

    @Test
    void reportsCjkCharactersNoConfiguredFontCovers() {
        assertEquals(Set.of((int) '互', (int) '联', (int) '网'), fonts.uncoveredCodePoints("互联网 and Beyond"));
    }

    @Test
    void leavesUncoveredCharactersOutOfTheSetText() {
        String shown = fonts.chunks("互联网 and Beyond", FontSet.Role.BODY, false, false, 10f).stream()
                .map(chunk -> chunk.getContent()).reduce("", String::concat);
        assertEquals(" and Beyond", shown);
    }
}
