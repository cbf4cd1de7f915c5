package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;
import org.anthology.toc.TocEntry;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfEditionTest {

    private static final Anthology BOOK = Fixtures.twoChapterBook();
    private static final TableOfContents TOC = new TocBuilder(3).build(BOOK);
    private static final FontSet FONTS = new FontSet(PdfTheme.defaults());

    private static byte[] pdf;

    @BeforeAll
    static void writeBook() throws IOException {
        pdf = write();
    }

    @Test
    void contentsPageListsEveryChapterTitle() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String contents = read.pageText(3);
            for (Chapter chapter : BOOK.chapters()) {
                assertTrue(contents.contains(shown(chapter.title())), () -> chapter.title() + " in " + contents);
            }
        }
    }

    @Test
    void outlineHasOneItemPerTocEntryWithItsTitle() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<String> expected = TOC.flatten().stream().map(TocEntry::title).toList();
            assertEquals(expected, read.outlineTitles());
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            assertEquals(List.of(), read.unembeddedFonts());
        }
    }

    @Test
    void contentsPageNumbersAreWhereTheChaptersStart() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String contents = read.pageText(3);
            for (Chapter chapter : BOOK.chapters()) {
                String title = shown(chapter.title());
                Matcher line = Pattern.compile(Pattern.quote(title) + "\\s*(\\d+)").matcher(contents);
                assertTrue(line.find(), () -> "no page number for " + title + " in " + contents);
                assertEquals(line.group(1), read.pageLabel(firstBodyPageWith(read, title)), title);
            }
        }
    }

    @Test
    void sectionsAreListedUnderTheirChapter() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String contents = read.pageText(3);
            int chapter = contents.indexOf("The First Wave");
            int section = contents.indexOf("Early Days");
            int subsection = contents.indexOf("A Subsection");
            assertTrue(chapter >= 0 && chapter < section && section < subsection, contents);
        }
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        assertArrayEquals(pdf, write());
    }

    @Test
    void keepsTypographicPunctuationAndNonLatinScripts() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            String text = read.text();
            for (String expected : List.of("“curly quotes”", "—", "Ελληνικά", "Русский", "x < y && z")) {
                assertTrue(text.contains(expected), () -> expected + " missing from " + text);
            }
        }
    }

    @Test
    void fillsDocumentInformationFromMetadata() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            PDDocumentInformation info = read.document().getDocumentInformation();
            assertEquals("A Test Book", info.getTitle());
            assertEquals("Ada Editor", info.getAuthor());
            assertEquals("A test anthology", info.getSubject());
            assertEquals(BOOK.metadata().modified(), info.getCreationDate().toInstant());
            assertEquals(BOOK.metadata().modified(), info.getModificationDate().toInstant());
            assertEquals("en", read.document().getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void listsTheSubjectsThenTheChapterAuthorsAsKeywords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(PdfTheme.defaults(), BookFonts.none(), List.of("Networks", "History")).write(BOOK, TOC, out);
        try (PdfReadBack read = PdfReadBack.of(out.toByteArray())) {
            assertEquals("Networks, History, Li Wei", read.document().getDocumentInformation().getKeywords());
        }
    }

    @Test
    void declaresPdfA1aWithAnSrgbOutputIntentAndXmpFromTheMetadata() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            var catalog = read.document().getDocumentCatalog();
            assertEquals(1, catalog.getOutputIntents().size());
            assertEquals("sRGB IEC61966-2.1", catalog.getOutputIntents().get(0).getOutputConditionIdentifier());
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            for (String expected : List.of("<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "A Test Book", "Ada Editor", "Li Wei", "<rdf:li>en</rdf:li>", "2026-11-01T00:00:00")) {
                assertTrue(xmp.contains(expected), () -> expected + " missing from " + xmp);
            }
            assertEquals("Li Wei", read.document().getDocumentInformation().getKeywords());
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                fail("the edition closed the caller's stream");
            }
        };
        new PdfEdition(PdfTheme.defaults()).write(BOOK, TOC, out);
        assertTrue(out.size() > 0);
    }

    /** The title as the PDF can show it: characters no configured font covers are left out. */
    private static String shown(String title) {
        StringBuilder out = new StringBuilder();
        title.codePoints().filter(c -> FONTS.uncoveredCodePoints(Character.toString(c)).isEmpty())
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static int firstBodyPageWith(PdfReadBack read, String title) throws IOException {
        boolean inBody = false;
        for (int page = 1; page <= read.pageCount(); page++) {
            inBody |= read.pageLabel(page).equals("1");
            if (inBody && read.pageText(page).contains(title)) {
                return page;
            }
        }
        throw new AssertionError(title + " appears on no body page");
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(PdfTheme.defaults()).write(BOOK, TOC, out);
        return out.toByteArray();
    }
}
