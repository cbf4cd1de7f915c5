package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** Running heads and feet set from the theme's {@code header.*} and {@code footer.*} keys, read back with PDFBox. */
@BookCheck
class PdfRunningTextTest {

    private static final Anthology BOOK = LongBook.book();
    private static final PdfTheme DEFAULTS = PdfTheme.defaults();

    @Test
    void fillsHeadsAndFeetFromTheThemesTexts() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(theme("header.verso", "${author}",
                "header.recto", "${chapter}, page ${page}", "footer.verso", "", "footer.recto", "${book}")))) {
            List<Integer> openers = PdfTypesettingTest.openers(read);
            int checked = 0;
            for (int page = openers.get(0); page <= read.pageCount(); page++) {
                if (openers.contains(page) || read.pageText(page).isBlank()) {
                    continue;
                }
                Chapter chapter = PdfTypesettingTest.chapterOn(page, openers);
                boolean recto = page % 2 == 1;
                assertEquals(recto ? chapter.title() + ", page " + read.pageLabel(page) : chapter.author().get(),
                        head(read, page), "head of page " + page);
                assertEquals(recto ? LongBook.TITLE : "", foot(read, page), "foot of page " + page);
                checked++;
            }
            assertTrue(checked > 10, "only " + checked + " pages checked");
            for (int opener : openers) {
                assertEquals("", head(read, opener), "head of opener " + opener);
                assertEquals(LongBook.TITLE, foot(read, opener), "foot of opener " + opener);
            }
        }
    }

    @Test
    void outsideSetsHeadsAndFeetAgainstTheOuterEdge() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(theme("header.align", "outside", "footer.align", "outside")))) {
            int opener = PdfTypesettingTest.openers(read).get(1);
            float width = DEFAULTS.paper().width();
            for (int page : List.of(opener + 1, opener + 2)) {
                boolean recto = page % 2 == 1;
                for (float[] extent : List.of(headExtent(read, page), footExtent(read, page))) {
                    if (recto) {
                        assertEquals(width - DEFAULTS.marginOuter(), extent[1], 1f, "right end on page " + page);
                    } else {
                        assertEquals(DEFAULTS.marginOuter(), extent[0], 1f, "left end on page " + page);
                    }
                }
            }
        }
    }

    @Test
    void centersHeadsAndFeetOnTheTextBlockByDefault() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(DEFAULTS))) {
            int opener = PdfTypesettingTest.openers(read).get(1);
            float width = DEFAULTS.paper().width();
            for (int page : List.of(opener + 1, opener + 2)) {
                boolean recto = page % 2 == 1;
                float left = recto ? DEFAULTS.marginInner() : DEFAULTS.marginOuter();
                float middle = (left + width - (recto ? DEFAULTS.marginOuter() : DEFAULTS.marginInner())) / 2;
                for (float[] extent : List.of(headExtent(read, page), footExtent(read, page))) {
                    assertEquals(middle, (extent[0] + extent[1]) / 2, 1f, "middle on page " + page);
                }
            }
        }
    }

    @Test
    void emptyTextsLeaveHeadsAndFeetBare() throws IOException {
        try (PdfReadBack read = PdfReadBack.of(write(theme("header.verso", "", "header.recto", "",
                "footer.verso", "", "footer.recto", "")))) {
            for (int page = 1; page <= read.pageCount(); page++) {
                assertEquals("", head(read, page) + foot(read, page), "page " + page);
            }
        }
    }

    private static PdfTheme theme(String... keysAndValues) {
        return PdfBytes.theme(keysAndValues);
    }


    private static String head(PdfReadBack read, int page) throws IOException {
        return read.bandText(page, 0, DEFAULTS.marginTop());
    }

    private static String foot(PdfReadBack read, int page) throws IOException {
        return read.bandText(page, read.pageHeight(page) - DEFAULTS.marginBottom(), read.pageHeight(page));
    }

    private static float[] headExtent(PdfReadBack read, int page) throws IOException {
        return read.bandExtent(page, 0, DEFAULTS.marginTop());
    }

    private static float[] footExtent(PdfReadBack read, int page) throws IOException {
        return read.bandExtent(page, read.pageHeight(page) - DEFAULTS.marginBottom(), read.pageHeight(page));
    }

    private static byte[] write(PdfTheme theme) throws IOException {
        return PdfBytes.of(BOOK, theme);
    }
}
