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
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * Reads a written PDF back with PDFBox for assertions: page text and its colours, page labels, outline titles and
 * fonts. Shared by
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

    /**
     * The text of page {@code page} (1-based) inside the band from {@code top} to {@code bottom} points below the
     * page's top edge, stripped, in reading order. Space glyphs are left out and words told apart by their gaps:
     * OpenPDF sets a space between paragraphs as a line of its own, which sorting by position would mix into a
     * neighbouring line.
     */
    public String bandText(int page, float top, float bottom) throws IOException {
        PDRectangle box = document.getPage(page - 1).getMediaBox();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    super.processTextPosition(text);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.addRegion("band", new Rectangle2D.Float(0, top, box.getWidth(), bottom - top));
        stripper.extractRegions(document.getPage(page - 1));
        return stripper.getTextForRegion("band").strip();
    }

    /** A line of text read back: its baseline's distance from the page's top edge, its largest type size and
     * its words. */
    public record Line(float y, float size, String text) {
    }

    /** The lines of page {@code page} (1-based), top to bottom; glyphs on one baseline make one line. */
    public List<Line> lines(int page) throws IOException {
        java.util.TreeMap<Float, StringBuilder> byBaseline = new java.util.TreeMap<>();
        java.util.Map<Float, Float> sizes = new java.util.HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!text.isBlank()) {
                    float y = Math.round(positions.get(0).getYDirAdj() * 10) / 10f;
                    byBaseline.computeIfAbsent(y, key -> new StringBuilder()).append(text).append(' ');
                    float size = (float) positions.stream().mapToDouble(TextPosition::getFontSize).max().orElse(0);
                    sizes.merge(y, size, Math::max);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        List<Line> out = new ArrayList<>();
        byBaseline.forEach((y, text) -> out.add(new Line(y, sizes.get(y), text.toString().strip())));
        return out;
    }

    /**
     * The pages (1-based) that the links on page {@code page} go to within the document, in the order of the page's
     * annotations; links to the web are left out.
     */
    public List<Integer> linkTargets(int page) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (var annotation : document.getPage(page - 1).getAnnotations()) {
            if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                var destination = link.getDestination();
                if (destination == null && link.getAction()
                        instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                    destination = goTo.getDestination();
                }
                if (destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                        .PDNamedDestination named) {
                    destination = document.getDocumentCatalog().findNamedDestinationPage(named);
                }
                if (destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                        .PDPageDestination target) {
                    out.add(target.retrievePageNumber() + 1);
                }
            }
        }
        return out;
    }

    /**
     * The operands of every use of the text operator {@code operator} (such as {@code Tc}, character spacing, or
     * {@code Tw}, word spacing) in the content of page {@code page} (1-based), in order.
     */
    public List<Float> operands(int page, String operator) throws IOException {
        List<Float> out = new ArrayList<>();
        var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(document.getPage(page - 1));
        Object last = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op && op.getName().equals(operator)
                    && last instanceof org.apache.pdfbox.cos.COSNumber number) {
                out.add(number.floatValue());
            }
            last = token;
        }
        return out;
    }

    /** The drawn width and height, in points, of every image on page {@code page} (1-based). */
    public List<float[]> imageSizes(int page) throws IOException {
        List<float[]> sizes = new ArrayList<>();
        var engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
            }

            @Override
            protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                           List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && getResources().getXObject(
                        (org.apache.pdfbox.cos.COSName) operands.get(0))
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    var matrix = getGraphicsState().getCurrentTransformationMatrix();
                    sizes.add(new float[] {matrix.getScalingFactorX(), matrix.getScalingFactorY()});
                } else {
                    super.processOperator(operator, operands);
                }
            }
        };
        engine.processPage(document.getPage(page - 1));
        return sizes;
    }

    /** A glyph as drawn: the text its font maps it to, and where its left edge and baseline are from the top left. */
    public record Glyph(String text, float x, float y) {
    }

    /** Every glyph drawn on page {@code page} (1-based), in the order drawn, as the font maps it back to text. */
    public List<Glyph> glyphs(int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return out;
    }

    /**
     * The spaces between words on each line of page {@code page} (1-based), top to bottom, in points: the distance
     * from one glyph's right edge to the next glyph's left edge on the same baseline, where that is wider than a
     * tenth of the type size (closer glyphs are letters of one word, kerned).
     */
    public List<List<Float>> wordSpaces(int page) throws IOException {
        java.util.TreeMap<Float, List<TextPosition>> byBaseline = new java.util.TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    float y = Math.round(text.getYDirAdj() * 10) / 10f;
                    byBaseline.computeIfAbsent(y, key -> new ArrayList<>()).add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        List<List<Float>> out = new ArrayList<>();
        for (List<TextPosition> line : byBaseline.values()) {
            line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<Float> spaces = new ArrayList<>();
            for (int i = 1; i < line.size(); i++) {
                TextPosition before = line.get(i - 1);
                float gap = line.get(i).getXDirAdj() - before.getXDirAdj() - before.getWidthDirAdj();
                if (gap > before.getFontSize() / 10) {
                    spaces.add(gap);
                }
            }
            out.add(spaces);
        }
        return out;
    }

    /**
     * The first page (1-based) with {@code text} that is not a contents page, which names chapter and heading titles
     * too.
     */
    public int firstPageOutsideContentsWith(String text) throws IOException {
        for (int page = 1; page <= pageCount(); page++) {
            String onPage = pageText(page);
            if (onPage.contains(text) && !onPage.contains("Contents")) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    /** The height of page {@code page} (1-based) in points. */
    public float pageHeight(int page) {
        return document.getPage(page - 1).getMediaBox().getHeight();
    }

    /** The smallest distance of any glyph on page {@code page} (1-based) from the left edge, in points. */
    public float leftmostText(int page) throws IOException {
        float[] min = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    min[0] = Math.min(min[0], text.getXDirAdj());
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return min[0];
    }

    /** Page {@code page} (1-based) rendered at {@code dpi}. */
    public BufferedImage render(int page, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi);
    }

    /**
     * The fill colour (0xRRGGBB) of the first glyph of the first {@code word} on page {@code page} (1-based), or -1
     * when the word is not there.
     */
    public int colourOf(int page, String word) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Integer> colours = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                addOperator(new SetNonStrokingColorSpace(this));
                addOperator(new SetNonStrokingColor(this));
                addOperator(new SetNonStrokingColorN(this));
                addOperator(new SetNonStrokingDeviceGrayColor(this));
                addOperator(new SetNonStrokingDeviceRGBColor(this));
                addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition glyph) {
                text.append(glyph.getUnicode());
                try {
                    int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    glyph.getUnicode().chars().forEach(c -> colours.add(rgb));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        int at = text.indexOf(word);
        return at < 0 ? -1 : colours.get(at);
    }

    /** The size set for the first glyph of the first {@code word} on page {@code page} (1-based), 0 if absent. */
    public float fontSizeOf(int page, String word) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                text.append(glyph.getUnicode());
                float size = glyph.getFontSize();
                glyph.getUnicode().chars().forEach(c -> sizes.add(size));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        int at = text.indexOf(word);
        return at < 0 ? 0f : sizes.get(at);
    }

    /** The colours (0xRRGGBB) that page {@code page} (1-based) sets for stroking lines with the RG operator. */
    public Set<Integer> strokeColours(int page) throws IOException {
        Set<Integer> out = new LinkedHashSet<>();
        List<Object> tokens = new PDFStreamParser(document.getPage(page - 1)).parse();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("RG")) {
                int rgb = 0;
                for (int c = 3; c >= 1; c--) {
                    rgb = (rgb << 8) | Math.round(((COSNumber) tokens.get(i - c)).floatValue() * 255);
                }
                out.add(rgb);
            }
        }
        return out;
    }

    /** The leftmost and rightmost x of the glyphs in the band of {@link #bandText}, in points from the left edge. */
    public float[] bandExtent(int page, float top, float bottom) throws IOException {
        float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                float y = glyph.getYDirAdj();
                if (!glyph.getUnicode().isBlank() && y >= top && y <= bottom) {
                    extent[0] = Math.min(extent[0], glyph.getXDirAdj());
                    extent[1] = Math.max(extent[1], glyph.getXDirAdj() + glyph.getWidthDirAdj());
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return extent;
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

    /**
     * Every font used on any page, by its base name without the subset tag ({@code DejaVuSans}), with whether its
     * program is embedded.
     */
    public java.util.Map<String, Boolean> fonts() throws IOException {
        java.util.Map<String, Boolean> out = new java.util.TreeMap<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                out.merge(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font.isEmbedded(), Boolean::logicalAnd);
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
