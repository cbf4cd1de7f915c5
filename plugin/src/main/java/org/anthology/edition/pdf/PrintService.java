package org.anthology.edition.pdf;

/**
 * A print-on-demand service's rules for a paperback: the page counts it prints, from how many pages the spine may
 * carry text, and how it computes the spine's width from the page count and the paper.
 */
public enum PrintService {
    /** Amazon KDP: 24 to 828 pages, spine text from 80 pages, spine = pages × the paper's thickness. */
    KDP("KDP", 24, 828, 80),
    /** IngramSpark: 18 to 1,200 pages, spine text from 48 pages, spine = pages × the paper's thickness. */
    INGRAMSPARK("IngramSpark", 18, 1200, 48),
    /** Lulu: 32 to 800 pages, spine text from 80 pages, spine = pages / 444 + 0.06 in whatever the paper. */
    LULU("Lulu", 32, 800, 80);

    private final String label;
    private final int minPages;
    private final int maxPages;
    private final int spineTextPages;

    PrintService(String label, int minPages, int maxPages, int spineTextPages) {
        this.label = label;
        this.minPages = minPages;
        this.maxPages = maxPages;
        this.spineTextPages = spineTextPages;
    }

    /** The name the service goes by. */
    public String label() {
        return label;
    }

    /** The fewest pages the service prints. */
    public int minPages() {
        return minPages;
    }

    /** The most pages the service prints. */
    public int maxPages() {
        return maxPages;
    }

    /** The fewest pages from which the service lets the spine carry text. */
    public int spineTextPages() {
        return spineTextPages;
    }

    /** The spine's width, in points, of a book of {@code pages} pages printed on {@code stock}. */
    public float spine(int pages, PaperStock stock) {
        if (this == LULU) {
            return (pages / 444f + 0.06f) * TrimSize.INCH;
        }
        return (float) (pages * stock.inchesPerPage() * TrimSize.INCH);
    }
}
