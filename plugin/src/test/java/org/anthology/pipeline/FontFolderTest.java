package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anthology.edition.pdf.PdfReadBack;
import org.anthology.edition.pdf.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of books that bring their own fonts in {@code styles/fonts/}. */
class FontFolderTest {

    private static final String ARMENIAN = "# Alpha\n\nPlain text.\n\nArmenian **Բարեւ** and *աշխարհ*.\n";

    @TempDir
    Path base;

    private Outcome build(String text, String theme) throws IOException {
        Path file = base.resolve("texts/1-a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.createDirectories(base.resolve("styles"));
        Files.writeString(base.resolve("styles/pdf-theme.properties"), theme);
        return new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base));
    }

    private Path fonts() {
        return base.resolve("styles/fonts");
    }

    @Test
    void setsWhatLiberationLacksInTheFallbackFamilyFromTheFontsFolder() throws IOException {
        TestFonts.copy(TestFonts.DEJAVU_SANS, fonts(), "DejaVuSans.ttf");
        Outcome outcome = build(ARMENIAN, "# Armenian from DejaVu Sans\nfont.fallback=DejaVuSans\n");
        assertFalse(outcome.failed(), outcome.problemSummary());
        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            assertTrue(read.text().contains("Armenian Բարեւ and աշխարհ."), read::toString);
            Map<String, Boolean> embedded = read.fonts();
            assertEquals(Boolean.TRUE, embedded.get("DejaVuSans"), embedded::toString);
        }
    }

    @Test
    void takesABodyFamilyWithOnlyARegularFaceForBoldAndItalicToo() throws IOException {
        TestFonts.copy(TestFonts.DEJAVU_SANS, fonts(), "DejaVuSans-Regular.ttf");
        Outcome outcome = build(ARMENIAN, "font.body=DejaVuSans\n");
        assertFalse(outcome.failed(), outcome.problemSummary());
        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            assertTrue(read.text().contains("Armenian Բարեւ and աշխարհ."), read::toString);
            assertEquals(false, read.fonts().containsKey("LiberationSerif"), read.fonts()::toString);
        }
    }

    @Test
    void reportsAFallbackFamilyWithoutFilesAtItsThemeLine() throws IOException {
        Outcome outcome = build(ARMENIAN, "# Fonts\npage.size=A5\nfont.fallback = DejaVuSans\n");
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("styles/pdf-theme.properties:3: font.fallback: no font family "
                + "DejaVuSans in styles/fonts/ (looked for DejaVuSans-Regular.ttf, DejaVuSans.ttf and their .otf "
                + "twins), and it is not built in (LiberationSerif, LiberationSans, LiberationMono). Copy the "
                + "family's files into styles/fonts/ or name a built-in family"), outcome.problemSummary());
        assertFalse(Files.exists(base.resolve("out/book.epub")), "nothing is written");
    }

    @Test
    void reportsAFamilyWithFacesButNoRegular() throws IOException {
        TestFonts.copy(TestFonts.DEJAVU_SANS, fonts(), "DejaVuSans-Bold.ttf");
        Outcome outcome = build(ARMENIAN, "font.fallback=DejaVuSans\n");
        assertTrue(outcome.problemSummary().contains("styles/pdf-theme.properties:1: font.fallback: styles/fonts/ "
                + "has faces of DejaVuSans but no DejaVuSans-Regular.ttf."), outcome.problemSummary());
    }

    @Test
    void reportsAFontFileThatCannotBeEmbeddedAtTheThemeLine() throws IOException {
        Files.createDirectories(fonts());
        Files.writeString(fonts().resolve("Broken-Regular.ttf"), "not a font");
        Outcome outcome = build(ARMENIAN, "font.heading=LiberationSans\nfont.fallback=Broken\n");
        assertTrue(outcome.problemSummary().contains("styles/pdf-theme.properties:2: font.fallback: font file "
                + "styles/fonts/Broken-Regular.ttf is not a TrueType or OpenType font."), outcome.problemSummary());
        assertFalse(outcome.problemSummary().contains("U+"), "no coverage check with a broken font");
    }

    @Test
    void withoutAFallbackReportsTheArmenianCharactersWithFileAndLine() throws IOException {
        TestFonts.copy(TestFonts.DEJAVU_SANS, fonts(), "DejaVuSans.ttf");
        Outcome outcome = build(ARMENIAN, "# DejaVu Sans is in the folder, but not named\n");
        assertTrue(outcome.problemSummary().contains("texts/1-a.md:5: character U+0532 'Բ' is not in the PDF fonts"),
                outcome.problemSummary());
    }
}
