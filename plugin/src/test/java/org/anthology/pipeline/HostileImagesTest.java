package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.anthology.edition.pdf.PdfAChecker;
import org.anthology.edition.pdf.PdfReadBack;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images a new user may bring: each builds a valid book (EPUBCheck clean, PDF/A-1b) or stops the build before
 * anything is written with one {@code file:line} problem per image.
 */
class HostileImagesTest {

    @TempDir
    Path base;

    @Test
    void flattensTransparentPngAndGifIntoAValidPdfA() throws Exception {
        TestImages.write(TestImages.picture(60, 40, BufferedImage.TYPE_INT_ARGB), "png", texts("logo.png"));
        TestImages.transparentGif(texts("badge.gif"));
        Outcome outcome = build("# Logos\n\nOurs: ![the logo](logo.png) and ![a badge](badge.gif).\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        assertValidBook();
    }

    @Test
    void namesEveryBrokenImageAtItsLineAndWritesNothing() throws IOException {
        Path photo = TestImages.write(TestImages.picture(80, 60, BufferedImage.TYPE_INT_RGB), "png",
                base.resolve("whole.png"));
        TestImages.truncated(photo, 0.5, texts("cut.png"));
        TestImages.write(TestImages.picture(80, 60, BufferedImage.TYPE_INT_RGB), "jpeg", texts("photo.png"));
        Files.write(texts("noise.png"), "this is no picture at all".getBytes(StandardCharsets.US_ASCII));
        Outcome outcome = build("# Broken\n\n![cut](cut.png)\n\n![photo](photo.png)\n\n![noise](noise.png)\n");

        assertEquals(List.of(
                "texts/1-chapter.md:3: image 'cut.png' is truncated: the file ends before the image does. Copy or "
                        + "export it again",
                "texts/1-chapter.md:5: image 'photo.png' is a JPEG image, not the PNG its name says. Rename it to "
                        + "photo.jpg",
                "texts/1-chapter.md:7: image 'noise.png' is not an image: its bytes are not those of a JPEG, PNG, "
                        + "GIF or WebP file. Export it again as one of those"), errors(outcome));
        assertFalse(Files.exists(base.resolve("out/book.epub")), "no EPUB is written");
        assertFalse(Files.exists(base.resolve("out/book.pdf")), "no PDF is written");
    }

    @Test
    void findsATruncatedJpegThatStillDecodes() throws IOException {
        Path photo = TestImages.write(TestImages.picture(200, 150, BufferedImage.TYPE_INT_RGB), "jpeg",
                base.resolve("whole.jpg"));
        TestImages.truncated(photo, 0.7, texts("cut.jpg"));
        Outcome outcome = build("# Cut\n\n![cut](cut.jpg)\n");

        assertEquals(List.of("texts/1-chapter.md:3: image 'cut.jpg' is truncated: the file ends before the image "
                + "does. Copy or export it again"), errors(outcome));
    }

    @Test
    void buildsA20000PixelSquareTransparentImageInA512MegabyteHeap() throws Exception {
        TestImages.hugeRgbaPng(texts("huge.png"), 20_000);
        Files.writeString(texts("1-chapter.md"), "# Huge\n\n![a huge square](huge.png)\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(java.toString(), "-Xmx512m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), HugeImageBook.class.getName(), base.toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, build.waitFor(), output);
        try (PdfReadBack read = pdf()) {
            List<Float> size = imageSizes(read);
            assertEquals(325f, size.get(0), 1f, "scaled to the A5 text width: " + size);
        }
    }

