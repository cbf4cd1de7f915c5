package org.anthology.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anthology.edition.epub.EpubEdition;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.ModelPrinter;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of both editions, written from a model fixture so that a reader bug fails no writer test: the EPUB's
 * package document, nav, NCX and chapters, and the PDF's extracted text and outline, compared with
 * {@code golden/editions/<case>/expected/}. Run with {@code -Dgolden.update=true} to rewrite them, then read the
 * diff before committing.
 */
class EditionGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/editions/two-chapters/expected");
    private static final String CSS = "p { text-indent: 1.5em; }\n";
    private static final List<String> EPUB_FILES =
            List.of("OEBPS/content.opf", "OEBPS/book.nav.xhtml", "OEBPS/toc.ncx", "OEBPS/ch01.xhtml",
                    "OEBPS/ch02.xhtml");

    private static final Anthology BOOK = book();
    private static final TableOfContents TOC = new TocBuilder(3).build(BOOK);

    static Stream<String> files() {
        return Stream.concat(Stream.of("model.txt", "pdf-text.txt", "pdf-outline.txt"),
                EPUB_FILES.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void matchesTheGoldenFile(String name) throws IOException {
        String actual = rendered().get(name);
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }

    private static Map<String, String> rendered;

    private static synchronized Map<String, String> rendered() throws IOException {
        if (rendered == null) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("model.txt", ModelPrinter.print(BOOK));
            out.putAll(epubFiles());
            out.putAll(pdfFiles());
            rendered = out;
        }
        return rendered;
    }

    /** The two-chapter fixture with a note and struck-through text added to its second chapter. */
    private static Anthology book() {
        Anthology base = Fixtures.twoChapterBook();
        Chapter second = base.chapters().get(1);
        List<Block> blocks = new ArrayList<>(second.blocks());
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("A draft "),
                new Inline.Strikeout(List.of(new Inline.Text("with a mistake"))), new Inline.Text(" and a note"),
                new Inline.NoteReference("1", "ch02-note-1"), new Inline.Text(".")), Fixtures.at("seeds/02.md", 15)));
        blocks.add(new Block.Note("1", "ch02-note-1", List.of(new Block.Paragraph(
                List.of(new Inline.Text("The note’s text.")), Fixtures.at("seeds/02.md", 17))),
                Fixtures.at("seeds/02.md", 17)));
        return base.withChapters(List.of(base.chapters().get(0), second.withBlocks(blocks)));
    }

    private static Map<String, String> epubFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EpubEdition(CSS).write(BOOK, TOC, bytes);
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (EPUB_FILES.contains(entry.getName())) {
                    String name = entry.getName();
                    out.put(name.substring(name.lastIndexOf('/') + 1),
                            new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static Map<String, String> pdfFiles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfEdition(PdfTheme.defaults()).write(BOOK, TOC, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append("--- page ").append(page).append('\n').append(stripper.getText(pdf));
            }
            StringBuilder outline = new StringBuilder();
            outline(pdf, pdf.getDocumentCatalog().getDocumentOutline(), 0, outline);
            return Map.of("pdf-text.txt", text.toString(), "pdf-outline.txt", outline.toString());
        }
    }

    /** One line per outline item: indented by depth, its title, and the page it opens. */
    private static void outline(PDDocument pdf, PDOutlineNode node, int depth, StringBuilder out) throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            int page = Optional.ofNullable(item.findDestinationPage(pdf)).map(p -> pdf.getPages().indexOf(p) + 1)
                    .orElse(0);
            out.append("  ".repeat(depth)).append(item.getTitle()).append(" -> page ").append(page).append('\n');
            outline(pdf, item, depth + 1, out);
        }
    }
}
