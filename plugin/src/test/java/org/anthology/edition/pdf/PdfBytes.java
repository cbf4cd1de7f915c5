package org.anthology.edition.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.anthology.model.Anthology;
import org.anthology.toc.TocBuilder;

/** Writes test books as PDF editions, and themes from a few keys, for the PDF tests. */
final class PdfBytes {

    private PdfBytes() {
    }

    /** The PDF edition of {@code book} in the look of {@code theme}, with a contents of three levels. */
    static byte[] of(Anthology book, PdfTheme theme) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfEdition(theme).write(book, new TocBuilder(3).build(book), out);
        return out.toByteArray();
    }

    /** The theme that the given theme keys and values set, the rest at their defaults. */
    static PdfTheme theme(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return PdfTheme.load(properties);
    }
}
