package org.anthology.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.edition.pdf.CoverArt;
import org.anthology.edition.pdf.CoverEdition;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;

/**
 * Puts the print cover right behind each PDF edition that will be written, unless its theme turns covers off: the
 * cover reads that very edition's page count (and takes its fonts, fallbacks included), so it is added only once
 * the checks have settled which PDF edition is written, and a PDF that is not written brings no cover.
 */
final class PrintCovers {

    private PrintCovers() {
    }

    /** {@code writable} with a cover after each PDF edition, each cover's own check reported to {@code diagnostics}. */
    static List<Edition> add(List<Edition> writable, Optional<CoverArt> art, List<String> subjects, Anthology book,
                             Diagnostics diagnostics) {
        List<Edition> out = new ArrayList<>();
        for (Edition edition : writable) {
            out.add(edition);
            if (edition instanceof PdfEdition pdf && pdf.theme().print().cover()) {
                CoverEdition cover = new CoverEdition(pdf, pdf.bookFonts(), art, subjects);
                cover.check(book, diagnostics);
                out.add(cover);
            }
        }
        return out;
    }
}
