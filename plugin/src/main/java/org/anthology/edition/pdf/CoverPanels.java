package org.anthology.edition.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode;
import com.lowagie.text.pdf.BarcodeEAN;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.anthology.model.Metadata;

/**
 * Draws the three panels of a print cover on its sheet: the front (the book's picture, or the title, subtitle and
 * editors set in the theme's fonts), the spine (title and editors, read from top to bottom) and the back (the
 * description, and the ISBN's EAN-13 barcode in a white box at the foot, by the spine, where printers expect it).
 * Type keeps a quarter inch inside the trim, clear of the printer's cutting tolerance.
 */
final class CoverPanels {

    static final Color BACKGROUND = new Color(0x1F, 0x3A, 0x4D);
    static final Color INK = Color.WHITE;
    private static final float SAFE = TrimSize.INCH / 4;
    /** The space KDP asks to keep between spine text and each fold. */
    private static final float SPINE_CLEARANCE = TrimSize.INCH / 16;

    private final PdfTheme theme;
    private final FontSet fonts;
    private final CoverLayout layout;
    private final PdfContentByte canvas;

    CoverPanels(PdfTheme theme, FontSet fonts, CoverLayout layout, PdfContentByte canvas) {
        this.theme = theme;
        this.fonts = fonts;
        this.layout = layout;
        this.canvas = canvas;
    }

    /** The whole sheet in the cover's colour, bleed included. */
    void background() {
        Rectangle media = layout.media();
        canvas.saveState();
        canvas.setColorFill(BACKGROUND);
        canvas.rectangle(0, 0, media.getWidth(), media.getHeight());
        canvas.fill();
        canvas.restoreState();
    }

    /** The book's picture over the front and its bleed, scaled to cover it and centred. */
    void frontPicture(BufferedImage pixels) throws IOException {
        Rectangle area = layout.frontWithBleed();
        float scale = Math.max(area.getWidth() / pixels.getWidth(), area.getHeight() / pixels.getHeight());
        float width = pixels.getWidth() * scale;
        float height = pixels.getHeight() * scale;
        Image image = Image.getInstance(pixels, null);
        image.scaleAbsolute(width, height);
        image.setAbsolutePosition(area.getLeft() + (area.getWidth() - width) / 2,
                area.getBottom() + (area.getHeight() - height) / 2);
        canvas.saveState();
        canvas.rectangle(area.getLeft(), area.getBottom(), area.getWidth(), area.getHeight());
        canvas.clip();
        canvas.newPath();
        canvas.addImage(image);
        canvas.restoreState();
    }

    /** The title, subtitle and editors, centred on the front from a quarter of the way down; false if cut short. */
    boolean frontText(Metadata metadata) {
        Rectangle front = layout.front();
        float titleSize = Math.min(theme.headingSize() * 2, front.getWidth() / 10);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(front.getLeft() + SAFE * 2, front.getBottom() + SAFE,
                front.getRight() - SAFE * 2, front.getTop() - front.getHeight() / 4);
        column.addElement(centred(metadata.title(), FontSet.Role.HEADING, true, false, titleSize, 0f));
        metadata.subtitle().ifPresent(subtitle -> column.addElement(
                centred(subtitle, FontSet.Role.HEADING, false, false, titleSize * 0.5f, titleSize * 0.4f)));
        boolean first = true;
        for (String editor : metadata.creators()) {
            column.addElement(centred(editor, FontSet.Role.BODY, false, true, titleSize * 0.45f,
                    first ? titleSize * 1.5f : 0f));
            first = false;
        }
        return go(column);
    }

