package org.anthology.edition.pdf;

import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.IOException;

/**
 * The PDF/UA-1 identification of a tagged PDF in its XMP packet: {@code pdfuaid:part} 1, beside the PDF/A one.
 * PDF/A-1 knows only the schemas of XMP 2004, so the packet also describes the PDF/UA identification schema in
 * a PDF/A extension schema, as PDF/A-1 asks of every other schema it carries.
 */
final class UniversalAccess {

    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";

    private UniversalAccess() {
    }

    /** Adds the identification and its schema description to {@code xmp}. */
    static void identify(XmpWriter xmp) throws IOException {
        xmp.addRdfDescription(" xmlns:pdfuaid=\"" + PDFUAID + "\"", "<pdfuaid:part>1</pdfuaid:part>");
        xmp.addRdfDescription(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
                + "<pdfaSchema:namespaceURI>" + PDFUAID + "</pdfaSchema:namespaceURI>"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaProperty:name>part</pdfaProperty:name>"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                + "<pdfaProperty:category>internal</pdfaProperty:category>"
                + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                + "</pdfaProperty:description>"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>");
    }
}
