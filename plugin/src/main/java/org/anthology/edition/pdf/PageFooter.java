package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.factories.RomanNumberFactory;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the page number centred in the bottom margin and records the page on which each named destination lands.
 * The body is laid out first and the contents pages after it, then moved to the front; so body pages are counted
 * from the first body page (arabic) and contents pages from the title page (lower-case roman), matching the page
 * labels the edition sets.
 */
final class PageFooter extends PdfPageEventHelper {

    private enum Part { UNNUMBERED, BODY, CONTENTS }

    private final FontSet fonts;
    private final float size;
    private final Map<String, Integer> anchorPages = new HashMap<>();
    private Part part = Part.UNNUMBERED;
    private int firstPageOfPart = 1;

    PageFooter(FontSet fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    /** From the next page on, pages are body pages numbered 1, 2, ... */
    void startBody(int firstPage) {
        part = Part.BODY;
        firstPageOfPart = firstPage;
    }

    /** From the next page on, pages are contents pages numbered ii, iii, ... (the title page is i). */
    void startContents(int firstPage) {
        part = Part.CONTENTS;
        firstPageOfPart = firstPage;
    }

    /** From the next page on, pages carry no number. */
    void stopNumbering() {
        part = Part.UNNUMBERED;
    }

    /** The body page number on which the destination {@code anchor} was laid out, if it was. */
    Optional<Integer> bodyPageOf(String anchor) {
        return Optional.ofNullable(anchorPages.get(anchor));
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (part == Part.BODY) {
            anchorPages.putIfAbsent(tag, writer.getPageNumber() - firstPageOfPart + 1);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int offset = writer.getPageNumber() - firstPageOfPart;
        String number = switch (part) {
            case BODY -> Integer.toString(offset + 1);
            case CONTENTS -> RomanNumberFactory.getLowerCaseString(offset + 2);
            case UNNUMBERED -> "";
        };
        if (number.isEmpty()) {
            return;
        }
        Phrase phrase = fonts.phrase(size * 1.2f);
        phrase.addAll(fonts.chunks(number, FontSet.Role.BODY, false, false, size));
        float x = (document.left() + document.right()) / 2;
        float y = document.bottom() - size * 2.5f;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, phrase, x, y, 0);
    }
}
