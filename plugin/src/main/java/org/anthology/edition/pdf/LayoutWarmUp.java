package org.anthology.edition.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * Loads, on a thread of its own while the manuscripts are read and normalized, what the PDF's first lines wait for
 * and what does not depend on the book's text: the hyphenation patterns of the book's language, the line-break
 * rules of ICU, the PDF-writing classes of OpenPDF and the body font. A small book spends a good part of its PDF
 * stage loading them one after another otherwise. Nothing loaded here changes a byte: the patterns are shared
 * read-only, the classes and ICU's rules are the same whoever loads them first, and the font is parsed, not tagged.
 */
public final class LayoutWarmUp {

    private LayoutWarmUp() {
    }

    /** Starts loading for a PDF of a book in {@code language} and returns at once. */
    public static void start(String language) {
        run(() -> {
            PatternHyphenation.forLanguage(language);
            BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
            breaks.setText("Warm up the line breaker.");
            breaks.following(0);
            for (Class<?> type : List.of(PdfWriter.class, Document.class, PdfContentByte.class)) {
                load(type);
            }
        });
    }

    /**
     * Starts reading the face of {@code edition}'s body text, which its checks and its first lines set, into the
     * fonts the edition parses once, and returns at once.
     */
    public static void fonts(PdfEdition edition) {
        run(() -> FontFaces.readAhead(edition.bookFonts(), edition.parsedFonts(), edition.theme().bodyFont(),
                BookFonts.Face.REGULAR));
    }

    private static void run(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // The write loads all of this again itself, and reports whatever fails then.
            }
        }, "anthology-pdf-warm-up");
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    private static void load(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new NoClassDefFoundError(type.getName());
        }
    }
}
