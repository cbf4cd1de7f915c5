package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anthology.edition.Edition;
import org.anthology.edition.epub.EpubEdition;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.junit.jupiter.api.Test;

/** The order editions are written in: the paginated one first, so the EPUB can follow its pages. */
class EditionOrderTest {

    @Test
    void writesThePdfBeforeTheEpubWhateverOrderTheyAreGiven() {
        List<Edition> editions = List.of(new EpubEdition("p {}"), new PdfEdition(PdfTheme.defaults()));

        assertEquals(List.of(1, 0), EditionWriter.paginatedFirst(editions));
    }

    @Test
    void keepsTheGivenOrderAmongEditionsNotLaidOutInPages() {
        List<Edition> editions = List.of(new EpubEdition("a {}"), new EpubEdition("b {}"));

        assertEquals(List.of(0, 1), EditionWriter.paginatedFirst(editions));
    }
}
