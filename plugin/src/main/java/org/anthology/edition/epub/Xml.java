package org.anthology.edition.epub;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one XML file of the EPUB through a StAX writer, so every text and attribute is escaped by the writer and
 * never by hand. Turns {@link XMLStreamException} into {@link UncheckedIOException} so visitors can use it.
 */
final class Xml {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final int BUFFER = 8192;

    private final XMLStreamWriter writer;

    /**
     * Starts a UTF-8 document on {@code out}; {@link #finish()} flushes but leaves {@code out} open. The StAX writer
     * is given a buffered character stream: given the byte stream, it encodes and writes each character on its own.
     * A plain {@link Writer} rather than the {@link OutputStreamWriter} itself, for which the writer would spell
     * characters beyond the BMP as character references.
     */
    Xml(OutputStream out) {
        try {
            writer = FACTORY.createXMLStreamWriter(new BufferedWriter(new OutputStreamWriter(new KeepOpen(out),
                    StandardCharsets.UTF_8), BUFFER));
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    /**
     * Opens an XHTML content document up to and including {@code <body>}; {@code lang} goes to both {@code xml:lang}
     * and {@code lang} as the EPUB 3 content documents spec recommends.
     */
    static Xml xhtml(OutputStream out, String title, String lang) {
        Xml xml = new Xml(out);
        xml.call(() -> xml.writer.writeDTD("<!DOCTYPE html>"));
        xml.newline().start("html").call(() -> {
            xml.writer.writeDefaultNamespace(XHTML_NS);
            xml.writer.writeNamespace("epub", EPUB_NS);
        });
        xml.xmlLang(lang).attr("lang", lang).newline();
        xml.start("head").element("title", title);
        xml.empty("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", EpubEdition.CSS_FILE);
        return xml.end().newline().start("body").newline();
    }

    /** Closes {@code <body>} and {@code <html>} and finishes the document. */
    void finishXhtml() {
        end().newline().end().newline().finish();
    }

    Xml start(String name) {
        return call(() -> writer.writeStartElement(name));
    }

    Xml start(String prefix, String name, String namespace) {
        return call(() -> writer.writeStartElement(prefix, name, namespace));
    }

    Xml empty(String name) {
        return call(() -> writer.writeEmptyElement(name));
    }

    Xml namespace(String prefix, String uri) {
        return call(() -> writer.writeNamespace(prefix, uri));
    }

    Xml defaultNamespace(String uri) {
        return call(() -> writer.writeDefaultNamespace(uri));
    }

    Xml attr(String name, String value) {
        return call(() -> writer.writeAttribute(name, value));
    }

    Xml xmlLang(String lang) {
        return call(() -> writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang));
    }

    Xml epubType(String type) {
        return call(() -> writer.writeAttribute("epub", EPUB_NS, "type", type));
    }

    Xml text(String text) {
        return call(() -> writer.writeCharacters(text));
    }

    /** A line break between elements, so the files diff well; never used inside {@code pre}. */
    Xml newline() {
        return text("\n");
    }

    Xml end() {
        return call(writer::writeEndElement);
    }

    /** An element holding only text. */
    Xml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** Ends every open element and flushes the document to the underlying stream. */
    void finish() {
        call(() -> {
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        });
    }

    private Xml call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw unchecked(e);
        }
    }

    private static UncheckedIOException unchecked(XMLStreamException e) {
        IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        return new UncheckedIOException(cause);
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    /** Lets the writer close its side without closing the zip entry it writes into. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
