package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenPDF's document with its named destinations handed over to {@link DestinationTreeWriter}, which writes them as
 * a balanced names tree instead of the one flat array OpenPDF would write.
 */
final class DestinationDocument extends PdfDocument {

    /**
     * Every named destination that was placed on a page, by name, as the reference to its destination object; the
     * document's own list is emptied so OpenPDF writes no flat {@code /Dests} array of its own.
     */
    Map<String, PdfObject> takeDestinations() {
        Map<String, PdfObject> placed = new TreeMap<>();
        for (Map.Entry<String, Object[]> entry : localDestinations.entrySet()) {
            Object[] value = entry.getValue();
            // OpenPDF keeps {action, destination object reference, destination}; no destination means a link to
            // a name that was never placed, which has no page to point at.
            if (value[2] != null) {
                placed.put(entry.getKey(), (PdfIndirectReference) value[1]);
            }
        }
        localDestinations.clear();
        return placed;
    }
}
