package org.anthology.edition.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree read back with PDFBox: each element's type and text, in the tree's order (the
 * reading order), with the text of its marked content found by page and marked-content id; and the text marked as
 * artifacts.
 */
final class StructureReadBack {

    /** An element of the tree: its structure type, its text and its attributes' values that tests look at. */
    record Element(String type, String text, String language, String alternative) {
    }

    private final List<Element> elements = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder artifacts = new StringBuilder();
    private final Map<String, String> marked = new HashMap<>();
    private final PDDocument document;

    private StructureReadBack(PDDocument document) throws IOException {
        this.document = document;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(i));
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(i, content);
            }
        }
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            walk(document.getDocumentCatalog().getStructureTreeRoot(), null);
        }
    }

    /** The structure of {@code pdf}; an untagged PDF has no elements. */
    static StructureReadBack of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new StructureReadBack(document);
        }
    }

    /** Every element, in the tree's order. */
    List<Element> elements() {
        return elements;
    }

    /** The elements of {@code type}, in the tree's order. */
    List<Element> elements(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The text of the tree's marked content, in the tree's order, the pieces separated by spaces. */
    String text() {
        return text.toString();
    }

    /** The text marked as artifacts, in page order. */
    String artifacts() {
        return artifacts.toString();
    }

    private void collect(int page, PDMarkedContent content) {
        String own = own(content);
        if ("Artifact".equals(content.getTag())) {
            artifacts.append(own).append(' ');
        } else if (content.getMCID() >= 0) {
            marked.merge(page + ":" + content.getMCID(), own, String::concat);
        }
        for (Object kid : content.getContents()) {
            if (kid instanceof PDMarkedContent nested) {
                collect(page, nested);
            }
        }
    }

    private static String own(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object kid : content.getContents()) {
            if (kid instanceof TextPosition position) {
                out.append(position.getUnicode());
            }
        }
        return out.toString();
    }

    /** Walks {@code node}'s kids; returns the text of its subtree. */
    private String walk(PDStructureNode node, PDPage page) {
        StringBuilder subtree = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                int at = elements.size();
                elements.add(null);
                String inner = walk(element, element.getPage() != null ? element.getPage() : page);
                elements.set(at, new Element(element.getStructureType(), inner.strip(), element.getLanguage(),
                        element.getAlternateDescription()));
                subtree.append(inner);
            } else if (kid instanceof Integer mcid) {
                subtree.append(content(page, mcid));
            } else if (kid instanceof PDMarkedContentReference reference) {
                subtree.append(content(reference.getPage() != null ? reference.getPage() : page,
                        reference.getMCID()));
            }
        }
        return subtree.toString();
    }

    private String content(PDPage page, int mcid) {
        String found = marked.getOrDefault(document.getPages().indexOf(page) + ":" + mcid, "");
        text.append(found).append(' ');
        return found + " ";
    }
}
