package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.anthology.edition.PageStarts;

/**
 * Records, as each body page starts, the printed number of the page and the block the layout is setting: the
 * {@link PageStarts} an edition that follows the pagination takes. The layout moves the cursor to each top-level
 * block before setting it, and to a chapter's or part's opening before the page that opens it is started, so a page
 * begun inside a block names that block and a page begun between chapters names the opening that follows.
 */
final class PageStartLog extends PdfPageEventHelper {

    private final RunningPages pages;
    private final List<PageStarts.Start> starts = new ArrayList<>();
    private String documentId = "";
    private OptionalInt block = OptionalInt.empty();

    /** A log of the body pages that {@code pages} numbers; register it after {@code pages}. */
    PageStartLog(RunningPages pages) {
        this.pages = pages;
    }

    /** The next page to start begins at the opening of the chapter or part {@code id}, before its title. */
    void opening(String id) {
        documentId = id;
        block = OptionalInt.empty();
    }

    /** The layout is setting the top-level block {@code index} of the current chapter or part. */
    void block(int index) {
        block = OptionalInt.of(index);
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        pages.bodyNumber(writer.getPageNumber())
                .ifPresent(label -> starts.add(new PageStarts.Start(label, documentId, block)));
    }

    /** The body pages started so far, of the edition known as {@code source}. */
    PageStarts starts(String source) {
        return new PageStarts(source, starts);
    }
}
