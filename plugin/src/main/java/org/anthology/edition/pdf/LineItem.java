package org.anthology.edition.pdf;

/**
 * One item of a paragraph as the total-fit line breaker sees it (Knuth and Plass, "Breaking Paragraphs into Lines",
 * 1981): a box of fixed width (a word or a piece of one), glue that may stretch and shrink (a word space), or a
 * penalty, a place where a line may end at a cost, with the width it adds when it does (a hyphen). {@code source}
 * ties a box or glue back to what it was made from; the breaker never looks at it.
 */
record LineItem(Type type, double width, double stretch, double shrink, int penalty, boolean flagged, int source) {

    /** What an item is. */
    enum Type { BOX, GLUE, PENALTY }

    /** A penalty this low forces a line end: the paragraph's end, a hard line break. */
    static final int FORCED = -10_000;
    /** A penalty this high forbids a line end. */
    static final int FORBIDDEN = 10_000;
    /** The stretch of the glue that fills a paragraph's last line, so the line keeps the natural word space. */
    static final double FILL = 100_000;

    LineItem {
        if (width < 0 || stretch < 0 || shrink < 0) {
            throw new IllegalArgumentException("negative item size");
        }
    }

    static LineItem box(double width, int source) {
        return new LineItem(Type.BOX, width, 0, 0, 0, false, source);
    }

    static LineItem glue(double width, double stretch, double shrink, int source) {
        return new LineItem(Type.GLUE, width, stretch, shrink, 0, false, source);
    }

    static LineItem penalty(double width, int penalty, boolean flagged) {
        return new LineItem(Type.PENALTY, width, 0, 0, penalty, flagged, -1);
    }

    /** The glue and forced break that end every paragraph, so its last line is set at the natural word space. */
    static LineItem[] paragraphEnd() {
        return new LineItem[] {penalty(0, FORBIDDEN, false), glue(0, FILL, 0, -1), penalty(0, FORCED, false)};
    }

    boolean isBox() {
        return type == Type.BOX;
    }

    boolean isGlue() {
        return type == Type.GLUE;
    }

    boolean isPenalty() {
        return type == Type.PENALTY;
    }
}
