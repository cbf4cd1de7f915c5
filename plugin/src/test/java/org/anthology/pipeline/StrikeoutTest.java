package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.anthology.edition.pdf.PdfReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown's {@code ~~deleted~~} text reads as deleted in both editions, never as if it were meant. */
class StrikeoutTest {

    private static final float DPI = 144f;

    @TempDir
    Path base;

    @Test
    void strikesDeletedTextInBothEditions() throws IOException {
        Path file = base.resolve("texts/1-draft.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Draft\n\nThe plain words stay and the ~~struck phrase~~ goes.\n");
        Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base));
        assertFalse(outcome.failed(), outcome.problemSummary());

        String chapter = chapterXhtml(base.resolve("out/book.epub"));
        assertTrue(chapter.contains("<del>struck phrase</del>"), chapter);
        assertTrue(chapter.contains("The plain words stay"), chapter);

        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            int page = read.firstPageOutsideContentsWith("struck phrase");
            List<PdfReadBack.Glyph> glyphs = read.glyphs(page);
            BufferedImage image = read.render(page, DPI);
            assertTrue(ruledBefore(image, word(glyphs, "phrase")), "the gap before 'phrase' is struck through");
            assertFalse(ruledBefore(image, word(glyphs, "words")), "the gap before 'words' is left clear");
        }
    }

    /** Whether a dark pixel sits in the word gap just left of {@code word}, between baseline and x-height. */
    private static boolean ruledBefore(BufferedImage image, PdfReadBack.Glyph word) {
        float scale = DPI / 72f;
        int x = Math.round((word.x() - 1f) * scale);
        for (float up = 1.5f; up <= 5f; up += 0.25f) {
            int y = Math.round((word.y() - up) * scale);
            int rgb = image.getRGB(x, y);
            int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
            if (grey < 128) {
                return true;
            }
        }
        return false;
    }

    /** The first glyph of the first occurrence of {@code word} after a space. */
    private static PdfReadBack.Glyph word(List<PdfReadBack.Glyph> glyphs, String word) {
        StringBuilder text = new StringBuilder();
        for (PdfReadBack.Glyph glyph : glyphs) {
            text.append(glyph.text().isEmpty() ? " " : glyph.text().substring(0, 1));
        }
        int at = text.indexOf(word);
        assertTrue(at > 0, "'" + word + "' is drawn: " + text);
        return glyphs.get(at);
    }

    private static String chapterXhtml(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return zip.stream().filter(e -> e.getName().endsWith(".xhtml"))
                    .map(e -> read(zip, e)).filter(t -> t.contains("struck")).findFirst()
                    .orElseThrow(() -> new AssertionError("no content document holds the struck text"));
        }
    }

    private static String read(ZipFile zip, java.util.zip.ZipEntry entry) {
        try {
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
