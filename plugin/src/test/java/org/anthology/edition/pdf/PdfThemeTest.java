package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PdfThemeTest {

    @Test
    void emptyPropertiesGiveTheDefaults() {
        assertEquals(PdfTheme.defaults(), PdfTheme.load(new Properties()));
    }

    @Test
    void shippedThemeFileMatchesTheDefaults() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../styles/pdf-theme.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        assertEquals(PdfTheme.defaults(), PdfTheme.load(properties));
    }

    @Test
    void readsGivenValuesAndKeepsDefaultsForTheRest() {
        Properties properties = new Properties();
        properties.setProperty("page.size", "trade");
        properties.setProperty("size.body", " 11 ");
        PdfTheme theme = PdfTheme.load(properties);
        assertEquals(PdfTheme.Paper.TRADE, theme.paper());
        assertEquals(11f, theme.bodySize());
        assertEquals(PdfTheme.defaults().bodyLeading(), theme.bodyLeading());
    }

    @Test
    void readsChapterRectoAndHyphenationSwitches() {
        Properties properties = new Properties();
        properties.setProperty("chapter.recto", "false");
        properties.setProperty("text.hyphenate", "FALSE");
        PdfTheme theme = PdfTheme.load(properties);
        assertEquals(false, theme.chapterRecto());
        assertEquals(false, theme.hyphenate());
        assertEquals(true, PdfTheme.defaults().chapterRecto());
        assertEquals(true, PdfTheme.defaults().hyphenate());
    }

    @Test
    void rejectsASwitchThatIsNotTrueOrFalseNamingTheKey() {
        assertRejected("chapter.recto", "yes");
        assertRejected("text.hyphenate", "1");
    }

    @Test
    void builtInThemeFileEqualsTheBooksThemeFile() throws IOException {
        try (var in = PdfTheme.class.getResourceAsStream("/org/anthology/styles/pdf-theme.properties")) {
            assertEquals(Files.readString(Path.of("../styles/pdf-theme.properties"), StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void rejectsANonNumberNamingTheKey() {
        assertRejected("size.body", "large");
    }

    @Test
    void rejectsAnUnknownPaperSizeNamingTheKey() {
        assertRejected("page.size", "A0");
    }

    @Test
    void rejectsANegativeMarginNamingTheKey() {
        assertRejected("margin.inner", "-5");
    }

    @Test
    void rejectsAFontNameThatIsNotAFamilyNamingTheKey() {
        assertRejected("font.body", "../../etc/passwd");
    }

    private static void assertRejected(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfTheme.load(properties));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void readsTheFallbackFamiliesInTheirOrder() {
        Properties properties = new Properties();
        properties.setProperty("font.fallback", " NotoSansArmenian,DejaVuSans , NotoSansSC ");
        assertEquals(java.util.List.of("NotoSansArmenian", "DejaVuSans", "NotoSansSC"),
                PdfTheme.load(properties).fallbackFonts());
        properties.setProperty("font.fallback", "");
        assertEquals(java.util.List.of(), PdfTheme.load(properties).fallbackFonts());
        assertEquals(java.util.List.of(), PdfTheme.defaults().fallbackFonts());
    }

    @Test
    void rejectsAFallbackListThatIsNotFamilyNames() {
        Properties properties = new Properties();
        properties.setProperty("font.fallback", "Noto Sans SC; DejaVuSans");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfTheme.load(properties));
        assertTrue(e.getMessage().startsWith("PDF theme key 'font.fallback' has bad value"), e.getMessage());
    }
}
