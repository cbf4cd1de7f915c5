package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.List;
import org.anthology.edition.PrintersCheck;

/**
 * The printer's check of the interior and the cover: their trim, bleed, page count and spine width as the service
 * computes them, and what the service requires that they do not meet (a page count out of its range, a gutter
 * narrower than its table asks for the page count, margins under its minimum, a picture under 300 dpi).
 */
final class PrinterFigures {

    /** KDP's least margin on the outer, top and bottom edges: a quarter inch, three eighths with bleed. */
    private static final float KDP_EDGE = TrimSize.INCH / 4;
    private static final float KDP_EDGE_BLEED = TrimSize.INCH * 3 / 8;

    private PrinterFigures() {
    }

    /**
     * The check of an interior of {@code pages} pages set with {@code theme}, with {@code coarseImages} naming the
     * pictures that print under 300 dpi.
     */
    static PrintersCheck interior(PdfTheme theme, int pages, List<String> coarseImages) {
        PrintSpec print = theme.print();
        PrintService service = print.service();
        String summary = String.format("PDF interior: trim %s, bleed %s in, %d pages, spine %s in on %s paper (%s)",
                theme.paper().describe(), TrimSize.inches(print.bleed()), pages,
                TrimSize.inches(service.spine(pages, print.paper())), print.paper().name(), service.label());
        List<String> unmet = new ArrayList<>(pageCount(service, pages));
        if (!coarseImages.isEmpty()) {
            unmet.add("pictures of at least 300 dpi (" + String.join(", ", coarseImages) + ")");
        }
        if (service == PrintService.KDP) {
            // An automatic gutter was widened to its table's step for the final page count.
            float inner = print.autoGutter().map(table -> table.marginFor(pages)).orElse(theme.marginInner());
            float kdpGutter = GutterTable.kdp().marginFor(pages);
            if (inner < kdpGutter - 0.01f) {
                unmet.add("an inside margin of " + TrimSize.inches(kdpGutter) + " in for " + pages + " pages (it has "
                        + TrimSize.inches(inner) + " in; margin.inner=auto follows the table)");
            }
            float edge = print.bleed() > 0 ? KDP_EDGE_BLEED : KDP_EDGE;
            float least = Math.min(theme.marginOuter(), Math.min(theme.marginTop(), theme.marginBottom()));
            if (least < edge - 0.01f) {
                unmet.add("outer, top and bottom margins of at least " + TrimSize.inches(edge) + " in (the narrowest is "
                        + TrimSize.inches(least) + " in)");
            }
        }
        return new PrintersCheck(summary, unmet);
    }

    /** The check of a cover laid out as {@code layout}, with {@code problems} found while drawing it. */
    static PrintersCheck cover(PdfTheme theme, CoverLayout layout, boolean spineText, List<String> problems) {
        PrintService service = theme.print().service();
        String summary = String.format("PDF cover: %s x %s in (2 x %s in trim + %s in spine + 2 x %s in bleed) for "
                        + "%d pages on %s paper (%s), spine text %s", TrimSize.inches(layout.media().getWidth()),
                TrimSize.inches(layout.media().getHeight()), TrimSize.inches(layout.trim().width()),
                TrimSize.inches(layout.spine()), TrimSize.inches(layout.bleed()), layout.pages(),
                theme.print().paper().name(), service.label(),
                spineText ? "yes" : "no (" + service.label() + " allows it from " + service.spineTextPages()
                        + " pages)");
        List<String> unmet = new ArrayList<>(pageCount(service, layout.pages()));
        unmet.addAll(problems);
        return new PrintersCheck(summary, unmet);
    }

    private static List<String> pageCount(PrintService service, int pages) {
        if (pages < service.minPages()) {
            return List.of(service.label() + " prints at least " + service.minPages() + " pages (the book has "
                    + pages + ")");
        }
        if (pages > service.maxPages()) {
            return List.of(service.label() + " prints at most " + service.maxPages() + " pages (the book has "
                    + pages + ")");
        }
        return List.of();
    }
}
