package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.anthology.model.Anthology;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

@BookCheck
class PdfPrintTest {

    private static final float BLEED = 9f;

    @Test
    void everyPageHasItsTrimAndABleedOnTheOuterTopAndBottomEdges() throws Exception {
        byte[] pdf = PdfBytes.of(LongBook.book(), PdfBytes.theme("page.size", "6x9", "page.bleed", "0.125in"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 10);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                String where = "page " + (i + 1);
                assertBox(page.getMediaBox(), 0, 0, 432 + BLEED, 648 + 2 * BLEED, where + " media");
                // Page 1 is a right-hand page: its inner edge, on the left, is bound and needs no bleed.
                boolean recto = i % 2 == 0;
                float trimLeft = recto ? 0 : BLEED;
                assertBox(page.getTrimBox(), trimLeft, BLEED, trimLeft + 432, BLEED + 648, where + " trim");
                assertBox(page.getBleedBox(), 0, 0, 432 + BLEED, 648 + 2 * BLEED, where + " bleed");
            }
        }
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    @Test
    void textStaysWhereTheTrimPutsItWhateverTheBleed() throws Exception {
        PdfTheme plain = PdfBytes.theme("page.size", "6x9");
        try (PdfReadBack without = PdfReadBack.of(PdfBytes.of(LongBook.book(), plain));
             PdfReadBack with = PdfReadBack.of(PdfBytes.of(LongBook.book(),
                     PdfBytes.theme("page.size", "6x9", "page.bleed", "0.125in")))) {
            assertEquals(without.pageCount(), with.pageCount());
            for (int page = 5; page <= 8; page++) {
                float shift = page % 2 == 1 ? 0f : BLEED;
                assertEquals(without.leftmostText(page) + shift, with.leftmostText(page), 0.01f, "page " + page);
            }
        }
    }

