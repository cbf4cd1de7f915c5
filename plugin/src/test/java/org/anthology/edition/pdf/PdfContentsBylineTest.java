package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;

/** The contents page names each chapter's authors under its title unless the theme turns it off. */
class PdfContentsBylineTest {

    @Test
    void namesTheAuthorsUnderTheirChaptersTitleByDefault() throws IOException {
        String contents = contentsPage(PdfTheme.load(new Properties()));
        assertTrue(contents.contains("The First Wave 1\nLi Wei\n"), contents);
    }

    @Test
    void themeKeyLeavesTheAuthorsOut() throws IOException {
        Properties off = new Properties();
        off.setProperty("contents.authors", "false");
        String contents = contentsPage(PdfTheme.load(off));
        assertTrue(contents.contains("The First Wave 1"), contents);
        assertFalse(contents.contains("Li Wei"), contents);
    }

    private static String contentsPage(PdfTheme theme) throws IOException {
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(Fixtures.twoChapterBook(), theme))) {
            String page = read.pageText(3);
            assertTrue(page.startsWith("Contents"), page);
            return page;
        }
    }
}
