package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Chunk;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;

class FontSetTest {

    private static final String ADVICE = "Put a TrueType or OpenType font that covers it in the fonts/ folder "
            + "beside pdf-theme.properties and add its family to font.fallback, or build only the EPUB (formats=epub)";
    private static final String ARMENIAN_AND_GEORGIAN = "Հայերեն and ქართული";

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
                        + "LiberationMono. " + ADVICE,
                "seeds/02.md:1: character U+8054 '联' is not in the PDF fonts LiberationSerif, LiberationSans, "
                        + "LiberationMono. " + ADVICE,
                "seeds/02.md:1: character U+7F51 '网' is not in the PDF fonts LiberationSerif, LiberationSans, "
                        + "LiberationMono. " + ADVICE), messages.subList(0, 3));
        assertEquals(3 + "中文本，和一些英。".length(), messages.size(), () -> String.join("\n", messages));
        assertEquals(true, messages.get(3).startsWith("seeds/02.md:5: character U+4E2D '中'"), messages.get(3));
    }

    @Test
    void reportsArmenianAndGeorgianWithoutAFallbackFamily() {
        assertEquals(ARMENIAN_AND_GEORGIAN.codePoints().filter(Character::isLetter)
                .filter(c -> c > 0x500).boxed().collect(Collectors.toSet()),
                fonts.uncoveredCodePoints(ARMENIAN_AND_GEORGIAN));
    }

    @Test
    void coversArmenianAndGeorgianFromAFallbackFamilyInTheBooksFonts() throws IOException {
        FontSet withFallback = new FontSet(TestFonts.withFallback("DejaVuSans"),
                TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
        assertEquals(Set.of(), withFallback.uncoveredCodePoints(ARMENIAN_AND_GEORGIAN));
        assertEquals(Set.of((int) '互'), withFallback.uncoveredCodePoints("互"));
    }

    @Test
    void setsOnlyWhatTheBodyFamilyLacksInTheFallbackFamily() throws IOException {
        FontSet withFallback = new FontSet(TestFonts.withFallback("DejaVuSans"),
                TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
        assertEquals(List.of("LiberationSerif:Armenian ", "DejaVuSans:Հայերեն"),
                runs(withFallback.chunks("Armenian Հայերեն", FontSet.Role.BODY, false, false, 10f)));
    }

    @Test
    void triesTheFallbackFamiliesInTheirOrder() throws IOException {
        BookFonts book = TestFonts.oneFace("DejaVuSerif", TestFonts.DEJAVU_SERIF, "font.fallback")
                .with("DejaVuSans", BookFonts.Face.REGULAR,
                        TestFonts.file("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
        FontSet chain = new FontSet(TestFonts.withFallback("DejaVuSerif", "DejaVuSans"), book);
        assertEquals(List.of("DejaVuSerif:ქართული", "DejaVuSans:Հայերեն"),
                runs(chain.chunks("ქართულიՀայերեն", FontSet.Role.BODY, false, false, 10f)));
    }

    @Test
    void setsBoldAndItalicOfAOneFaceFamilyInItsRegularFace() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("font.body", "DejaVuSans");
        FontSet oneFace = new FontSet(PdfTheme.load(properties),
                TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.body"));
        assertEquals(List.of("DejaVuSans:Bold Հայերեն"),
                runs(oneFace.chunks("Bold Հայերեն", FontSet.Role.BODY, true, true, 10f)));
    }

    @Test
    void namesTheFallbackFamiliesInTheMessage() throws IOException {
        FontSet withFallback = new FontSet(TestFonts.withFallback("DejaVuSans"),
                TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
        List<String> messages = new FontCoverage(withFallback).uncovered(Fixtures.twoChapterBook()).stream()
                .map(UncoveredCharacter::message).toList();
        assertEquals("seeds/02.md:1: character U+4E92 '互' is not in the PDF fonts LiberationSerif, LiberationSans, "
                + "LiberationMono, DejaVuSans. " + ADVICE, messages.get(0));
    }

    /** Each chunk as {@code family:text}. */
    private static List<String> runs(List<Chunk> chunks) {
        return chunks.stream().map(chunk -> chunk.getFont().getBaseFont().getPostscriptFontName()
                .replaceFirst("-.*", "") + ":" + chunk.getContent()).toList();
    }
}
