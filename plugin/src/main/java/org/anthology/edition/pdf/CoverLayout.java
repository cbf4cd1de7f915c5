package org.anthology.edition.pdf;

import com.lowagie.text.Rectangle;

/**
 * The geometry of a paperback's cover, laid flat: back, spine and front side by side at the interior's trim, the
 * spine as wide as the service's formula makes it for the interior's page count and paper, and the bleed around
 * the whole. Lengths are in points, from the lower left corner of the media.
 *
 * @param trim   the interior's trim size, the size of each of the back and front
 * @param bleed  the bleed around the cover's outer edges
 * @param spine  the spine's width
 * @param pages  the interior's page count the spine was computed from
 */
public record CoverLayout(TrimSize trim, float bleed, float spine, int pages) {

    /** The smallest bleed a cover is set with, whatever the interior's: every service asks for 0.125 in. */
    static final float COVER_BLEED = TrimSize.INCH / 8;

    /** The cover of an interior of {@code pages} pages set with {@code theme}. */
    public static CoverLayout of(PdfTheme theme, int pages) {
        PrintSpec print = theme.print();
        return new CoverLayout(theme.paper(), Math.max(print.bleed(), COVER_BLEED),
                print.service().spine(pages, print.paper()), pages);
    }

    /** The whole sheet: 2 × trim width + spine + 2 × bleed wide, trim height + 2 × bleed high. */
    public Rectangle media() {
        return new Rectangle(2 * trim.width() + spine + 2 * bleed, trim.height() + 2 * bleed);
    }

    /** The cover as trimmed: the media less the bleed. */
    public Rectangle trimBox() {
        Rectangle media = media();
        return new Rectangle(bleed, bleed, media.getWidth() - bleed, media.getHeight() - bleed);
    }

    /** The back, at the left of the sheet, as trimmed. */
    public Rectangle back() {
        return new Rectangle(bleed, bleed, bleed + trim.width(), bleed + trim.height());
    }

    /** The spine, between back and front. */
    public Rectangle spineBox() {
        float left = bleed + trim.width();
        return new Rectangle(left, bleed, left + spine, bleed + trim.height());
    }

    /** The front, at the right of the sheet, as trimmed. */
    public Rectangle front() {
        float left = bleed + trim.width() + spine;
        return new Rectangle(left, bleed, left + trim.width(), bleed + trim.height());
    }

    /** The front with its bleed on the top, right and bottom edges: where front artwork must reach. */
    public Rectangle frontWithBleed() {
        Rectangle front = front();
        return new Rectangle(front.getLeft(), 0f, front.getRight() + bleed, front.getTop() + bleed);
    }
}
