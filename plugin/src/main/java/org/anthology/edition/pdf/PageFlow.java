package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.Supplier;

/**
 * The document's page flow. OpenPDF has no keep-with-next and no widow or orphan control, so before a heading or a
 * paragraph is placed, the space left on the page is compared with what the element needs, measured by laying it
 * out in a column without drawing, and a new page is started when the element would end up stranded. Laying out
 * uses up a paragraph's content, so the measured copies are thrown away and a fresh one is added.
 */
final class PageFlow implements Flow {

    /** Taller than any page: a paragraph's full line count. */
    private static final float UNLIMITED = 1_000_000f;

    private final Document document;
    private final PdfWriter writer;
    private final FontSet fonts;
    private final float bodyLeading;

    PageFlow(Document document, PdfWriter writer, FontSet fonts, float bodyLeading) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.bodyLeading = bodyLeading;
    }

    /**
     * Adds {@code paragraph} with its space after it kept even when it opens a page: OpenPDF drops the space after
     * a page's first paragraph, so the space is set as an empty line of that height instead.
     */
    void addWithSpaceAfter(Paragraph paragraph) {
        float after = paragraph.getSpacingAfter();
        paragraph.setSpacingAfter(0f);
        document.add(paragraph);
        if (after > 0f) {
            Paragraph space = fonts.paragraph(after);
            space.add(new Chunk(" ", fonts.font(FontSet.Role.BODY, false, false, Math.min(after, bodyLeading))));
            document.add(space);
        }
    }

    @Override
    public void add(Element element) {
        document.add(element);
    }

    @Override
    public void addHeading(Supplier<Paragraph> make) {
        Paragraph heading = make.get();
        float needed = heading.getSpacingBefore() + height(heading) + heading.getSpacingAfter() + 2 * bodyLeading;
        if (remaining() < needed && !atPageTop()) {
            document.newPage();
        }
        addWithSpaceAfter(make.get());
    }

    @Override
    public void addParagraph(Supplier<Paragraph> make) {
        float remaining = remaining();
        if (!atPageTop()) {
            int fitting = lines(make.get(), remaining);
            int total = lines(make.get(), UNLIMITED);
            boolean orphan = fitting == 1 && total > 1;
            boolean widow = fitting < total && total - fitting == 1 && fitting <= 2;
            if (orphan || widow) {
                document.newPage();
            }
        }
        document.add(make.get());
    }

    private float remaining() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    private boolean atPageTop() {
        return writer.getVerticalPosition(true) >= document.top() - 0.5f;
    }

    private float height(Paragraph paragraph) {
        return lines(paragraph, UNLIMITED) * paragraph.getTotalLeading();
    }

    /** How many lines of {@code paragraph} fit in {@code height} points of the current column. */
    private int lines(Paragraph paragraph, float height) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(document.left(), 0, document.right(), Math.max(height, 0f));
        column.addElement(paragraph);
        column.go(true);
        return column.getLinesWritten();
    }
}
