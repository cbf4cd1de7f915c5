package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

class AnthologyPipelineTest {

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    private void text(String name, String content) throws IOException {
        Path file = base.resolve("texts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Outcome run(Settings settings) throws IOException {
        return new AnthologyPipeline(log).run(settings);
    }

    @Test
    void writesBothEditionsAndTheReport() throws IOException {
        text("1-a.md", "# Alpha\n\nText.\n\n## Part\n\nMore.");
        Outcome outcome = run(TestSettings.in(base));
        assertFalse(outcome.failed());
        assertTrue(Files.size(base.resolve("out/book.epub")) > 0);
        assertTrue(Files.size(base.resolve("out/book.pdf")) > 0);
        String report = Files.readString(base.resolve("out/anthology/report.md"));
        assertTrue(report.contains("## Alpha (texts/1-a.md)"), report);
        assertTrue(log.has("INFO", "Chapter 1/1: Alpha"));
    }

    @Test
    void leavesThePreviousEditionsIntactWhenInputTurnsBad() throws IOException {
        text("1-a.md", "# Alpha\n\nText.");
        run(TestSettings.in(base));
        byte[] before = Files.readAllBytes(base.resolve("out/book.epub"));
        Files.write(base.resolve("texts/2-bad.txt"), new byte[] {'x', '\n', (byte) 0xFF});
        Outcome outcome = run(TestSettings.in(base));
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("texts/2-bad.txt:2: invalid UTF-8"), outcome.problemSummary());
        assertArrayEquals(before, Files.readAllBytes(base.resolve("out/book.epub")));
        try (Stream<Path> files = Files.list(base.resolve("out"))) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void skipsAnUnchangedBookAndRebuildsAChangedOne() throws IOException {
        text("1-a.md", "# Alpha\n\nText.");
        run(TestSettings.in(base));
        Path epub = base.resolve("out/book.epub");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(epub, old);
        assertTrue(run(TestSettings.in(base)).upToDate());
        assertEquals(old, Files.getLastModifiedTime(epub), "an up-to-date edition is not touched");
        text("1-a.md", "# Alpha\n\nChanged text.");
        assertFalse(run(TestSettings.in(base)).upToDate());
        assertTrue(Files.getLastModifiedTime(epub).compareTo(old) > 0);
        assertFalse(run(TestSettings.in(base, Optional.empty(), true, false)).upToDate(), "force rebuilds");
    }

    @Test
    void failsOnWarningsWhenAskedAndWritesNothing() throws IOException {
        text("1-a.md", "# Alpha\n\n<iframe src=\"https://video.example/\"></iframe>\n\nText.");
        Outcome outcome = run(TestSettings.in(base, Optional.empty(), false, true));
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("texts/1-a.md:3: <iframe> was left out"),
                outcome.problemSummary());
        assertFalse(Files.exists(base.resolve("out/book.epub")));
    }

    @Test
    void rebuildsByteIdentical() throws IOException {
        text("1-a.md", "# Alpha\n\nText with “quotes” — and more.\n\n## Part\n\nMore.");
        run(TestSettings.in(base, Optional.empty(), true, false));
        byte[] epub = Files.readAllBytes(base.resolve("out/book.epub"));
        byte[] pdf = Files.readAllBytes(base.resolve("out/book.pdf"));
        run(TestSettings.in(base, Optional.empty(), true, false));
        assertArrayEquals(epub, Files.readAllBytes(base.resolve("out/book.epub")));
        assertArrayEquals(pdf, Files.readAllBytes(base.resolve("out/book.pdf")));
    }

    @BookCheck
    @Test
    void linksBetweenManuscriptsBecomeLinksBetweenChapters() throws IOException {
        text("1-a.md", "# Alpha\n\nSee [the second part](2-b.md#details) and [Beta](2-b.md).");
        text("2-b.md", "# Beta\n\n## Details\n\nText.");
        run(TestSettings.in(base));
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            String first = new String(epub.getInputStream(epub.stream()
                    .filter(e -> e.getName().endsWith("ch01.xhtml")).findFirst().orElseThrow()).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(first.contains("href=\"ch02.xhtml#ch02-details\""), first);
            assertTrue(first.contains("href=\"ch02.xhtml#ch02\""), first);
        }
        org.anthology.edition.epub.EpubCheckResult check =
                org.anthology.edition.epub.EpubChecker.check(base.resolve("out/book.epub"));
        assertTrue(check.isClean(), check.toString());
    }

