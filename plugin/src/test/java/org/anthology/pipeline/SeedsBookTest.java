package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.anthology.edition.pdf.PdfAChecker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

/** Builds this repository's own book from seeds/, as {@code mvn package} does, and checks both editions. */
@BookCheck
class SeedsBookTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path out;

    private static Outcome outcome;

    @BeforeAll
    static void buildTheBook() throws IOException {
        outcome = new AnthologyPipeline(new RecordingLog()).run(settings(out));
        assertFalse(outcome.failed(), outcome.problemSummary());
    }

    /** The settings {@code mvn package} uses for this repository's book, writing {@code seeds-book.*} to {@code out}. */
    static Settings settings(Path out) {
        return Settings.builder(REPOSITORY).language("en").identitySeed("org.anthology:anthology-book")
                .sourceDirectory(REPOSITORY.resolve("seeds"))
                .contentsFile(Optional.of(REPOSITORY.resolve("src/contents.yaml")))
                .stylesDirectory(REPOSITORY.resolve("styles")).outputDirectory(out).finalName("seeds-book")
                .outputTimestamp(Instant.parse("2026-11-01T00:00:00Z")).force(true).toolVersion("test").build();
    }

    @Test
    void epubPassesEpubCheckWithoutErrorsOrWarnings() {
        EpubCheckResult result = EpubChecker.check(out.resolve("seeds-book.epub"));
        assertTrue(result.isClean(), result.toString());
    }

    @Test
    void pdfIsPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(Files.readAllBytes(out.resolve("seeds-book.pdf"))));
    }

    @Test
    void pdfContentsPageListsEveryChapterTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("seeds-book.pdf").toFile())) {
            String front = text(pdf, 1, 4).replaceAll("\\s+", " ");
            for (String title : List.of("Waves of the Internet: How China’s Platforms Were Built",
                    "Internet Companies or Tech Companies?", "The Industrial Internet Race")) {
                assertTrue(front.contains(title) || front.contains(title.replace('’', '\'')),
                        title + " missing from the contents page:\n" + front);
            }
        }
    }

    @Test
    void pdfOutlineHasOneItemPerContentsEntry() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("seeds-book.pdf").toFile())) {
            List<String> titles = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), titles);
            long sectionsInSeed000 = Files.readAllLines(REPOSITORY.resolve("seeds/000_9afefc053d5ace72.txt"))
                    .stream().filter(l -> l.strip().endsWith("#")).count();
            assertEquals(3, titles.stream().filter(t -> t.startsWith("Waves of the Internet")
                    || t.startsWith("Internet Companies") || t.startsWith("The Industrial Internet")).count());
            assertTrue(titles.size() >= 3 + sectionsInSeed000, titles.toString());
            assertTrue(titles.contains("Festivals"), titles.toString());
        }
    }

    @Test
    void pdfEmbedsEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("seeds-book.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    @Test
    void bothEditionsCreditTheEditorsInTheSameWordsAndThePackageSaysEdt() throws IOException {
        String line = "Edited by The Anthology Editors";
        String opf;
        String titlePage;
        try (java.util.zip.ZipFile epub = new java.util.zip.ZipFile(out.resolve("seeds-book.epub").toFile())) {
            opf = new String(epub.getInputStream(epub.getEntry("OEBPS/content.opf")).readAllBytes(),
                    StandardCharsets.UTF_8);
            titlePage = new String(epub.getInputStream(epub.getEntry("OEBPS/book.title.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertTrue(titlePage.contains(line), titlePage);
        assertTrue(opf.contains("<meta refines=\"#creator-1\" property=\"role\" scheme=\"marc:relators\">edt</meta>"),
                opf);
        assertTrue(opf.contains("<meta refines=\"#creator-1\" property=\"file-as\">Editors, The Anthology</meta>"),
                opf);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("seeds-book.pdf").toFile())) {
            assertTrue(text(pdf, 1, 1).contains(line), "title page: " + text(pdf, 1, 1));
            assertTrue(text(pdf, 2, 2).contains(line), "copyright page: " + text(pdf, 2, 2));
        }
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(Math.min(to, pdf.getNumberOfPages()));
        return stripper.getText(pdf);
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            titles.add(item.getTitle());
            collect(item, titles);
        });
    }
}
