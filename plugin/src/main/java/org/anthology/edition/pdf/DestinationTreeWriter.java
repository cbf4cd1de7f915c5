package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNameTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * A PDF writer that stores the named destinations (one per heading, chapter and note) as a names tree of small
 * nodes. PDF/A-1 allows at most 8,191 elements in an array, and OpenPDF writes all destinations as one
 * {@code /Names} array of two elements per name, so a book with more than about 4,000 headings would not be
 * PDF/A-1b; OpenPDF's own {@link PdfNameTree} splits them into leaves of 64 names.
 */
final class DestinationTreeWriter extends PdfWriter {

    private final DestinationDocument destinations;

    private DestinationTreeWriter(DestinationDocument pdf, OutputStream out) {
        super(pdf, out);
        this.destinations = pdf;
    }

    /** A writer for {@code document}, as {@link PdfWriter#getInstance(Document, OutputStream)} makes one. */
    static DestinationTreeWriter open(Document document, OutputStream out) {
        DestinationDocument pdf = new DestinationDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        DestinationTreeWriter writer = new DestinationTreeWriter(pdf, out);
        try {
            pdf.addWriter(writer);
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
        return writer;
    }

    /** The CIDSets of the fonts, while they are written. */
    private CidSets cidSets;

    @Override
    protected void addSharedObjectsToBody() throws IOException {
        cidSets = new CidSets(documentFonts.keySet());
        try {
            super.addSharedObjectsToBody();
        } finally {
            cidSets = null;
        }
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        return super.addToBody(cidSets == null ? object : cidSets.completed(object));
    }

    /** Adopts a link annotation OpenPDF made itself into a tagged document's structure as it is written. */
    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        if (object instanceof PdfAnnotation annotation) {
            TaggedLinks.adopt(this, annotation);
        }
        return super.addToBody(object, ref);
    }

    /** Called once, when the document closes and every destination object is already written. */
    @Override
    protected PdfDictionary getCatalog(PdfIndirectReference root) {
        Map<String, PdfObject> placed = destinations.takeDestinations();
        PdfDictionary catalog = super.getCatalog(root);
        if (placed.isEmpty()) {
            return catalog;
        }
        try {
            // PDF/A-1 allows neither JavaScript nor embedded files, the other names OpenPDF writes: the catalog
            // has no names dictionary of its own once the destinations are taken.
            PdfDictionary names = new PdfDictionary();
            names.put(PdfName.DESTS, addToBody(PdfNameTree.writeTree(placed, this)).getIndirectReference());
            catalog.put(PdfName.NAMES, addToBody(names).getIndirectReference());
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        return catalog;
    }
}
