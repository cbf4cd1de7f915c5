package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
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
        assertEquals(TrimSize.inches(6f, 9f), theme.paper());
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
    void headingsRunningHeadsLinksAndRulesTakeTheTextColourUnlessGiven() {
        Properties properties = new Properties();
        properties.setProperty("color.text", "#2b2b2b");
        properties.setProperty("color.link", "#1F4E9A");
        PageColours colours = PdfTheme.load(properties).colours();
        Color text = new Color(0x2B2B2B);
        assertEquals(new PageColours(text, text, text, new Color(0x1F4E9A), text), colours);
        assertEquals(PageColours.allIn(Color.BLACK), PdfTheme.defaults().colours());
    }

    @Test
    void rejectsAColourThatIsNotSixHexDigitsNamingTheKey() {
        assertRejected("color.text", "black");
        assertRejected("color.heading", "#12345");
        assertRejected("color.running", "#GG0000");
        assertRejected("color.link", "1F4E9A");
        assertRejected("color.rule", "rgb(0,0,0)");
    }

    @Test
    void readsRunningHeadAndFootTextsAndTheirAlignment() {
        Properties properties = new Properties();
        properties.setProperty("header.verso", "${author}");
        properties.setProperty("footer.recto", "${book} \u00b7 ${page}");
        properties.setProperty("footer.verso", "");
        properties.setProperty("header.align", "Outside");
        RunningText running = PdfTheme.load(properties).running();
        assertEquals(new RunningText("${author}", "${chapter}", "", "${book} \u00b7 ${page}",
                RunningText.Align.OUTSIDE, RunningText.Align.CENTER), running);
        assertEquals(RunningText.classic(), PdfTheme.defaults().running());
    }

    @Test
    void rejectsAnUnknownPlaceholderNamingTheKeyAndThePlaceholder() {
        assertRejected("header.recto", "${title}");
        assertRejected("footer.verso", "${page} of ${pages}");
        Properties properties = new Properties();
        properties.setProperty("footer.verso", "${page} of ${pages}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfTheme.load(properties));
        assertTrue(e.getMessage().contains("${pages} is not one of them"), e.getMessage());
        assertTrue(e.getMessage().contains("${book}, ${chapter}, ${author} and ${page}"), e.getMessage());
    }

    @Test
    void rejectsAnAlignmentOtherThanCenterOrOutsideNamingTheKey() {
        assertRejected("header.align", "left");
        assertRejected("footer.align", "inside");
    }

    @Test
    void fillsPlaceholdersAndDropsTheSpaceAroundAnEmptyOne() {
        var values = java.util.Map.of("book", "B", "chapter", "C", "author", "", "page", "$1");
        assertEquals("C, $1", RunningText.fill("${chapter}, ${page}", values));
        assertEquals("", RunningText.fill(" ${author} ", values));
    }

    @Test
    void rejectsAFontNameThatIsNotAFamilyNamingTheKey() {
        assertRejected("font.body", "../../etc/passwd");
    }

    @Test
    void readsTheTrimBleedPaperServiceAndAnAutomaticGutter() {
        Properties properties = new Properties();
        properties.setProperty("page.size", "148x210mm");
        properties.setProperty("page.bleed", "3mm");
        properties.setProperty("page.marks", "true");
        properties.setProperty("margin.inner", "auto");
        properties.setProperty("print.paper", "cream");
        properties.setProperty("print.service", "Lulu");
        PdfTheme theme = PdfTheme.load(properties);
        assertEquals(148 * 72 / 25.4f, theme.paper().width(), 0.01f);
        assertEquals(3 * 72 / 25.4f, theme.print().bleed(), 0.001f);
        assertTrue(theme.print().cropMarks());
        assertEquals(GutterTable.kdp(), theme.print().autoGutter().orElseThrow());
        assertEquals(27f, theme.marginInner(), 0.001f, "an automatic gutter starts at the table's first step");
        assertEquals(0.0025, theme.print().paper().inchesPerPage(), 1e-9);
        assertEquals(PrintService.LULU, theme.print().service());
        assertEquals(PrintSpec.defaults(), PdfTheme.defaults().print());
    }

    @Test
    void rejectsBadPrintValuesNamingTheKey() {
        assertRejected("page.bleed", "wide");
        assertRejected("page.bleed", "2in");
        assertRejected("print.paper", "glossy");
        assertRejected("print.service", "printshop");
        assertRejected("page.marks", "maybe");
        Properties steps = new Properties();
        steps.setProperty("margin.inner", "auto");
        steps.setProperty("margin.inner.steps", "150=0.375in");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfTheme.load(steps));
        assertTrue(e.getMessage().contains("'margin.inner.steps'"), e.getMessage());
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