    @BookCheck
    @Test
    void setsMarkdownTablesAsTablesInBothEditions() throws IOException {
        text("1-a.md", "# Alpha\n\n| Year | Users |\n|------|-------|\n| 2001 | few |\n| 2020 | “many” |\n");
        run(TestSettings.in(base));
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            String first = new String(epub.getInputStream(epub.stream()
                    .filter(e -> e.getName().endsWith("ch01.xhtml")).findFirst().orElseThrow()).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(first.contains("<th scope=\"col\">Year</th>"), first);
            assertTrue(first.contains("<td>2020</td><td>“many”</td>"), first);
        }
        org.anthology.edition.epub.EpubCheckResult check =
                org.anthology.edition.epub.EpubChecker.check(base.resolve("out/book.epub"));
        assertTrue(check.isClean(), check.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                     org.apache.pdfbox.Loader.loadPDF(base.resolve("out/book.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Users") && text.contains("2001") && text.contains("“many”"), text);
        }
    }

    @BookCheck
    @Test
    void setsFootnotesAsEpubNotesWithBackLinks() throws IOException {
        text("1-a.md", "# Alpha\n\nA claim.[^src] Another.[^src]\n\n## Later\n\nMore.\n\n[^src]: Where it comes from.\n");
        text("2-b.md", "# Beta\n\nSecond claim.[^src]\n\n[^src]: Another source.\n");
        run(TestSettings.in(base));
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            String first = new String(epub.getInputStream(epub.stream()
                    .filter(e -> e.getName().endsWith("ch01.xhtml")).findFirst().orElseThrow()).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(first.contains("epub:type=\"noteref\""), first);
            assertTrue(first.contains("href=\"ch01.xhtml#ch01-note-src\" id=\"ch01-note-src-ref\""), first);
            assertTrue(first.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"ch01-note-src\""),
                    first);
            assertTrue(first.contains("href=\"ch01.xhtml#ch01-note-src-ref\""), first);
        }
        org.anthology.edition.epub.EpubCheckResult check =
                org.anthology.edition.epub.EpubChecker.check(base.resolve("out/book.epub"));
        assertTrue(check.isClean(), check.toString());
        assertTrue(log.lines.stream().noneMatch(l -> l.startsWith("WARN")), log.lines.toString());
    }

    @BookCheck
    @Test
    void embedsLocalImagesInBothEditions() throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(base.resolve("texts/img"));
        javax.imageio.ImageIO.write(picture, "png", base.resolve("texts/img/chart.png").toFile());
        text("1-a.md", "# Alpha\n\nA chart: ![Users by year](img/chart.png) and again ![Users by year](img/chart.png)");
        Outcome outcome = run(TestSettings.in(base));
        assertFalse(outcome.failed(), outcome.problemSummary());
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            String first = new String(epub.getInputStream(epub.stream()
                    .filter(e -> e.getName().endsWith("ch01.xhtml")).findFirst().orElseThrow()).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(first.contains("<img src=\"images/image-1.png\" alt=\"Users by year\"/>"), first);
            assertEquals(1, epub.stream().filter(e -> e.getName().endsWith(".png")).count(), "stored once");
        }
        org.anthology.edition.epub.EpubCheckResult check =
                org.anthology.edition.epub.EpubChecker.check(base.resolve("out/book.epub"));
        assertTrue(check.isClean(), check.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                     org.apache.pdfbox.Loader.loadPDF(base.resolve("out/book.pdf").toFile())) {
            boolean hasImage = false;
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    hasImage |= page.getResources().isImageXObject(name);
                }
            }
            assertTrue(hasImage, "the PDF draws the image");
        }
    }

    @BookCheck
    @Test
    void passesEpubCheckWithFootnotesImageTableCodeAndNonLatinText() throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(30, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(base.resolve("texts"));
        javax.imageio.ImageIO.write(picture, "jpg", base.resolve("texts/photo.jpg").toFile());
        text("1-mixed.md", "# 互联网的浪潮\n\n中文段落，引用“原文”。[^1] Ελληνικά, Русский, العربية.\n\n"
                + "![A grey square](photo.jpg)\n\n| 年份 | Users |\n|---|---|\n| 2001 | 十 |\n\n"
                + "```java\nif (a < b && c > d) { run(); }\n```\n\n## Zweiter Teil\n\nSee [the start](#1-mixed).\n\n"
                + "[^1]: 来源：某报告。\n");
        Outcome outcome = run(TestSettings.in(base).toBuilder().formats(java.util.Set.of(Format.EPUB)).build());
        assertFalse(outcome.failed(), outcome.problemSummary());
        org.anthology.edition.epub.EpubCheckResult check =
                org.anthology.edition.epub.EpubChecker.check(base.resolve("out/book.epub"));
        assertTrue(check.isClean(), check.toString());
    }

    @Test
    void failsWhenThePdfFontsLackACharacterNamingFileAndLine() throws IOException {
        text("1-a.md", "# Alpha\n\nPlain text.\n\nThe word 互联网 has no glyphs in the PDF fonts.\n");
        Outcome outcome = run(TestSettings.in(base));
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("texts/1-a.md:5: character U+4E92 '互' is not in the PDF fonts"),
                outcome.problemSummary());
        assertFalse(Files.exists(base.resolve("out/book.pdf")), "no PDF without the characters");
    }

    @Test
    void writesTheEpubWhateverThePdfFontsCover() throws IOException {
        text("1-a.md", "# Alpha\n\nThe word 互联网 has no glyphs in the PDF fonts.\n");
        Outcome outcome = run(TestSettings.in(base));
        assertTrue(outcome.failed(), "the build still fails: the PDF was left out");
        assertEquals(List.of(base.resolve("out/book.epub")), outcome.editions());
        assertTrue(Files.exists(base.resolve("out/book.epub")));
        assertFalse(Files.exists(base.resolve("out/book.pdf")));
    }

    @Test
    void namesEachMissingCharacterOnceAtItsOwnLineWithHowOftenItRecurs() throws IOException {
        text("1-a.md", "# Alpha\n\nA paragraph whose second line\nholds 互 and 互 again.\n\nAnd 互 once more.\n");
        Outcome outcome = run(TestSettings.in(base));
        List<String> lines = outcome.problems().stream().map(Object::toString)
                .filter(p -> p.contains("U+4E92")).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("texts/1-a.md:4: character U+4E92 '互' is not in the PDF fonts"),
                lines.get(0));
        assertTrue(lines.get(0).contains("(in 2 places in this file; this is the first)"), lines.get(0));
    }

    @Test
    void reportsImageAndCharacterProblemsInOneRun() throws IOException {
        text("1-a.md", "# Alpha\n\n![A chart](img/missing.png)\n\nThe word 互联网.\n\n[broken](#nowhere)\n");
        Outcome outcome = run(TestSettings.in(base));
        String summary = outcome.problemSummary();
        assertTrue(outcome.failed());
        assertTrue(summary.contains("texts/1-a.md:3: image 'img/missing.png' does not exist"), summary);
        assertTrue(summary.contains("texts/1-a.md:5: character U+4E92 '互' is not in the PDF fonts"), summary);
        assertTrue(summary.contains("texts/1-a.md:7: link to '#nowhere' points to nothing"), summary);
        assertFalse(Files.exists(base.resolve("out/book.epub")), "an input error writes nothing");
    }

    @Test
    void failsOnAMissingImageNamingFileAndLine() throws IOException {
        text("1-a.md", "# Alpha\n\nText.\n\n![A chart](img/missing.png)\n");
        Outcome outcome = run(TestSettings.in(base));
        assertTrue(outcome.failed());
        assertTrue(outcome.problemSummary().contains("texts/1-a.md:5: image 'img/missing.png' does not exist"),
                outcome.problemSummary());
    }

    @Test
    void takesTheCoverImageFromTheSourceFolder() throws IOException {
        text("1-a.md", "# Alpha\n\nText.");
        Files.createDirectories(base.resolve("src"));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"800\"><title>Own cover</title>"
                + "<rect width=\"600\" height=\"800\" fill=\"#336\"/></svg>";
        Files.writeString(base.resolve("src/cover.svg"), svg);
        run(TestSettings.in(base));
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            String cover = epub.stream().filter(e -> e.getName().contains("cover") && e.getName().endsWith(".svg"))
                    .map(e -> {
                        try {
                            return new String(epub.getInputStream(e).readAllBytes(), "UTF-8");
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }).findFirst().orElse("");
            assertEquals(svg, cover, "the book's own cover is used, byte for byte");
        }
    }

    @Test
    void claimsTheMicroenterpriseExemptionOnlyWhenAsked() throws IOException {
        text("1-a.md", "# Alpha\n\nText.");
        run(TestSettings.in(base).toBuilder().formatNames(List.of("epub")).build());
        assertFalse(packageDocument().contains("a11y:exemption"));

        run(TestSettings.in(base).toBuilder().formatNames(List.of("epub")).microenterprise(true).force(true).build());
        assertTrue(packageDocument().contains("<meta property=\"a11y:exemption\">eaa-microenterprise</meta>"),
                this::packageDocument);
    }

    private String packageDocument() {
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(base.resolve("out/book.epub").toFile())) {
            java.util.zip.ZipEntry opf = epub.stream().filter(e -> e.getName().endsWith(".opf")).findFirst()
                    .orElseThrow();
            return new String(epub.getInputStream(opf).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reportsAMissingContentsFile() throws IOException {
        text("1-a.md", "Text.");
        Outcome outcome = run(TestSettings.in(base, Optional.of(base.resolve("src/contents.yaml")), false, false));
        assertTrue(outcome.problemSummary().contains("contents file src/contents.yaml does not exist"));
    }
}
