package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import org.anthology.edition.Edition;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.toc.TableOfContents;

/**
 * Writes the PDF edition: a title page, the contents pages, then every chapter on a new page, with page numbers in
 * the footer, page labels, bookmarks mirroring the shared table of contents, and embedded TrueType fonts only.
 *
 * <p>Pages are written to {@code out} as they fill. The contents pages need the body's page numbers, so they are
 * laid out after the body and then moved behind the title page ({@link PdfWriter#reorderPages}); only page
 * references are kept for that, never page content. The same book gives the same bytes on every write.
 */
public final class PdfEdition implements Edition {

    private final PdfTheme theme;

    /** An edition with the look of {@code theme}. */
    public PdfEdition(PdfTheme theme) {
        this.theme = theme;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        FontSet fonts = new FontSet(theme);
        PdfTheme.Paper paper = theme.paper();
        // Mirroring swaps the margins on even layout pages; the body starts on layout page 2 and ends up on an
        // odd (recto) page, so the inner margin is given as the right one here.
        Document document = new Document(new Rectangle(paper.width(), paper.height()), theme.marginOuter(),
                theme.marginInner(), theme.marginTop(), theme.marginBottom());
        document.setMarginMirroring(true);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpen(out));
        writer.setLinearPageMode();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        PageFooter footer = new PageFooter(fonts, theme.footerSize());
        writer.setPageEvent(footer);
        DocumentInfo.describe(document, book.metadata());
        try {
            document.open();
            new TitlePage(theme, fonts).write(document, book.metadata());
            document.newPage();
            footer.startBody(writer.getPageNumber());
            writeChapters(document, fonts, book);
            document.newPage();
            int contentsStart = writer.getPageNumber();
            footer.startContents(contentsStart);
            new ContentsPage(theme, fonts).write(document, toc, footer::bodyPageOf);
            document.newPage();
            footer.stopNumbering();
            frontMatterFirst(writer, document, contentsStart);
            Outline.write(writer.getRootOutline(), toc);
            DocumentInfo.stamp(writer, book.metadata());
        } finally {
            document.close();
        }
        out.flush();
    }

    private void writeChapters(Document document, FontSet fonts, Anthology book) {
        boolean first = true;
        for (Chapter chapter : book.chapters()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            writeOpening(document, fonts, chapter);
            new BlockRenderer(theme, fonts, 0f, document::add).render(chapter.blocks());
        }
    }

    private void writeOpening(Document document, FontSet fonts, Chapter chapter) {
        float size = BlockRenderer.headingSize(theme, 1);
        Paragraph title = BlockRenderer.heading(theme, fonts,
                new ArrayList<>(fonts.chunks(chapter.title(), FontSet.Role.HEADING, true, false, size)),
                chapter.id(), size);
        title.setSpacingBefore(paperDrop());
        document.add(title);
        chapter.author().ifPresent(author -> {
            Paragraph byline = fonts.paragraph(theme.bodyLeading());
            byline.addAll(fonts.chunks(author, FontSet.Role.BODY, false, true, theme.bodySize() * 1.1f));
            byline.setAlignment(Element.ALIGN_LEFT);
            byline.setSpacingAfter(theme.bodyLeading());
            document.add(byline);
        });
        if (chapter.author().isEmpty()) {
            title.setSpacingAfter(theme.bodyLeading());
        }
    }

    /** Chapters open a sixth of the way down the page, as in most trade books. */
    private float paperDrop() {
        return theme.paper().height() / 6;
    }

    /**
     * Moves the contents pages (laid out last) behind the title page, after padding the front matter to an even
     * page count so the first body page stays a right-hand page, and labels the pages i, ii, ... then 1, 2, ...
     */
    private static void frontMatterFirst(PdfWriter writer, Document document, int contentsStart) {
        int bodyPages = contentsStart - 2;
        int total = writer.reorderPages(null);
        if ((total - bodyPages) % 2 == 1) {
            writer.setPageEmpty(false);
            document.newPage();
            total = writer.reorderPages(null);
        }
        int front = total - bodyPages;
        int[] order = new int[total];
        order[0] = 1;
        for (int i = 1; i < front; i++) {
            order[i] = contentsStart + i - 1;
        }
        for (int i = 0; i < bodyPages; i++) {
            order[front + i] = 2 + i;
        }
        writer.reorderPages(order);
        writer.setPageLabels(DocumentInfo.pageLabels(front));
    }

    /** Lets OpenPDF close the document without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
