package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.edition.pdf.TrimSize;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class PdfThemeSettingsTest {

    private static final String FILE = "styles/pdf-theme.properties";

    private static List<String> problems(String text, ThemeSetting... settings) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<PdfThemeSettings.Checked> theme = PdfThemeSettings.read(FILE, text, List.of(settings), diagnostics);
        assertEquals(diagnostics.hasErrors(), theme.isEmpty());
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void namesAnUnknownKeyAtItsLineWithTheKeyItMostLikelyMeans() {
        List<String> problems = problems("# paper\n\npage.sise=A4\n");
        assertEquals(List.of(FILE + ":3: unknown PDF theme key 'page.sise'. Did you mean page.size?"), problems);
    }

    @Test
    void reportsEveryBadLineAtItsOwnLineAllAtOnce() {
        List<String> problems = problems("page.size=A4\nsize.body=huge\n# note\nchapter.recto=maybe\n"
                + "margin.inner=54\ncolor.text=black\n");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(FILE + ":2: PDF theme key 'size.body' has bad value 'huge'"));
        assertTrue(problems.get(1).startsWith(FILE + ":4: PDF theme key 'chapter.recto' has bad value 'maybe'"));
        assertTrue(problems.get(2).startsWith(FILE + ":6: PDF theme key 'color.text' has bad value 'black'"));
    }

    @Test
    void aContinuedLineIsReportedWhereItStarts() {
        List<String> problems = problems("font.fallback=DejaVuSans, \\\n    Noto Sans\npage.size=A3\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(FILE + ":1: "), problems.get(0));
        assertTrue(problems.get(1).startsWith(FILE + ":3: "), problems.get(1));
    }

    @Test
    void theAutoGuttersStepsAreAKnownKeyAndReachTheTheme() {
        Diagnostics diagnostics = new Diagnostics();
        PdfTheme theme = PdfThemeSettings.read(FILE, "margin.inner=auto\nmargin.inner.steps=100:0.5in, 400:1in\n",
                List.of(), diagnostics).orElseThrow(() -> new AssertionError(diagnostics.problems())).theme();
        assertEquals(36f, theme.print().autoGutter().orElseThrow().marginFor(80), 0.01f);
        assertEquals(72f, theme.print().autoGutter().orElseThrow().marginFor(300), 0.01f);
    }

    @Test
    void pomAndCommandLineKeysWinOverTheFileInOrder() {
        Diagnostics diagnostics = new Diagnostics();
        PdfTheme theme = PdfThemeSettings.read(FILE, "page.size=A5\nsize.body=11\n", List.of(
                new ThemeSetting("page.size", "A4", "pom.xml:30"),
                new ThemeSetting("size.body", "12", "pom.xml:31"),
                new ThemeSetting("size.body", "13", "-Danthology.theme.size.body")), diagnostics).orElseThrow()
                .theme();
        assertEquals(TrimSize.parse("A4"), theme.paper());
        assertEquals(13f, theme.bodySize());
    }

    @Test
    void aBadPomKeyIsNamedAtItsPomLineAndACommandLineKeyByItsProperty() {
        List<String> problems = problems("", new ThemeSetting("page.sixe", "A4", "pom.xml:30"),
                new ThemeSetting("size.body", "0", "-Danthology.theme.size.body"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("pom.xml:30: unknown PDF theme key 'page.sixe'. Did you mean page.size?", problems.get(0));
        assertTrue(problems.get(1).startsWith("-Danthology.theme.size.body: PDF theme key 'size.body' has bad"),
                problems.get(1));
    }

    @Test
    void aKeyFarFromEveryKnownOneListsThemAll() {
        List<String> problems = problems("colour-of-everything=red\n");
        assertTrue(problems.get(0).contains("Use one of chapter.recto, color.heading"), problems.get(0));
    }

    @Test
    void everyKeyOfTheBuiltInThemeIsKnownAndItsDefaultsLoad() {
        assertTrue(PdfThemeSettings.KNOWN_KEYS.containsAll(List.of("page.size", "font.fallback", "font.fallback.folders", "footer.align")));
        assertEquals(List.of(), problems(""));
    }
}
