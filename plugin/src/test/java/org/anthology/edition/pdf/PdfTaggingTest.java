package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tagged PDF: its structure tree read back with PDFBox, and PDF/UA-1 as veraPDF validates it. */
class PdfTaggingTest {

    private static byte[] longBook;
    private static StructureReadBack structure;

    @BeforeAll
    static void writeBook() throws IOException {
        longBook = PdfBytes.of(LongBook.book(), PdfTheme.defaults());
        structure = StructureReadBack.of(longBook);
    }

    @Test
    void readsTheContentsFirstThenTheChaptersInOrder() {
        List<String> headings = structure.elements().stream().filter(e -> e.type().matches("H[1-6]"))
                .map(e -> e.type() + " " + e.text()).toList();
        assertEquals("H1 Contents", headings.get(0), headings::toString);
        assertEquals(List.of("H1 Contents", "H1 Chapter Number 1", "H2 Section 1.4", "H2 Section 1.8",
                "H1 Chapter Number 2"), headings.subList(0, 5));
        assertEquals(5 + 1, headings.stream().filter(h -> h.startsWith("H1")).count());
    }

    @Test
    void listsEveryChapterAsAnEntryOfTheContents() {
        List<String> entries = structure.elements("TOCI").stream().map(StructureReadBack.Element::text).toList();
        assertTrue(entries.get(0).startsWith("Chapter Number 1"), entries::toString);
        assertEquals(5 + LongBook.book().chapters().stream().mapToLong(c -> c.blocks().stream()
                .filter(b -> b instanceof org.anthology.model.Block.Heading).count()).sum(), entries.size());
    }

    @Test
    void followsTheTextInReadingOrderWithoutRunningHeadsOrPageNumbers() {
        String text = structure.text().replaceAll("\\s+", " ");
        int contents = text.indexOf("Contents");
        int first = text.indexOf("Chapter Number 1", contents + 1 + "Contents".length() + 200);
        assertTrue(contents >= 0 && contents < first, "the contents come before the body");
        // The book's title stands on the title and copyright pages; over left-hand pages it is a running head.
        assertEquals(2, occurrences(text, LongBook.TITLE), text);
        assertTrue(occurrences(structure.artifacts(), LongBook.TITLE) > 5, structure.artifacts());
        assertFalse(text.matches(".*\\b(iii|iv)\\b.*"), "no roman page number in the text");
    }

    @Test
    void marksChaptersAsSectionsOfOneDocumentInItsLanguage() throws IOException {
        assertEquals("Document", structure.elements().get(0).type());
        assertEquals("en", structure.elements().get(0).language());
        assertEquals(1 + 1 + 5, structure.elements("Sect").size(), "title, contents and five chapters");
        try (PDDocument pdf = Loader.loadPDF(longBook)) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            for (PDPage page : pdf.getPages()) {
                assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            }
        }
    }

    @Test
    void identifiesItselfAsPdfUa1BesidePdfA1b() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longBook)) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("pdfaid:part"), xmp);
        }
    }

    @Test
    void isPdfUa1AndPdfA1bAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfUa1Violations(longBook));
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(longBook));
    }

    @Test
    void isPdfA1aAsVeraPdfValidatesIt() throws Exception {
        assertEquals(List.of(), PdfAChecker.pdfA1aViolations(longBook));
    }

    @Test
    void setsNotesAtThePageFootAsNotesAndStaysPdfUa1() throws Exception {
        byte[] pdf = PdfBytes.of(NotesBook.book(), PdfTheme.defaults());
        StructureReadBack notes = StructureReadBack.of(pdf);
        assertTrue(notes.elements("Note").size() >= NotesBook.NOTES, "notes: " + notes.elements("Note").size());
        assertTrue(notes.elements("Note").get(0).text().contains("NOTETEXT1"), notes.elements("Note").get(0)::text);
        assertTrue(notes.elements("Link").size() >= NotesBook.NOTES, "references link to their notes");
        assertEquals(List.of(), PdfAChecker.pdfUa1Violations(pdf));
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    @Test
    void writesNoStructureWhenTheThemeTurnsTaggingOff() throws IOException {
        byte[] pdf = PdfBytes.of(LongBook.book(), PdfBytes.theme("pdf.tagged", "false"));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertNull(read.getDocumentCatalog().getStructureTreeRoot());
            assertNull(read.getDocumentCatalog().getMarkInfo());
            String xmp = new String(read.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "an untagged PDF is PDF/A-1b");
            assertFalse(xmp.contains("pdfuaid"), xmp);
        }
        assertTrue(pdf.length < longBook.length, "an untagged PDF is smaller");
        assertNotNull(StructureReadBack.of(pdf));
    }

    @Test
    void tagsAListAFigureATableLinksAndASecondLanguageAndStaysPdfUa1(@TempDir Path folder) throws Exception {
        Path picture = folder.resolve("chart.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        byte[] pdf = PdfBytes.of(mixedBook(picture), PdfTheme.defaults());
        StructureReadBack mixed = StructureReadBack.of(pdf);

        assertEquals(List.of("a chart of growth"), mixed.elements("Figure").stream()
                .map(StructureReadBack.Element::alternative).toList());
        assertEquals(1, mixed.elements("L").size());
        assertEquals(List.of("first item", "second item"), mixed.elements("LI").stream()
                .map(e -> e.text().replace("\u2022", "").strip()).toList());
        assertEquals(List.of("de"), mixed.elements("Sect").stream().map(StructureReadBack.Element::language)
                .filter(java.util.Objects::nonNull).toList());
        assertTrue(mixed.elements("Link").stream().anyMatch(e -> e.text().equals("there")), "the link's text");
        assertTrue(mixed.text().contains("Cell B2"), "table text is in the tree");
        assertEquals(List.of(), PdfAChecker.pdfUa1Violations(pdf));
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    private static Anthology mixedBook(Path picture) {
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Go "),
                        new Inline.Link("#zweites", List.of(new Inline.Text("there"))), new Inline.Text(".")),
                        Fixtures.at("a.md", 1)),
                new Block.ListBlock(false, 1, List.of(
                        List.of(new Block.Paragraph(List.of(new Inline.Text("first item")), Fixtures.at("a.md", 2))),
                        List.of(new Block.Paragraph(List.of(new Inline.Text("second item")), Fixtures.at("a.md", 3)))),
                        Fixtures.at("a.md", 2)),
                new Block.Paragraph(List.of(new Inline.Image(picture, "image/png", "a chart of growth")),
                        Fixtures.at("a.md", 4)),
                new Block.Table(List.of(
                        new Block.Table.Row(true, List.of(List.of(new Inline.Text("Head A")),
                                List.of(new Inline.Text("Head B")))),
                        new Block.Table.Row(false, List.of(List.of(new Inline.Text("Cell A2")),
                                List.of(new Inline.Text("Cell B2"))))), Fixtures.at("a.md", 5)));
        Chapter english = new Chapter("erstes", "Mixed Matter", Optional.empty(), Optional.empty(), blocks,
                Fixtures.at("a.md", 1));
        Chapter german = new Chapter("zweites", "Deutsches Kapitel", Optional.empty(), Optional.of("de"),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Ein kurzer Absatz auf Deutsch.")),
                        Fixtures.at("b.md", 1))), Fixtures.at("b.md", 1));
        return new Anthology(Fixtures.metadata("Mixed"), List.of(english, german));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
