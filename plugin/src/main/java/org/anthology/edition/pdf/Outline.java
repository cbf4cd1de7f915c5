package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import java.util.List;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocEntry;

/**
 * Writes the PDF outline (the reader's bookmarks panel) from the shared table of contents: one item per entry,
 * nested as the entries are, each jumping to the chapter's or heading's named destination.
 */
final class Outline {

    private Outline() {
    }

    /** Adds an item under {@code root} for every entry of {@code toc}, depth first. */
    static void write(PdfOutline root, TableOfContents toc) {
        add(root, toc.entries());
    }

    private static void add(PdfOutline parent, List<TocEntry> entries) {
        for (TocEntry entry : entries) {
            PdfAction jump = PdfAction.gotoLocalPage(entry.anchor(), false);
            PdfOutline item = new PdfOutline(parent, jump, entry.title(), entry.isChapter());
            add(item, entry.children());
        }
    }
}
