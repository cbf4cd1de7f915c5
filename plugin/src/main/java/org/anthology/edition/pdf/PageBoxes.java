package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * The printer's geometry of the interior's pages: the media box is the trim plus the bleed (on the outer, top and
 * bottom edges, where the binding leaves the inner edge alone, as print-on-demand services ask), and with crop
 * marks the bleed on all four edges plus a slug that holds the marks, as an offset printer trims each page. Every
 * page then gets a {@code TrimBox} and {@code BleedBox}, and margins that put the text block where the trim says.
 */
final class PageBoxes {

    /** The marks stand clear of the bleed by this much, so a slightly off trim never shows them. */
    private static final float MARK_GAP = 3f;
    private static final float MARK_WIDTH = 0.25f;

    private final PdfTheme theme;
    private final float bleed;
    private final float slug;
    private final boolean marks;
    private boolean currentRecto = true;

    PageBoxes(PdfTheme theme) {
        this.theme = theme;
        this.bleed = theme.print().bleed();
        this.slug = theme.print().slug();
        this.marks = theme.print().cropMarks();
    }

    /** The media box of every page. */
    Rectangle media() {
        TrimSize trim = theme.paper();
        float width = marks ? trim.width() + 2 * (bleed + slug) : trim.width() + bleed;
        return new Rectangle(width, trim.height() + 2 * (bleed + slug));
    }

    /** Sets up the next page, a right-hand page when {@code recto}: its margins and its trim and bleed boxes. */
    void prepare(PdfWriter writer, Document document, boolean recto) {
        currentRecto = recto;
        float left = trimLeft(recto);
        float right = media().getWidth() - left - theme.paper().width();
        float edge = bleed + slug;
        document.setMargins(left + (recto ? theme.marginInner() : theme.marginOuter()),
                right + (recto ? theme.marginOuter() : theme.marginInner()), edge + theme.marginTop(),
                edge + theme.marginBottom());
        if (bleed > 0f || marks) {
            Rectangle trim = trim(recto);
            writer.setBoxSize("trim", trim);
            writer.setBoxSize("bleed", bleedBox(trim));
        }
    }

    /** Draws the crop marks of the page being ended, when the theme asks for them. */
    void finishPage(PdfWriter writer) {
        if (!marks) {
            return;
        }
        Rectangle trim = trim(currentRecto);
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setLineWidth(MARK_WIDTH);
        canvas.setColorStroke(Color.BLACK);
        float near = bleed + MARK_GAP;
        float far = bleed + slug;
        for (float x : new float[] {trim.getLeft(), trim.getRight()}) {
            float out = x == trim.getLeft() ? -1 : 1;
            for (float y : new float[] {trim.getBottom(), trim.getTop()}) {
                float up = y == trim.getBottom() ? -1 : 1;
                canvas.moveTo(x + out * near, y);
                canvas.lineTo(x + out * far, y);
                canvas.moveTo(x, y + up * near);
                canvas.lineTo(x, y + up * far);
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }

    /** Where the trimmed page's left edge lies on the media of a right-hand ({@code recto}) or left-hand page. */
    private float trimLeft(boolean recto) {
        if (marks) {
            return bleed + slug;
        }
        return recto ? 0f : bleed;
    }

    private Rectangle trim(boolean recto) {
        float left = trimLeft(recto);
        float bottom = bleed + slug;
        return new Rectangle(left, bottom, left + theme.paper().width(), bottom + theme.paper().height());
    }

    private Rectangle bleedBox(Rectangle trim) {
        Rectangle media = media();
        return new Rectangle(Math.max(0f, trim.getLeft() - bleed), trim.getBottom() - bleed,
                Math.min(media.getWidth(), trim.getRight() + bleed), trim.getTop() + bleed);
    }
}
