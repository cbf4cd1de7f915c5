package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** Tables set through the line layer, split between rows and read back with PDFBox. */
class PdfTableTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final int ROWS = 150;

    @Test
    void repeatsTheHeaderRowAtTheTopOfEveryPageTheTableRunsOnTo() throws IOException {
        byte[] pdf = PdfBytes.of(book(longTable(-1)), THEME);
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<Integer> pages = pagesWith(read, "cellA\\d+");
            assertTrue(pages.size() >= 3, "the table runs on " + pages);
            for (int page : pages) {
                List<String> lines = read.lines(page).stream().filter(line -> line.y() > THEME.marginTop())
                        .map(PdfReadBack.Line::text).toList();
                int firstRow = lines.indexOf(lines.stream().filter(l -> l.contains("cellA")).findFirst().orElseThrow());
                String above = firstRow > 0 ? lines.get(firstRow - 1) : "";
                assertTrue(above.contains("HEADA") && above.contains("HEADB"), "page " + page + ": " + lines);
                assertTrue(page == pages.get(0) || firstRow == 1, "the header opens page " + page + ": " + lines);
            }
        }
        StructureReadBack tree = StructureReadBack.of(pdf);
        assertEquals(2, tree.elements("TH").size(), "the repeated header is no second header in the tree");
        assertTrue(occurrences(tree.artifacts(), "HEADA") >= 2, "the repeated headers are artifacts");
    }

    @Test
    void keepsEveryWordOfEveryCell() throws IOException {
        List<String> words = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            List<List<Inline>> cells = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 1 + (r * 7 + c * 3) % 13; w++) {
                    String word = "w" + r + "x" + c + "y" + w;
                    words.add(word);
                    text.append(word).append(' ');
                }
                cells.add(List.of(new Inline.Text(text.toString().strip())));
            }
            rows.add(new Block.Table.Row(r == 0, cells));
        }
        Block.Table table = new Block.Table(rows, List.of(Block.Table.Alignment.LEFT, Block.Table.Alignment.CENTRE,
                Block.Table.Alignment.RIGHT), Fixtures.at("a.md", 2));
        Set<String> found = new HashSet<>();
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(table), THEME))) {
            found.addAll(List.of(read.text().split("[^\\p{L}\\p{N}]+")));
        }
        assertEquals(List.of(), words.stream().filter(word -> !found.contains(word)).toList());
    }

    @Test
    void setsARightAlignedColumnFlushRight() throws IOException {
        List<Block.Table.Row> rows = List.of(
                new Block.Table.Row(true, List.of(List.of(new Inline.Text("Name")), List.of(new Inline.Text("Sum")))),
                new Block.Table.Row(false, List.of(List.of(new Inline.Text("short")),
                        List.of(new Inline.Text("9")))),
                new Block.Table.Row(false, List.of(List.of(new Inline.Text("long")),
                        List.of(new Inline.Text("123458")))));
        Block.Table table = new Block.Table(rows, List.of(Block.Table.Alignment.DEFAULT,
                Block.Table.Alignment.RIGHT), Fixtures.at("a.md", 2));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(table), THEME))) {
            int page = pagesWith(read, "123458").get(0);
            List<PdfReadBack.Glyph> glyphs = read.glyphs(page);
            float nine = glyphs.stream().filter(g -> g.text().equals("9")).findFirst().orElseThrow().x();
            float eight = glyphs.stream().filter(g -> g.text().equals("8")).findFirst().orElseThrow().x();
            assertEquals(eight, nine, 1f, "the last figures of 9 and 123458 stand one above the other");
        }
    }

    @Test
    void tagsTheTableAsRowsOfHeaderAndDataCellsInRowOrder() throws IOException {
        byte[] pdf = PdfBytes.of(book(longTable(-1)), THEME);
        List<String> expected = new ArrayList<>(List.of("Table", "TR", "TH HEADA", "TH HEADB"));
        for (int r = 0; r < ROWS; r++) {
            expected.addAll(List.of("TR", "TD cellA" + r, "TD cellB" + r));
        }
        List<String> found = StructureReadBack.of(pdf).elements().stream()
                .filter(e -> Set.of("Table", "TR", "TH", "TD").contains(e.type()))
                .map(e -> e.type().startsWith("T") && e.type().length() == 2 && !e.type().equals("TR")
                        ? e.type() + " " + e.text().strip() : e.type())
                .toList();
        assertEquals(expected, found);
    }

    @Test
    @BookCheck
    void aTaggedTableOverSeveralPagesIsPdfA1aAndAnUntaggedOnePdfA1b() throws Exception {
        Block.Note note = new Block.Note("1", "a-note-1", List.of(new Block.Paragraph(List.of(
                new Inline.Text("NOTEINCELL explains it.")), Fixtures.at("a.md", 9))), Fixtures.at("a.md", 9));
        Anthology book = book(longTable(ROWS / 2), note);
        assertEquals(List.of(), PdfAChecker.pdfA1aViolations(PdfBytes.of(book, THEME)));
        assertEquals(List.of(), PdfAChecker.pdfA1bViolations(PdfBytes.of(book, PdfBytes.theme("pdf.tagged", "false"))));
    }

    @Test
    void setsANoteReferencedFromACellOnThePageOfItsRow() throws IOException {
        int referencing = ROWS / 2;
        Block.Note note = new Block.Note("1", "a-note-1", List.of(new Block.Paragraph(List.of(
                new Inline.Text("NOTEINCELL explains it.")), Fixtures.at("a.md", 9))), Fixtures.at("a.md", 9));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(longTable(referencing), note), THEME))) {
            List<Integer> row = pagesWith(read, "cellA" + referencing + "\\b");
            assertTrue(row.get(0) > pagesWith(read, "cellA0\\b").get(0), "the row is on a later page");
            assertEquals(row, pagesWith(read, "NOTEINCELL"));
        }
    }

    @Test
    void splitsARowTallerThanAPageBetweenLinesAndKeepsEveryWord() throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder tall = new StringBuilder();
        for (int w = 0; w < 1500; w++) {
            words.add("tall" + w);
            tall.append("tall").append(w).append(' ');
        }
        Block.Table table = new Block.Table(List.of(
                new Block.Table.Row(true, List.of(List.of(new Inline.Text("HEADA")), List.of(new Inline.Text("HEADB")))),
                new Block.Table.Row(false, List.of(List.of(new Inline.Text("shortcell")),
                        List.of(new Inline.Text(tall.toString().strip())))),
                new Block.Table.Row(false, List.of(List.of(new Inline.Text("after")),
                        List.of(new Inline.Text("lastrow"))))), Fixtures.at("a.md", 2));
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(table), THEME))) {
            Set<String> found = new HashSet<>(List.of(read.text().split("[^\\p{L}\\p{N}]+")));
            assertEquals(List.of(), words.stream().filter(word -> !found.contains(word)).toList());
            List<Integer> pages = pagesWith(read, "tall\\d+");
            assertTrue(pages.size() >= 2, "the tall row is on " + pages);
            for (int page : pages) {
                // Only the words of the page's own text block: none stands below it.
                String band = read.bandText(page, THEME.marginTop(), read.pageHeight(page) - THEME.marginBottom());
                assertTrue(Pattern.compile("tall\\d+").matcher(band).find(), "page " + page);
            }
            assertEquals(words.size(), pages.stream().mapToInt(page -> tallWordsIn(read, page)).sum(),
                    "every word of the tall cell is inside a page's text block");
        }
    }

    /** A table of {@link #ROWS} rows under a header row; the row {@code noteRow} references note 1. */
    private static Block.Table longTable(int noteRow) {
        List<Block.Table.Row> rows = new ArrayList<>();
        rows.add(new Block.Table.Row(true, List.of(List.of(new Inline.Text("HEADA")),
                List.of(new Inline.Text("HEADB")))));
        for (int r = 0; r < ROWS; r++) {
            List<Inline> second = new ArrayList<>(List.of(new Inline.Text("cellB" + r)));
            if (r == noteRow) {
                second.add(new Inline.NoteReference("1", "a-note-1"));
            }
            rows.add(new Block.Table.Row(false, List.of(List.of(new Inline.Text("cellA" + r)), second)));
        }
        return new Block.Table(rows, Fixtures.at("a.md", 2));
    }

    private static int tallWordsIn(PdfReadBack read, int page) {
        try {
            String band = read.bandText(page, THEME.marginTop(), read.pageHeight(page) - THEME.marginBottom());
            return (int) Pattern.compile("tall\\d+").matcher(band).results().count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Integer> pagesWith(PdfReadBack read, String regex) throws IOException {
        List<Integer> out = new ArrayList<>();
        Pattern pattern = Pattern.compile(regex);
        for (int page = 1; page <= read.pageCount(); page++) {
            if (pattern.matcher(read.pageText(page).replaceAll("\\s+", " ")).find()) {
                out.add(page);
            }
        }
        return out;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Anthology book(Block... blocks) {
        return new Anthology(Fixtures.metadata("Tables"), List.of(new Chapter("a", "Tables", Optional.empty(),
                Optional.empty(), List.of(blocks), Fixtures.at("a.md", 1))));
    }
}
