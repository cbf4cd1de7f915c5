package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import java.util.Locale;

/**
 * Closes an OpenPDF document so that its cross-reference table is written in ASCII digits. OpenPDF writes each
 * entry of that table with {@link String#format} in the JVM's default format locale, whose digits are
 * Arabic-Indic in {@code ar-EG} and Persian in {@code fa-IR}: cut to bytes, they make the table unreadable, and the
 * PDF of a build on such a machine would be broken. The default is {@link Locale#US} while the document closes and
 * is set back after; US is also the one locale for which {@link java.util.Formatter} builds no
 * {@link java.text.DecimalFormatSymbols} per entry, a tenth of a second on a book of 100,000 objects. Documents
 * close one at a time, so that two closing at once cannot leave the default changed.
 */
final class AsciiXref {

    private AsciiXref() {
    }

    /** Closes {@code document} with {@link Locale#US} as the default format locale. */
    static void close(Document document) {
        synchronized (AsciiXref.class) {
            Locale before = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            try {
                document.close();
            } finally {
                Locale.setDefault(Locale.Category.FORMAT, before);
            }
        }
    }
}
