package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The link annotations of a tagged PDF, each the kid (an object reference) of the {@code Link} element whose text
 * it covers, with a description for assistive technology, as PDF/UA asks. Links in set lines are made here
 * directly; a chunk set through the column layout carries its link as a generic tag starting with
 * {@link #PREFIX}, which this page event turns into an annotation over the chunk; a link annotation made any other
 * way is adopted when its page is written, so no annotation is left outside the structure tree.
 */
final class TaggedLinks extends PdfPageEventHelper {

    /** The generic tag of a chunk that links to the named destination after the prefix. */
    static final String PREFIX = "link:";

    /** Links the chunk to {@code anchor}: by a generic tag in a tagged document, else by OpenPDF's own link. */
    static com.lowagie.text.Chunk link(com.lowagie.text.Chunk chunk, String anchor, boolean tagged) {
        return tagged ? chunk.setGenericTag(PREFIX + anchor) : chunk.setLocalGoto(anchor);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        StructureTree tree = StructureTree.of(writer);
        if (tag.startsWith(PREFIX) && tree.tagged()) {
            annotate(writer, tree.current(), PdfAction.gotoLocalPage(tag.substring(PREFIX.length()), false),
                    "Go to page", rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop());
        }
    }

    /**
     * Adds a link annotation doing {@code action} over the box given, as a kid of {@code link}, described by
     * {@code description}.
     */
    static void annotate(PdfWriter writer, PdfStructureElement link, PdfAction action, String description,
                         float llx, float lly, float urx, float ury) {
        PdfAnnotation annotation = new PdfAnnotation(writer, llx, lly, urx, ury, action);
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
        attach(writer, link, annotation);
        writer.addAnnotation(annotation);
    }

    /** Makes {@code annotation} a kid of {@code link} and points it back at its parent. */
    static void attach(PdfWriter writer, PdfStructureElement link, PdfAnnotation annotation) {
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        kids(link).add(reference);
    }

    /**
     * Gives {@code annotation}, a link annotation OpenPDF made itself as its page is written, a {@code Link}
     * element of its own where the reading order stands, unless it already has one.
     */
    static void adopt(PdfWriter writer, PdfAnnotation annotation) {
        StructureTree tree = StructureTree.of(writer);
        if (!tree.tagged() || !PdfName.LINK.equals(annotation.get(PdfName.SUBTYPE))
                || annotation.get(PdfName.STRUCTPARENT) != null) {
            return;
        }
        if (annotation.get(PdfName.CONTENTS) == null) {
            annotation.put(PdfName.CONTENTS, new PdfString("Link", PdfObject.TEXT_UNICODE));
        }
        attach(writer, tree.reserve("Link"), annotation);
    }

    private static PdfArray kids(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        if (kids instanceof PdfArray array) {
            return array;
        }
        PdfArray array = new PdfArray();
        if (kids != null) {
            array.add(kids);
        }
        element.put(PdfName.K, array);
        return array;
    }
}
