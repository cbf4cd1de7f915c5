package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.anthology.edition.pdf.PdfAChecker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.anthology.BookCheck;

/**
 * Builds a small German anthology (two parts, six texts by five authors, one written by two, epigraphs, sources,
 * rights, bios, a dedication and a foreword) and reads both editions back: the contents and the nav list parts,
 * titles and authors in reading order, and the generated pages speak German.
 */
@BookCheck
class GermanAnthologyTest {

    private static final Path FIXTURE = Path.of("src/test/resources/anthology-de").toAbsolutePath();

    /** Every contents line in reading order: parts, then each text with its authors as the book's language joins them. */
    private static final List<String> CONTENTS = List.of("Vorwort",
            "Erster Teil", "Die Fähre", "Anna Berger", "Nebel", "Paul Schröder", "Die Brücke", "Mira Hoffmann",
            "Zweiter Teil", "Im Hafen", "Jonas Keller", "Der Markt", "Lena Vogt", "Abend am Kai",
            "Lena Vogt und Jonas Keller", "Danksagung", "Mitwirkende");

    @TempDir
    static Path out;

    private static Outcome outcome;

    @BeforeAll
    static void buildTheBook() throws IOException {
        outcome = new AnthologyPipeline(new RecordingLog()).run(Settings.builder(FIXTURE).language("de")
                .identitySeed("org.example:stimmen").sourceDirectory(FIXTURE.resolve("texts"))
                .contentsFile(Optional.of(FIXTURE.resolve("contents.yaml"))).stylesDirectory(FIXTURE.resolve("styles"))
                .outputDirectory(out).finalName("stimmen").outputTimestamp(Instant.parse("2026-11-01T00:00:00Z"))
                .force(true).toolVersion("test").build());
        assertFalse(outcome.failed(), outcome.problemSummary());
    }

    @Test
    void buildsWithoutWarnings() {
        assertEquals(List.of(), outcome.problems().stream().map(Object::toString).toList());
    }

    @Test
    void epubPassesEpubCheckWithoutErrorsOrWarnings() {
        EpubCheckResult result = EpubChecker.check(out.resolve("stimmen.epub"));
        assertTrue(result.isClean(), result.toString());
    }

