package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintFilesTest {

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    private void book(String theme) throws IOException {
        Files.createDirectories(base.resolve("texts"));
        Files.writeString(base.resolve("texts/1-a.md"), "# Alpha\n\nA first letter from the estuary.\n");
        Files.createDirectories(base.resolve("styles"));
        Files.writeString(base.resolve("styles/pdf-theme.properties"), theme);
    }

    @Test
    void writesTheCoverBesideThePdfAndSaysWhatThePrinterWillCheck() throws IOException {
        book("page.size=6x9\npage.bleed=0.125in\n");
        Outcome outcome = new AnthologyPipeline(log).run(TestSettings.in(base));
        assertEquals(List.of(base.resolve("out/book.epub"), base.resolve("out/book.pdf"),
                base.resolve("out/book-cover.pdf")), outcome.editions());
        assertTrue(log.has("INFO", "Printer's check, PDF interior: trim 6 x 9 in, bleed 0.125 in, "), log.lines.toString());
        assertTrue(log.has("INFO", "does not meet: KDP prints at least 24 pages"), log.lines.toString());
        assertTrue(log.has("INFO", "Printer's check, PDF cover: "), log.lines.toString());
    }

    @Test
    void anUpToDateBuildStillNamesTheCover() throws IOException {
        book("page.size=6x9\n");
        AnthologyPipeline pipeline = new AnthologyPipeline(log);
        pipeline.run(TestSettings.in(base));
        Outcome second = pipeline.run(TestSettings.in(base));
        assertTrue(second.upToDate());
        assertTrue(second.editions().contains(base.resolve("out/book-cover.pdf")), second.editions().toString());
    }

    @Test
    void writesNoCoverWhenTheThemeSaysSo() throws IOException {
        book("print.cover=false\n");
        new AnthologyPipeline(log).run(TestSettings.in(base));
        assertTrue(Files.isRegularFile(base.resolve("out/book.pdf")));
        assertFalse(Files.exists(base.resolve("out/book-cover.pdf")));
    }

    @Test
    void warnsNamingACoverPictureTooCoarseToPrint() throws IOException {
        book("page.size=6x9\n");
        Files.createDirectories(base.resolve("src"));
        ImageIO.write(new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB), "png",
                base.resolve("src/cover.png").toFile());
        new AnthologyPipeline(log).run(TestSettings.in(base));
        assertTrue(log.has("WARN", "src/cover.png: the cover picture prints at 64 dpi"), log.lines.toString());
    }
}
