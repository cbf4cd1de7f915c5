package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.anthology.model.Fixtures;
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

    @Test
    void namesTheSourceLineOfEveryCharacterNoFontCovers() {
        List<String> messages = new PdfEdition(PdfTheme.defaults()).uncovered(Fixtures.twoChapterBook()).stream()
                .map(UncoveredCharacter::message).toList();
        assertEquals(List.of(
                "seeds/02.md:1: character U+4E92 '互' is not in the PDF fonts LiberationSerif, LiberationSans, "
                        + "LiberationMono. Add a font that covers it to the PDF theme (font.body, font.heading "
                        + "or font.mono), or build only the EPUB (formats=epub)",
                "seeds/02.md:1: character U+8054 '联' is not in the PDF fonts LiberationSerif, LiberationSans, "
                        + "LiberationMono. Add a font that covers it to the PDF theme (font.body, font.heading "
                        + "or font.mono), or build only the EPUB (formats=epub)",
                "seeds/02.md:1: character U+7F51 '网' is not in the PDF fonts LiberationSerif, LiberationSans, "
                        + "LiberationMono. Add a font that covers it to the PDF theme (font.body, font.heading "
                        + "or font.mono), or build only the EPUB (formats=epub)"), messages.subList(0, 3));
        assertEquals(3 + "中文本，和一些英。".length(), messages.size(), () -> String.join("\n", messages));
        assertEquals(true, messages.get(3).startsWith("seeds/02.md:5: character U+4E2D '中'"), messages.get(3));
    }
}