    @Test
    void pdfIsPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(Files.readAllBytes(out.resolve("stimmen.pdf"))));
    }

    @Test
    void pdfContentsPageListsPartsTitlesAndAuthorsInOrder() throws IOException {
        String contents = pdfPage(pdf -> contentsPage(pdf));
        assertTrue(contents.startsWith("Inhalt"), contents);
        assertInOrder(contents, CONTENTS);
    }

    @Test
    void pdfOutlineNestsChaptersUnderTheirParts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stimmen.pdf").toFile())) {
            List<String> top = new ArrayList<>();
            List<String> firstPart = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
                top.add(item.getTitle());
                if (item.getTitle().equals("Erster Teil")) {
                    item.children().forEach(child -> firstPart.add(child.getTitle()));
                }
            });
            assertEquals(List.of("Vorwort", "Erster Teil", "Zweiter Teil", "Danksagung", "Mitwirkende"), top);
            assertEquals(List.of("Die Fähre", "Nebel", "Die Brücke"), firstPart);
        }
    }

    @Test
    void pdfPartPageStandsAloneOnARightHandPageWithoutRunningHead() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stimmen.pdf").toFile())) {
            int page = pageStartingWith(pdf, "Zweiter Teil");
            String text = pageText(pdf, page);
            assertEquals("Zweiter Teil\nIn der Stadt", text.strip().replaceAll("\\s*\\d+\\s*$", ""), text);
            // The title page is page 1, a right-hand page; every odd page is one.
            assertEquals(1, page % 2, "part page on page " + page);
            assertTrue(pageText(pdf, page - 1).isBlank(), "the one-page chapter before the part keeps its back blank");
        }
    }

    @Test
    void pdfGeneratedPagesSpeakGerman() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stimmen.pdf").toFile())) {
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("Herausgegeben von Clara Neumann"), all);
            assertTrue(all.contains("Sprache: Deutsch"), all);
            String thanks = pageText(pdf, pageStartingWith(pdf, "Danksagung")).replaceAll("\\s+", " ");
            assertInOrder(thanks, List.of("Die Fähre, von Anna Berger", "Erstveröffentlichung: Erstmals erschienen",
                    "© 2019 Anna Berger", "Die Brücke, von Mira Hoffmann", "© 2021 Mira Hoffmann", "Im Hafen",
                    "Hafenzeitung", "Der Markt", "Radio", "Abend am Kai, von Lena Vogt und Jonas Keller"));
            String people = pageText(pdf, pageStartingWith(pdf, "Mitwirkende")).replaceAll("\\s+", " ");
            assertInOrder(people, List.of("Anna Berger lebt in Passau", "Mira Hoffmann ist Übersetzerin",
                    "Jonas Keller unterrichtet", "Paul Schröder wurde 1980", "Lena Vogt schreibt"));
        }
    }

    @Test
    void pdfEpigraphStandsUnderItsChaptersTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stimmen.pdf").toFile())) {
            String nebel = pageText(pdf, pageStartingWith(pdf, "Nebel")).replaceAll("\\s+", " ");
            assertInOrder(nebel, List.of("Nebel", "Ein Gedicht in drei Strophen", "Paul Schröder",
                    "Im Nebel ruhet noch die Welt.", "Eduard Mörike", "Über dem Wasser"));
        }
    }

    @Test
    void epubNavListsPartsTitlesAndAuthorsInOrderNested() throws Exception {
        Document nav = epubDocument("OEBPS/book.nav.xhtml");
        Element toc = (Element) nav.getElementsByTagName("nav").item(0);
        assertEquals("Inhalt", toc.getElementsByTagName("h1").item(0).getTextContent());
        assertInOrder(toc.getTextContent().replaceAll("\\s+", " "), CONTENTS);
        Element part = partItem(toc, "Zweiter Teil");
        List<String> chapters = new ArrayList<>();
        NodeList links = ((Element) part.getElementsByTagName("ol").item(0)).getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            chapters.add(links.item(i).getTextContent());
        }
        assertEquals(List.of("Im Hafen \u2014 Jonas Keller", "Der Markt \u2014 Lena Vogt",
                "Abend am Kai \u2014 Lena Vogt und Jonas Keller"), chapters);
    }

    @Test
    void epubGeneratedPagesCarryTheirTypesAndGermanTitles() throws Exception {
        String nav = epubText("OEBPS/book.nav.xhtml");
        for (String landmark : List.of("epub:type=\"dedication\"", "epub:type=\"foreword\"",
                "epub:type=\"acknowledgments\"", "epub:type=\"contributors\"")) {
            assertTrue(nav.contains(landmark), landmark + " missing from the landmarks:\n" + nav);
        }
        String contributors = epubText("OEBPS/contributors.xhtml");
        assertTrue(contributors.contains("epub:type=\"contributors\"") && contributors.contains(">Mitwirkende</h1>"),
                contributors);
        String thanks = epubText("OEBPS/acknowledgments.xhtml");
        assertTrue(thanks.contains("role=\"doc-acknowledgments\"") && thanks.contains(">Danksagung</h1>"), thanks);
        String part = epubText("OEBPS/part1.xhtml");
        assertTrue(part.contains("role=\"doc-part\"") && part.contains("Die ersten drei Texte"), part);
        String colophon = epubText("OEBPS/book.colophon.xhtml");
        assertTrue(colophon.contains("Herausgegeben von Clara Neumann"), colophon);
    }

    @Test
    void epubEpigraphStandsUnderItsChaptersTitle() throws Exception {
        String chapter = epubText("OEBPS/ch04.xhtml");
        assertInOrder(chapter, List.of("<h1 id=\"ch04\">Nebel</h1>", "Ein Gedicht in drei Strophen", "Paul Schröder",
                "role=\"doc-epigraph\"", "Im Nebel ruhet noch die Welt.", "Eduard Mörike", "Über dem Wasser"));
    }

    private static Element partItem(Element toc, String title) {
        NodeList items = toc.getElementsByTagName("li");
        for (int i = 0; i < items.getLength(); i++) {
            Node first = ((Element) items.item(i)).getElementsByTagName("a").item(0);
            if (first.getTextContent().equals(title)) {
                return (Element) items.item(i);
            }
        }
        throw new AssertionError(title + " is not in the nav");
    }

    private static void assertInOrder(String text, List<String> expected) {
        int at = 0;
        for (String piece : expected) {
            int found = text.indexOf(piece, at);
            assertTrue(found >= 0, "'" + piece + "' missing (or out of order) after position " + at + " in:\n" + text);
            at = found + piece.length();
        }
    }

    private interface PageReader {
        String read(PDDocument pdf) throws IOException;
    }

    private static String pdfPage(PageReader reader) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("stimmen.pdf").toFile())) {
            return reader.read(pdf);
        }
    }

    private static String contentsPage(PDDocument pdf) throws IOException {
        return pageText(pdf, pageStartingWith(pdf, "Inhalt")).replaceAll("\\s+", " ");
    }

    private static int pageStartingWith(PDDocument pdf, String heading) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pageText(pdf, page).strip().startsWith(heading)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static String epubText(String entry) throws IOException {
        try (ZipFile epub = new ZipFile(out.resolve("stimmen.epub").toFile());
             InputStream in = epub.getInputStream(epub.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document epubDocument(String entry) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipFile epub = new ZipFile(out.resolve("stimmen.epub").toFile());
             InputStream in = epub.getInputStream(epub.getEntry(entry))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
