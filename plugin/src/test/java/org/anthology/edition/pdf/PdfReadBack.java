package org.anthology.edition.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a written PDF back with PDFBox for assertions: page text, page labels, outline titles and fonts. Shared by
 * the edition test and the end-to-end test.
 */
public final class PdfReadBack implements AutoCloseable {

    private final PDDocument document;

    private PdfReadBack(PDDocument document) {
        this.document = document;
    }

    /** The PDF in {@code bytes}, parsed. */
    public static PdfReadBack of(byte[] bytes) throws IOException {
        return new PdfReadBack(Loader.loadPDF(bytes));
    }

    /** The number of pages. */
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The extracted text of page {@code page} (1-based). */
    public String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The extracted text of the whole document. */
    public String text() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The page label of page {@code page} (1-based), or its number when the PDF has no labels. */
    public String pageLabel(int page) throws IOException {
        PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
        return labels == null ? Integer.toString(page) : labels.getLabelsByPageIndices()[page - 1];
    }

    /** Every outline item's title, depth first. */
    public List<String> outlineTitles() {
        List<String> titles = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, titles);
        }
        return titles;
    }

    /** The names of fonts used on any page that are not embedded; empty when all are. */
    public List<String> unembeddedFonts() throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!font.isEmbedded()) {
                    out.add(font.getName());
                }
            }
        }
        return out;
    }

    /** The document information and catalog, for metadata checks. */
    public PDDocument document() {
        return document;
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        node.children().forEach(item -> {
            titles.add(item.getTitle());
            collect(item, titles);
        });
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