    /**
     * The title and editors along the spine, in a size that keeps clear of both folds; the editors are left out
     * when both do not fit the spine's length, and the title is made smaller when it alone does not.
     */
    void spine(Metadata metadata) {
        Rectangle spine = layout.spineBox();
        // Capitals and descenders take about nine tenths of the type size across the spine.
        float size = Math.min(theme.headingSize() * 0.8f, (spine.getWidth() - 2 * SPINE_CLEARANCE) / 0.9f);
        float room = spine.getHeight() - 2 * SAFE;
        String editors = String.join(", ", metadata.creators());
        Phrase phrase = spinePhrase(editors.isEmpty() ? metadata.title() : metadata.title() + "   " + editors, size);
        if (ColumnText.getWidth(phrase) > room) {
            phrase = spinePhrase(metadata.title(), size);
        }
        float width = ColumnText.getWidth(phrase);
        if (width > room) {
            size *= room / width;
            phrase = spinePhrase(metadata.title(), size);
        }
        // Read from top to bottom, as on English-language spines: the baseline runs down the spine's middle.
        float x = (spine.getLeft() + spine.getRight()) / 2 + size * 0.35f;
        float y = (spine.getBottom() + spine.getTop()) / 2;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase, x, y, 270f);
    }

    private Phrase spinePhrase(String text, float size) {
        Phrase phrase = fonts.phrase(size);
        phrase.addAll(FontSet.inColour(fonts.chunks(text, FontSet.Role.HEADING, true, false, size), INK));
        return phrase;
    }

    /** The description on the back, set like the body of the book, above the barcode; false if cut short. */
    boolean back(Metadata metadata) {
        Rectangle back = layout.back();
        return metadata.description().map(description -> {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(back.getLeft() + SAFE * 2, back.getBottom() + TrimSize.INCH * 2,
                    back.getRight() - SAFE * 2, back.getTop() - SAFE * 3);
            Paragraph text = fonts.paragraph(theme.bodyLeading() * 1.2f);
            text.addAll(FontSet.inColour(fonts.chunks(description, FontSet.Role.BODY, false, false,
                    theme.bodySize() * 1.15f), INK));
            text.setAlignment(Element.ALIGN_LEFT);
            column.addElement(text);
            return go(column);
        }).orElse(true);
    }

    /** The EAN-13 barcode of {@code isbn}, with the ISBN above it, in a white box at the foot of the back. */
    void barcode(Isbn isbn) {
        BarcodeEAN ean = new BarcodeEAN();
        ean.setCodeType(Barcode.EAN13);
        ean.setCode(isbn.digits());
        // The human-readable digits in an embedded face, as PDF/A asks of every font.
        ean.setFont(fonts.font(FontSet.Role.BODY, false, false, 9f).getBaseFont());
        ean.setSize(9f);
        ean.setBaseline(9f);
        PdfTemplate code = ean.createTemplateWithBarcode(canvas, Color.BLACK, Color.BLACK);
        float pad = 9f;
        float boxWidth = code.getWidth() + 2 * pad;
        float boxHeight = code.getHeight() + 2 * pad + 12f;
        Rectangle back = layout.back();
        float left = back.getRight() - SAFE - boxWidth;
        float bottom = back.getBottom() + SAFE;
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(left, bottom, boxWidth, boxHeight);
        canvas.fill();
        canvas.restoreState();
        canvas.addTemplate(code, left + pad, bottom + pad);
        Phrase label = fonts.phrase(9f);
        label.addAll(fonts.chunks(isbn.printed(), FontSet.Role.BODY, false, false, 8f));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, label, left + boxWidth / 2,
                bottom + pad + code.getHeight() + 4f, 0f);
    }

    private Paragraph centred(String text, FontSet.Role role, boolean bold, boolean italic, float size,
                              float before) {
        Paragraph line = fonts.paragraph(size * 1.25f);
        line.addAll(FontSet.inColour(fonts.chunks(text, role, bold, italic, size), INK));
        line.setAlignment(Element.ALIGN_CENTER);
        line.setRunDirection(TextDirection.of(text));
        line.setSpacingBefore(before);
        return line;
    }

    /** Sets what {@code column} holds; false when some of it did not fit. */
    private static boolean go(ColumnText column) {
        return (column.go() & ColumnText.NO_MORE_TEXT) != 0;
    }
}
