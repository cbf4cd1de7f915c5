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
import java.util.Objects;
import java.util.Optional;

/**
 * Dresses every page as it ends with the theme's {@link RunningText}: a running head (by default the book's title on
 * left-hand pages, the chapter's on right-hand pages) and a foot (by default the page number, centred); chapter
 * openers and contents pages carry the foot only, a blank page nothing at all. Then it sets the next page's margins,
 * the inner one on the binding side, and records the page on which each named destination lands.
 *
 * <p>The title and copyright pages are laid out first, then the body, then the contents pages, which are then moved
 * behind the copyright page with the front matter padded to an even count. So every part starts on a right-hand
 * page: the title page (i), the body (1), and the contents (iii), numbered on from the pages before the body. A part
 * change takes effect from the next page on.
 */
final class RunningPages extends PdfPageEventHelper {

    /**
     * A run of pages numbered alike; {@code PADDING} is the blank page that may follow the contents and ends up as
     * the left-hand page before the body.
     */
    enum Part { UNNUMBERED, BODY, CONTENTS, PADDING }

    private final PdfTheme theme;
    private final FontSet fonts;
    private final String bookTitle;
    private final PageBoxes boxes;
    private final Map<String, Integer> anchorPages = new HashMap<>();
    private Part part = Part.UNNUMBERED;
    private Part nextPart = Part.UNNUMBERED;
    private int firstPageOfPart = 1;
    private int pagesBeforeBody;
    private String chapterTitle = "";
    private String chapterAuthor = "";
    private int openerPage;
    private boolean blank;

    RunningPages(PdfTheme theme, FontSet fonts, String bookTitle, PageBoxes boxes) {
        this.theme = theme;
        this.fonts = fonts;
        this.bookTitle = bookTitle;
        this.boxes = boxes;
    }

    /** The pages after the current one belong to {@code next}. */
    void startOnNextPage(Part next) {
        nextPart = next;
    }

    /**
     * Layout page {@code page} opens the chapter {@code title} by {@code author} (empty if none): no running head
     * there, and they fill {@code ${chapter}} and {@code ${author}} from then on.
     */
    void openChapter(int page, String title, String author) {
        openerPage = page;
        chapterTitle = Objects.requireNonNull(title, "title");
        chapterAuthor = Objects.requireNonNull(author, "author");
    }

    /** The current page stays blank: no number, no running head. */
    void leaveBlank() {
        blank = true;
    }

    /** Whether layout page {@code page} of the current part ends up on the right-hand side of the bound book. */
    boolean isRecto(int page) {
        return isRecto(part, page - firstPageOfPart);
    }

    /** The body page number on which the destination {@code anchor} was laid out, if it was. */
    Optional<Integer> bodyPageOf(String anchor) {
        return Optional.ofNullable(anchorPages.get(anchor));
    }

    /** The printed number of layout page {@code page} while the body is laid out; empty outside the body. */
    Optional<String> bodyNumber(int page) {
        return part == Part.BODY ? Optional.of(number(page)) : Optional.empty();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (part == Part.BODY) {
            anchorPages.putIfAbsent(tag, writer.getPageNumber() - firstPageOfPart + 1);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        // Page numbers, running heads and crop marks are pagination, outside the text a reader follows.
        StructureTree.of(writer).artifact(writer.getDirectContent(), "Pagination", () -> {
            if (!blank) {
                footer(writer, document, page);
                runningHead(writer, document, page);
            }
            boxes.finishPage(writer);
        });
        blank = false;
        boolean recto = nextPart == part ? isRecto(page + 1) : isRecto(nextPart, 0);
        boxes.prepare(writer, document, recto);
    }

    /**
     * Switches part when a new page starts, not when the last one ends: OpenPDF writes the last lines of a page,
     * and reports their destinations, only after {@link #onEndPage}.
     */
    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        if (nextPart != part) {
            part = nextPart;
            firstPageOfPart = writer.getPageNumber();
            if (part == Part.BODY) {
                pagesBeforeBody = firstPageOfPart - 1;
            }
        }
    }

    /** Page i and page 1 are right-hand pages; the contents go on from the pages before the body. */
    private boolean isRecto(Part part, int offset) {
        if (part == Part.PADDING) {
            return false;
        }
        int fromRecto = part == Part.CONTENTS ? pagesBeforeBody + offset : offset;
        return fromRecto % 2 == 0;
    }

    /** The printed number of layout page {@code page}: arabic in the body, roman in the contents, else none. */
    private String number(int page) {
        int offset = page - firstPageOfPart;
        return switch (part) {
            case BODY -> Integer.toString(offset + 1);
            case CONTENTS -> RomanNumberFactory.getLowerCaseString(pagesBeforeBody + offset + 1);
            case UNNUMBERED, PADDING -> "";
        };
    }

    private void footer(PdfWriter writer, Document document, int page) {
        String number = number(page);
        if (number.isEmpty()) {
            return;
        }
        RunningText running = theme.running();
        boolean recto = isRecto(page);
        show(writer, document, fill(recto ? running.footerRecto() : running.footerVerso(), number),
                running.footerAlign(), recto, false, document.bottom() - theme.footerSize() * 2.5f);
    }

    private void runningHead(PdfWriter writer, Document document, int page) {
        if (part != Part.BODY || page == openerPage) {
            return;
        }
        RunningText running = theme.running();
        boolean recto = isRecto(page);
        show(writer, document, fill(recto ? running.headerRecto() : running.headerVerso(), number(page)),
                running.headerAlign(), recto, true, document.top() + theme.marginTop() * 0.45f);
    }

    /** {@code text} with the placeholders filled in; the chapter's are empty outside the body. */
    private String fill(String text, String number) {
        boolean body = part == Part.BODY;
        return RunningText.fill(text, Map.of("book", bookTitle, "chapter", body ? chapterTitle : "",
                "author", body ? chapterAuthor : "", "page", number));
    }

    /** Shows {@code text} at height {@code y}, centred or, with {@code OUTSIDE}, against the page's outer edge. */
    private void show(PdfWriter writer, Document document, String text, RunningText.Align align, boolean recto,
                      boolean italic, float y) {
        if (text.isEmpty()) {
            return;
        }
        float size = theme.footerSize();
        Phrase phrase = fonts.phrase(size * 1.2f);
        phrase.addAll(FontSet.inColour(fonts.chunks(text, FontSet.Role.BODY, false, italic, size),
                theme.colours().running()));
        int alignment = Element.ALIGN_CENTER;
        float x = (document.left() + document.right()) / 2;
        if (align == RunningText.Align.OUTSIDE) {
            alignment = recto ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
            x = recto ? document.right() : document.left();
        }
        ColumnText.showTextAligned(writer.getDirectContent(), alignment, phrase, x, y, 0, TextDirection.of(text), 0);
    }
}
