package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/** The PDF/A checker the edition tests rely on tells a PDF/A-1b file from a plain one. */
@BookCheck
class PdfACheckerTest {

    @Test
    void reportsTheRulesAPlainPdfWithAnUnembeddedFontBreaks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Helvetica, not embedded, no XMP metadata, no output intent."));
        document.close();
        List<String> violations = PdfAChecker.pdfA1bViolations(out.toByteArray());
        assertFalse(violations.isEmpty(), "a plain PDF passed as PDF/A-1b");
        assertTrue(violations.stream().anyMatch(rule -> rule.startsWith("6.3.4")), violations::toString);
    }
}
