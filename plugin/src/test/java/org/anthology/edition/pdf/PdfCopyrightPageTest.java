package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.model.Metadata;
import org.junit.jupiter.api.Test;

/** The copyright page on the back of the title page, and the front matter around it, read back with PDFBox. */
class PdfCopyrightPageTest {

    private static final PdfTheme THEME = PdfTheme.defaults();

    @Test
    void backOfTheTitlePageListsTheBooksMetadata() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(Fixtures.twoChapterBook()))) {
            assertEquals(List.of("A Test Book", "A test anthology", "Edited by Ada Editor", "A book used in tests.",
                    "Published by Test Press", "CC BY 4.0", "Language: English",
                    "Identifier: urn:uuid:6f1c2a4e-3b1d-5e2f-8a9b-0c1d2e3f4a5b", "Made with Anthology"),
                    lines(read, 2));
        }
    }

    @Test
    void leavesOutWhatTheMetadataLacks() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(LongBook.book()))) {
            assertEquals(List.of(LongBook.TITLE, "Edited by Ed Itor", "Language: English",
                    "Identifier: urn:uuid:0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", "Made with Anthology"),
                    lines(read, 2));
        }
    }

    @Test
    void namesSeveralEditorsInWordsAndTheLanguageByName() throws IOException {
        Anthology fixture = Fixtures.twoChapterBook();
        Metadata m = fixture.metadata();
        Metadata metadata = new Metadata(m.title(), Optional.empty(), List.of("Ada", "Ben", "Chen"), "fr-CA",
                m.identifier(), m.modified(), Optional.empty(), Optional.empty(), Optional.empty());
        try (PdfReadBack read = PdfReadBack.of(write(new Anthology(metadata, fixture.chapters())))) {
            List<String> lines = lines(read, 2);
            // A French book says it in French, with the no-break space French sets before a colon.
            assertTrue(lines.contains("Sous la direction de Ada, Ben et Chen"), lines::toString);
            assertTrue(lines.contains("Langue\u00A0: français (Canada)"), lines::toString);
        }
    }

    @Test
    void setsTheLinesSmallAtTheFootOfALeftHandPageWithoutANumber() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(LongBook.book()))) {
            float height = read.pageHeight(2);
            float textFoot = height - THEME.marginBottom();
            assertEquals("", read.bandText(2, 0, height / 2), "text in the upper half of the page");
            assertEquals("Made with Anthology", read.bandText(2, textFoot - THEME.footerSize() * 1.5f, textFoot));
            assertEquals("", read.bandText(2, textFoot, height), "page number on the copyright page");
            assertEquals(THEME.marginOuter(), read.leftmostText(2), 1f, "left margin of a left-hand page");
            assertEquals(THEME.footerSize(), read.fontSizeOf(2, "Made with Anthology"), 0.01f);
        }
    }

    @Test
    void contentsStartOnTheRightHandPageAfterItNumberedIii() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(LongBook.book()))) {
            assertTrue(read.pageText(3).startsWith("Contents"), read.pageText(3));
            assertEquals(List.of("i", "ii", "iii"), List.of(read.pageLabel(1), read.pageLabel(2), read.pageLabel(3)));
            float height = read.pageHeight(3);
            assertEquals("iii", read.bandText(3, height - THEME.marginBottom(), height), "printed number");
            assertEquals(THEME.marginInner(), read.leftmostText(3), 1f, "left margin of a right-hand page");
            int firstBodyPage = PdfTypesettingTest.openers(read).get(0);
            assertEquals("1", read.pageLabel(firstBodyPage));
            assertEquals(1, firstBodyPage % 2, "chapter 1 opens on a right-hand page");
        }
    }

    private static List<String> lines(PdfReadBack read, int page) throws IOException {
        return read.bandText(page, 0, read.pageHeight(page)).lines().map(String::strip).toList();
    }

    private static byte[] write(Anthology book) throws IOException {
        return PdfBytes.of(book, THEME);
    }
}