    @Test
    void cropMarksStandInASlugOutsideTheBleedOnAllFourSides() throws Exception {
        byte[] pdf = PdfBytes.of(LongBook.book(),
                PdfBytes.theme("page.size", "6x9", "page.bleed", "0.125in", "page.marks", "true"));
        float edge = BLEED + 18f;
        try (PDDocument document = Loader.loadPDF(pdf); PdfReadBack read = PdfReadBack.of(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                assertBox(page.getMediaBox(), 0, 0, 432 + 2 * edge, 648 + 2 * edge, "page " + (i + 1) + " media");
                assertBox(page.getTrimBox(), edge, edge, edge + 432, edge + 648, "page " + (i + 1) + " trim");
                assertBox(page.getBleedBox(), 18, 18, 432 + edge + BLEED, 648 + edge + BLEED,
                        "page " + (i + 1) + " bleed");
            }
            // Eight marks a page, each a line from clear of the bleed to the media's edge, drawn last.
            for (int page = 1; page <= read.pageCount(); page++) {
                List<Float> ends = points(document.getPage(page - 1), "l");
                List<Float> starts = points(document.getPage(page - 1), "m");
                assertTrue(ends.size() >= 16, "page " + page + ": " + ends);
                List<Float> marks = ends.subList(ends.size() - 16, ends.size());
                List<Float> from = starts.subList(starts.size() - 16, starts.size());
                for (int i = 0; i < 16; i += 2) {
                    float x = marks.get(i);
                    float y = marks.get(i + 1);
                    assertTrue(x == 0 || y == 0 || Math.abs(x - (432 + 2 * edge)) < 0.01f
                            || Math.abs(y - (648 + 2 * edge)) < 0.01f, "a mark ends at the edge: " + x + "," + y);
                    float fromX = from.get(i);
                    float fromY = from.get(i + 1);
                    boolean outsideBleed = fromX <= 18 - 3 + 0.01f || fromY <= 18 - 3 + 0.01f
                            || fromX >= 432 + edge + BLEED + 3 - 0.01f || fromY >= 648 + edge + BLEED + 3 - 0.01f;
                    assertTrue(outsideBleed, "a mark starts clear of the bleed: " + fromX + "," + fromY);
                }
            }
        }
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(pdf));
    }

    @Test
    void theInnerMarginOfAHundredPageBookIsTheTablesFirstStep() throws Exception {
        assertInnerMarginFollowsTheTable(PrintBook.of(46), 24, 150, 27f);
    }

    @Test
    void theInnerMarginOfAnEightHundredPageBookIsTheTablesLastStep() throws Exception {
        assertInnerMarginFollowsTheTable(PrintBook.of(385), 701, 828, 63f);
    }

    @Test
    void thePrintersCheckGivesTheFiguresAndNamesWhatTheServiceWantsMore(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws Exception {
        java.nio.file.Path coarse = folder.resolve("coarse.png");
        java.nio.file.Path fine = folder.resolve("fine.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", coarse.toFile());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2000, 1000,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", fine.toFile());
        Anthology book = PrintBook.of(2);
        var chapter = book.chapters().get(0);
        var pictures = new java.util.ArrayList<>(chapter.blocks());
        for (java.nio.file.Path picture : List.of(coarse, fine)) {
            pictures.add(new org.anthology.model.Block.Paragraph(List.of(new org.anthology.model.Inline.Image(
                    picture, "image/png", picture.getFileName().toString())),
                    new org.anthology.model.SourcePosition("seeds/letter-1.md", pictures.size() + 10)));
        }
        Anthology illustrated = new Anthology(book.metadata(), List.of(new org.anthology.model.Chapter(chapter.id(),
                chapter.title(), chapter.author(), chapter.language(), pictures, chapter.source()),
                book.chapters().get(1)));
        PdfEdition edition = new PdfEdition(PdfBytes.theme("page.size", "6x9", "page.bleed", "0.125in"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        edition.write(illustrated, new org.anthology.toc.TocBuilder(3).build(illustrated), out);
        String line = edition.printersCheck().orElseThrow().line();
        assertTrue(line.startsWith("PDF interior: trim 6 x 9 in, bleed 0.125 in, " + edition.pageCount()
                + " pages, spine " + TrimSize.inches(edition.pageCount() * 0.002252f * 72) + " in on white paper (KDP)"),
                line);
        assertTrue(line.contains("KDP prints at least 24 pages (the book has " + edition.pageCount() + ")"), line);
        // 300 pixels print at their natural 96 dpi (225 points), within the text block of 432 - 54 - 40 = 338 points.
        assertEquals(338f, edition.theme().textWidth(), 0.01f);
        assertTrue(line.contains("pictures of at least 300 dpi (seeds/letter-1.md:11 at 96 dpi)"), line);
        assertTrue(!line.contains("letter-1.md:12"), "the fine picture prints at over 300 dpi: " + line);
    }

    private static void assertInnerMarginFollowsTheTable(Anthology book, int fewest, int most, float margin)
            throws Exception {
        byte[] pdf = PdfBytes.of(book, PdfBytes.theme("page.size", "6x9", "margin.inner", "auto"));
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            int pages = read.pageCount();
            assertTrue(pages >= fewest && pages <= most, pages + " pages");
            assertEquals(GutterTable.kdp().marginFor(pages), margin, 0.001f);
            for (int page : List.of(opener(read, "Letter 1"), opener(read, "Letter " + book.chapters().size()))) {
                assertTrue(page % 2 == 1, "a chapter opens on a right-hand page: " + page);
                // A right-hand page's inner margin is on the left, where its lines start.
                assertEquals(margin, read.leftmostText(page), 0.05f, "page " + page + " of " + pages);
            }
        }
    }

    /** The x and y operands of every use of the path operator {@code operator} on {@code page}, in order. */
    private static List<Float> points(PDPage page, String operator) throws IOException {
        List<Float> out = new java.util.ArrayList<>();
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        List<Float> numbers = new java.util.ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.cos.COSNumber number) {
                numbers.add(number.floatValue());
                continue;
            }
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                    && op.getName().equals(operator) && numbers.size() >= 2) {
                out.addAll(numbers.subList(numbers.size() - 2, numbers.size()));
            }
            numbers.clear();
        }
        return out;
    }

    /** The page whose first line is the chapter title {@code title}. */
    private static int opener(PdfReadBack read, String title) throws IOException {
        for (int page = 1; page <= read.pageCount(); page++) {
            List<PdfReadBack.Line> lines = read.lines(page);
            if (!lines.isEmpty() && lines.get(0).text().strip().equals(title)) {
                return page;
            }
        }
        throw new AssertionError(title + " opens no page");
    }

    private static void assertBox(PDRectangle box, float left, float bottom, float right, float top, String what) {
        String shown = what + ": " + box;
        assertEquals(left, box.getLowerLeftX(), 0.01f, shown);
        assertEquals(bottom, box.getLowerLeftY(), 0.01f, shown);
        assertEquals(right, box.getUpperRightX(), 0.01f, shown);
        assertEquals(top, box.getUpperRightY(), 0.01f, shown);
    }
}
