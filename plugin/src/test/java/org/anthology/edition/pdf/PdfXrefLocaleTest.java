package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;

/**
 * The cross-reference table is written in ASCII digits whatever the JVM's default locale: in {@code fa-IR} or
 * {@code ar-EG} the formatter's digits are Persian or Arabic-Indic, and the PDF's table would be unreadable.
 */
class PdfXrefLocaleTest {

    private static final Pattern TABLE = Pattern.compile("\nxref\n0 (\\d+)\n((?:.{18,19}\n)+)trailer");
    private static final Pattern ENTRY = Pattern.compile("\\d{10} \\d{5} [nf] ?\r?");

    @Test
    void theInteriorAndTheCoverHaveAsciiTablesInPersianAndArabicLocales() throws IOException {
        for (String tag : List.of("fa-IR", "ar-EG")) {
            Locale before = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(tag));
            try {
                Anthology book = Fixtures.twoChapterBook();
                TableOfContents toc = new TocBuilder(3).build(book);
                PdfEdition interior = new PdfEdition(PdfTheme.defaults());
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                interior.write(book, toc, pdf);
                assertAsciiTable(pdf.toByteArray(), tag + " interior");
                ByteArrayOutputStream cover = new ByteArrayOutputStream();
                new CoverEdition(interior, BookFonts.none(), Optional.empty(), List.of()).write(book, toc, cover);
                assertAsciiTable(cover.toByteArray(), tag + " cover");
                assertEquals(Locale.forLanguageTag(tag), Locale.getDefault(Locale.Category.FORMAT),
                        "the default locale is set back");
            } finally {
                Locale.setDefault(Locale.Category.FORMAT, before);
            }
        }
    }

    private static void assertAsciiTable(byte[] pdf, String what) {
        Matcher table = TABLE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertTrue(table.find(), what + ": no cross-reference table of ASCII entries");
        String[] entries = table.group(2).split("\n");
        assertEquals(Integer.parseInt(table.group(1)), entries.length, what);
        for (String entry : entries) {
            assertTrue(ENTRY.matcher(entry).matches(), what + ": entry '" + entry + "'");
        }
    }
}
