package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.edition.pdf.PdfReadBack;
import org.anthology.edition.pdf.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds whose theme lets the PDF take fonts for what its own fonts lack from folders of font files. */
class FallbackFoldersTest {

    private static final String ARMENIAN = "# Alpha\n\nPlain text.\n\nArmenian **Բարեւ** and *աշխարհ*.\n";
    private static final String THEME = "font.fallback.folders=../machine-fonts\n";

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    private Outcome build(String theme) throws IOException {
        Path file = base.resolve("texts/1-a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ARMENIAN);
        Files.createDirectories(base.resolve("styles"));
        Files.writeString(base.resolve("styles/pdf-theme.properties"), theme);
        TestFonts.copy(TestFonts.DEJAVU_SERIF, base.resolve("machine-fonts/a"), "DejaVuSerif.ttf");
        TestFonts.copy(TestFonts.DEJAVU_SANS, base.resolve("machine-fonts/b"), "DejaVuSans-Bold.ttf");
        TestFonts.copy(TestFonts.DEJAVU_SANS, base.resolve("machine-fonts/b"), "DejaVuSans.ttf");
        TestFonts.copy(TestFonts.DEJAVU_SANS, base.resolve("machine-fonts/c"), "DejaVuSansCopy.ttf");
        return new AnthologyPipeline(log).run(TestSettings.in(base, java.util.Optional.empty(), true, false));
    }

    @Test
    void takesTheFirstFontInTheFoldersThatShowsWhatTheThemeLacksAndNamesIt() throws IOException {
        Outcome outcome = build(THEME);
        assertFalse(outcome.failed(), outcome.problemSummary());
        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            assertTrue(read.text().contains("Armenian Բարեւ and աշխարհ."), read::toString);
            assertEquals(Boolean.TRUE, read.fonts().get("DejaVuSans"), read.fonts()::toString);
            assertFalse(read.fonts().containsKey("DejaVuSerif"), "it has no Armenian: " + read.fonts());
        }
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("machine-fonts/b/DejaVuSans.ttf (family "
                + "DejaVuSans) shows 8 characters")), log.lines::toString);
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("DejaVuSansCopy")), "the first that covers wins");
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("DejaVuSans-Bold")), "upright faces first");
        assertTrue(Files.readString(base.resolve("out/anthology/report.md")).contains("DejaVuSans.ttf"),
                "the report names the font");
    }

    @Test
    void givesTheSameBytesOnEveryBuild() throws IOException {
        build(THEME);
        byte[] first = Files.readAllBytes(base.resolve("out/book.pdf"));
        build(THEME);
        assertArrayEquals(first, Files.readAllBytes(base.resolve("out/book.pdf")));
    }

    @Test
    void searchesNoFolderUnlessTheThemeNamesOne() throws IOException {
        Outcome outcome = build("# the machine-fonts folder is there but not named\n");
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("texts/1-a.md:5: character U+0532 'Բ' is not in the PDF fonts"),
                outcome.problemSummary());
    }

    @Test
    void systemNamesTheUsualFontFoldersOfTheBuildMachine() {
        List<Path> folders = FallbackFolders.of("system, extra", base.resolve("styles"));
        assertTrue(folders.contains(Path.of("/usr/share/fonts")), folders::toString);
        assertTrue(folders.contains(Path.of("/Library/Fonts")), folders::toString);
        assertEquals(base.resolve("styles/extra"), folders.get(folders.size() - 1));
    }
}
