package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.Problem;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A book in Armenian and Georgian, which the built-in fonts lack, set with a fallback family the book brings. */
class PdfFallbackFontTest {

    private static final Anthology BOOK = new Anthology(Fixtures.metadata("Fallback Fonts"), List.of(
            new Chapter("ch01", "Armenian and Georgian", Optional.empty(), Optional.empty(), List.of(
                    new Block.Paragraph(List.of(new Inline.Text("Armenian: Բարեւ աշխարհ. ")), Fixtures.at("texts/1.md", 3)),
                    new Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text("Georgian: "))),
                            new Inline.Emphasis(List.of(new Inline.Text("გამარჯობა მსოფლიო")))),
                            Fixtures.at("texts/1.md", 5))),
                    Fixtures.at("texts/1.md", 1))));

    private static final PdfEdition WITH_FALLBACK = edition(TestFonts.withFallback("DejaVuSans"));

    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        pdf = write(WITH_FALLBACK);
        // Kept for checking by hand with a PDF/A validator.
        Path sample = Path.of("target/pdf-samples/fallback-fonts.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    @Test
    void passesTheCoverageCheckWithTheFallbackFamily() {
        Diagnostics diagnostics = new Diagnostics();
        WITH_FALLBACK.check(BOOK, diagnostics);
        assertEquals(List.of(), diagnostics.problems());
    }

    @Test
    void embedsTheFallbackFontBesideTheBuiltInOnes() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            Map<String, Boolean> fonts = read.fonts();
            assertEquals(Boolean.TRUE, fonts.get("DejaVuSans"), fonts::toString);
            assertEquals(Boolean.TRUE, fonts.get("LiberationSerif"), fonts::toString);
            assertEquals(List.of(), read.unembeddedFonts());
        }
    }

    @Test
    void armenianAndGeorgianReadBack() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String text = read.text();
            for (String expected : List.of("Armenian: Բարեւ աշխարհ.", "Georgian: გამარჯობა მსოფლიო")) {
                assertTrue(text.contains(expected), () -> expected + " missing from " + text);
            }
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        assertArrayEquals(pdf, write(edition(TestFonts.withFallback("DejaVuSans"))));
    }

    @Test
    void withoutTheFallbackReportsEachUncoveredCharacterWithFileAndLine() {
        Diagnostics diagnostics = new Diagnostics();
        new PdfEdition(PdfTheme.defaults()).check(BOOK, diagnostics);
        List<String> errors = diagnostics.errors().stream().map(Problem::toString).toList();
        assertTrue(errors.get(0).startsWith("texts/1.md:3: character U+0532 'Բ' is not in the PDF fonts "
                + "LiberationSerif, LiberationSans, LiberationMono."), errors.get(0));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("texts/1.md:5: character U+10D2 'გ'")),
                () -> String.join("\n", errors));
    }

    @Test
    void setsBoldAndItalicTextOfAOneFaceBodyFamily() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("font.body", "DejaVuSans");
        byte[] oneFace = write(edition(PdfTheme.load(properties)));
        try (PdfReadBack read = PdfReadBack.of(oneFace)) {
            assertTrue(read.text().contains("Georgian: გამარჯობა მსოფლიო"), read::toString);
            assertEquals(Boolean.TRUE, read.fonts().get("DejaVuSans"));
            assertEquals(null, read.fonts().get("DejaVuSans-Bold"));
        }
    }

    private static PdfEdition edition(PdfTheme theme) {
        try {
            return new PdfEdition(theme, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"),
                    List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] write(PdfEdition edition) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edition.write(BOOK, new TocBuilder(3).build(BOOK), out);
        return out.toByteArray();
    }
}