    @Test
    void embedsWebpInThePdfAndKeepsItInTheEpub() throws Exception {
        TestImages.webp(texts("leaf.webp"), 48, 32, 0x8020A040);
        Outcome outcome = build("# Leaf\n\n![a leaf](leaf.webp)\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        assertValidBook();
        assertTrue(epubEntries().stream().anyMatch(name -> name.endsWith(".webp")), "the EPUB keeps the WebP file");
        try (PdfReadBack read = pdf()) {
            assertEquals(List.of(36f, 24f), imageSizes(read), "48 × 32 pixels print at 96 dpi");
        }
    }

    @Test
    void printsASmallIconAtItsNaturalSize() throws IOException {
        TestImages.write(TestImages.picture(32, 24, BufferedImage.TYPE_INT_RGB), "png", texts("icon.png"));
        StringBuilder text = new StringBuilder("# Icons\n\n");
        for (int i = 0; i < 200; i++) {
            text.append("![icon](icon.png) ");
        }
        Outcome outcome = build(text + "\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        try (PdfReadBack read = pdf()) {
            assertEquals(List.of(24f, 18f), imageSizes(read), "32 × 24 pixels print at 96 dpi, 24 × 18 points");
            assertTrue(read.pageCount() < 12, "200 icons share lines and pages: " + read.pageCount() + " pages");
        }
    }

    @Test
    void cleansAnSvgOfScriptsHandlersReferencesAndItsDoctype() throws Exception {
        Files.writeString(texts("map.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY here SYSTEM "file:///etc/hostname">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
                width="40" height="30" onload="alert(1)">
                  <script>alert(2)</script>
                  <defs><rect id="box" width="10" height="10"/></defs>
                  <use xlink:href="#box"/>
                  <image href="https://example.com/track.png" width="5" height="5"/>
                  <foreignObject width="5" height="5"><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>
                  <circle cx="20" cy="15" r="10" fill="teal" onclick="steal()"/>
                </svg>
                """);
        Outcome outcome = build("# Map\n\n![a map](map.svg)\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        assertEquals(List.of("texts/1-chapter.md:3: image 'map.svg' had a DOCTYPE, the onload attribute, <script>, "
                + "a reference to https://example.com/track.png, <foreignObject>, the onclick attribute, which an "
                + "e-book must not carry; the book carries a copy without them. Remove them from the file to keep it "
                + "as it is"), warnings(outcome));
        String svg = epubText(".svg");
        for (String gone : List.of("DOCTYPE", "<script", "onload", "onclick", "example.com", "foreignObject")) {
            assertFalse(svg.contains(gone), gone + " is gone: " + svg);
        }
        assertTrue(svg.contains("xlink:href=\"#box\"") && svg.contains("<circle"), svg);
        assertValidBook();
    }

    @Test
    void stopsOnACoverThatIsNotAnImage() throws IOException {
        Files.createDirectories(base.resolve("src"));
        Files.writeString(base.resolve("src/cover.png"), "<html>not a cover</html>");
        Outcome outcome = build("# Covered\n\nText.\n");

        assertEquals(List.of("src/cover.png:1: image 'src/cover.png' is not an image: its bytes are not those of a "
                + "JPEG, PNG, GIF or WebP file. Export it again as one of those"), errors(outcome));
        assertFalse(Files.exists(base.resolve("out/book.epub")), "no EPUB is written");
    }

    @Test
    void registersAnImageInASectionHeadingAndReportsOneInTheChapterTitle() throws Exception {
        TestImages.write(TestImages.picture(30, 20, BufferedImage.TYPE_INT_RGB), "png", texts("flag.png"));
        TestImages.write(TestImages.picture(40, 20, BufferedImage.TYPE_INT_RGB), "png", texts("title.png"));
        Outcome outcome = build("# Flags ![a title](title.png)\n\nText.\n\n## Under ![the flag](flag.png)\n\nMore.\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        assertEquals(List.of("texts/1-chapter.md:1: image 'title.png' in the chapter title is not shown: a chapter "
                + "title is text, so its alt text stands in. Put the image in a paragraph under the title"),
                warnings(outcome));
        assertTrue(epubText("ch01.xhtml").contains("<img src=\"images/image-1.png\" alt=\"the flag\"/></h2>"),
                epubText("ch01.xhtml"));
        assertTrue(epubText(".opf").contains("href=\"images/image-1.png\" media-type=\"image/png\""));
        assertValidBook();
        try (PdfReadBack read = pdf()) {
            assertEquals(List.of(23f, 15f), imageSizes(read), "the heading's image is drawn in the PDF");
        }
    }

    @Test
    void resolvesAngleBracketedAndPercentEncodedImageNames() throws Exception {
        for (String name : List.of("my pic.png", "two words.png", "no#1.png")) {
            TestImages.write(TestImages.picture(30, 20, BufferedImage.TYPE_INT_RGB), "png", texts(name));
        }
        Outcome outcome = build("# Names\n\n![pic](<my pic.png>) ![two](two%20words.png) ![one](no%231.png)\n");

        assertFalse(outcome.failed(), outcome.problemSummary());
        assertEquals(3, epubEntries().stream().filter(name -> name.endsWith(".png")).count(),
                outcome.problemSummary() + epubText("ch01.xhtml"));
        assertFalse(epubText(".xhtml").contains("pic("), "the image is not printed as text");
        assertValidBook();
    }

    private Path texts(String name) throws IOException {
        Path file = base.resolve("texts").resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    private Outcome build(String markdown) throws IOException {
        Files.writeString(texts("1-chapter.md"), markdown);
        return new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base, java.util.Optional.empty(), true,
                false));
    }

    private static List<String> errors(Outcome outcome) {
        return outcome.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::toString).toList();
    }

    private static List<String> warnings(Outcome outcome) {
        return outcome.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING)
                .map(Problem::toString).toList();
    }

    /** The text of every EPUB entry whose name ends with {@code suffix}, joined. */
    private String epubText(String suffix) throws IOException {
        try (ZipFile zip = new ZipFile(base.resolve("out/book.epub").toFile())) {
            StringBuilder text = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(suffix)) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        }
    }

    private void assertValidBook() throws Exception {
        EpubCheckResult check = EpubChecker.check(base.resolve("out/book.epub"));
        assertEquals(0, check.fatals() + check.errors() + check.warnings(), check.toString());
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(Files.readAllBytes(base.resolve("out/book.pdf"))));
    }

    private PdfReadBack pdf() throws IOException {
        return PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")));
    }

    /** The printed size, in whole points, of the first image drawn in the PDF. */
    private static List<Float> imageSizes(PdfReadBack read) throws IOException {
        for (int page = 1; page <= read.pageCount(); page++) {
            List<float[]> sizes = read.imageSizes(page);
            if (!sizes.isEmpty()) {
                return List.of((float) Math.round(sizes.get(0)[0]), (float) Math.round(sizes.get(0)[1]));
            }
        }
        return List.of();
    }

    private List<String> epubEntries() throws IOException {
        try (ZipFile zip = new ZipFile(base.resolve("out/book.epub").toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(entry -> names.add(entry.getName()));
            return names;
        }
    }
}
