package org.anthology.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes an SVG image safe for an e-book: parses it with external entities and DTDs off, and removes the DOCTYPE,
 * scripts, event handler attributes, {@code <foreignObject>}, processing instructions and references to anything
 * outside the image (an {@code href} that is neither {@code #id} nor a {@code data:image} URI). A clean SVG is carried
 * as it is; otherwise a cleaned copy is, with a warning that lists what was removed.
 */
final class SvgCleaner {

    private static final List<String> REMOVED_ELEMENTS = List.of("script", "foreignobject", "handler");

    private final String shown;
    private final SourcePosition at;
    private final Diagnostics diagnostics;
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    SvgCleaner(String shown, SourcePosition at, Diagnostics diagnostics) {
        this.shown = shown;
        this.at = at;
        this.diagnostics = diagnostics;
    }

    /** The file to carry for SVG {@code file} holding {@code bytes}; empty after an error if it is no SVG. */
    Optional<Path> clean(Path file, byte[] bytes) {
        Document document;
        try {
            document = factory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            diagnostics.error(at, "image '" + shown + "' is not well-formed XML: it breaks at line "
                    + Math.max(1, e.getLineNumber()) + ". Fix the file or export the SVG again");
            return Optional.empty();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            diagnostics.error(at, "image '" + shown + "' cannot be read as XML. Export the SVG again");
            return Optional.empty();
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            diagnostics.error(at, "image '" + shown + "' is not an SVG image: its root element is <"
                    + root.getTagName() + ">. Link an SVG, JPEG, PNG, GIF or WebP file");
            return Optional.empty();
        }
        if (document.getDoctype() != null) {
            document.removeChild(document.getDoctype());
            count("a DOCTYPE");
        }
        sweep(document);
        if (removed.isEmpty()) {
            return Optional.of(file);
        }
        diagnostics.warning(at, "image '" + shown + "' had " + String.join(", ", described())
                + ", which an e-book must not carry; the book carries a copy without them. Remove them from the "
                + "file to keep it as it is");
        return ExtractedImages.save(serialize(document), "image/svg+xml");
    }

    /** Removes what may not stay from the children of {@code parent}, depth first. */
    private void sweep(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                parent.removeChild(child);
                count("a processing instruction");
            } else if (child instanceof Element element) {
                String name = String.valueOf(element.getLocalName()).toLowerCase(Locale.ROOT);
                if (REMOVED_ELEMENTS.contains(name)) {
                    parent.removeChild(child);
                    count("<" + element.getLocalName() + ">");
                } else {
                    attributes(element);
                    sweep(element);
                }
            }
        }
    }

    private void attributes(Element element) {
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            attributes.add((Attr) element.getAttributes().item(i));
        }
        for (Attr attribute : attributes) {
            String name = (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                    .toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
                element.removeAttributeNode(attribute);
                count("the " + attribute.getName() + " attribute");
            } else if (name.equals("href") && !internal(attribute.getValue())) {
                element.removeAttributeNode(attribute);
                count("a reference to " + attribute.getValue().strip());
            }
        }
    }

    private static boolean internal(String href) {
        String value = href.strip();
        return value.startsWith("#") || value.toLowerCase(Locale.ROOT).startsWith("data:image/");
    }

    private void count(String what) {
        removed.merge(what, 1, Integer::sum);
    }

    private List<String> described() {
        return removed.entrySet().stream()
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey()).toList();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        return factory;
    }

    private static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed SVG always serializes", e);
        }
    }
}
