package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Set lines drawn into a page and read back with PDFBox: the operators written, the words and where they stand. */
class LineDrawingTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final String TEXT = "The network engineers of the early years built infrastructure that carried "
            + "international communication for manufacturers and governments, and their understanding of the "
            + "technological development shaped the competitive markets that followed them for decades to come.";
    private static final float LEFT = 72f;
    private static final float TOP = 700f;
    private static final float LEADING = 14f;

    private final FontSet fonts = new FontSet(THEME);

    private List<SetLine> lines(List<Inline> content) {
        Paragraph paragraph = fonts.paragraph(THEME.bodyLeading());
        paragraph.addAll(new InlineRenderer(fonts, THEME, FontSet.Role.BODY, THEME.bodySize())
                .hyphenated(PatternHyphenation.forLanguage("en")).render(content));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return new ParagraphSetter(new LineStatistics()).set(paragraph, 220f).orElseThrow().lines();
    }

    /** A page with {@code lines} drawn one below the other, from the top. */
    private byte[] page(List<SetLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        for (int i = 0; i < lines.size(); i++) {
            LineDrawing.draw(writer.getDirectContent(), lines.get(i).runs(), LEFT, TOP - i * LEADING);
        }
        document.close();
        TextArrays.release(writer);
        return out.toByteArray();
    }

    @Test
    void showsEachLineInOneFaceAsOneTextArray() throws IOException {
        List<SetLine> lines = lines(List.of(new Inline.Text(TEXT)));
        int shows = 0;
        try (PDDocument pdf = Loader.loadPDF(page(lines))) {
            for (Object token : new PDFStreamParser(pdf.getPage(0)).parse()) {
                if (token instanceof Operator operator && List.of("TJ", "Tj", "'", "\"").contains(operator.getName())) {
                    shows++;
                }
            }
        }
        assertEquals(lines.size(), shows, "one text-showing operator per line, not one per word");
    }

    @Test
    void readsBackEveryWordWithItsSpaces() throws IOException {
        List<SetLine> lines = lines(List.of(new Inline.Text(TEXT)));
        String text;
        try (PDDocument pdf = Loader.loadPDF(page(lines))) {
            text = new PDFTextStripper().getText(pdf);
        }
        String joined = text.replaceAll("-\\R", "").replaceAll("\\s+", " ").strip();
        assertEquals(TEXT, joined);
    }

    @Test
    void placesEveryWordWhereTheBreakerPutIt() throws IOException {
        List<SetLine> lines = lines(List.of(new Inline.Text(TEXT), new Inline.Emphasis(List.of(
                new Inline.Text("in italics for a while"))), new Inline.Text(" and back again to the end.")));
        List<Float> starts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private boolean afterSpace = true;
            private float y = Float.NaN;

            @Override
            protected void processTextPosition(TextPosition position) {
                String glyph = position.getUnicode();
                boolean lineStart = position.getYDirAdj() != y;
                y = position.getYDirAdj();
                if (!" ".equals(glyph) && (afterSpace || lineStart)) {
                    starts.add(position.getXDirAdj());
                }
                afterSpace = " ".equals(glyph);
                super.processTextPosition(position);
            }
        };
        try (PDDocument pdf = Loader.loadPDF(page(lines))) {
            stripper.getText(pdf);
        }
        List<Float> expected = new ArrayList<>();
        for (SetLine line : lines) {
            for (int i = 0; i < line.runs().size(); i++) {
                SetLine.Placed run = line.runs().get(i);
                if (i == 0 || line.runs().get(i - 1).spaced()) {
                    expected.add(LEFT + run.x());
                }
            }
        }
        assertEquals(expected.size(), starts.size(), "one start per word");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), starts.get(i), 0.01f, "word " + i + " starts where it was set");
        }
        assertTrue(lines.size() > 3);
    }

    @Test
    void endsAWordWithASpaceGlyphWhereASpaceFollowsItAndNowhereElse() throws IOException {
        // The same word first at a line's end, where no space follows it, then inside a line, then at the end again.
        TextStyle style = TextStyle.of(fonts.chunks("word", FontSet.Role.BODY, false, false, 10f).get(0));
        float word = style.font().getWidthPointKerned("word", 10f);
        float space = style.font().getWidthPoint(' ', 10f);
        List<SetLine> lines = List.of(line(new SetLine.Placed("word", style, 0f, word, false)),
                line(new SetLine.Placed("word", style, 0f, word, true),
                        new SetLine.Placed("word", style, word + space, word, false)));
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                glyphs.append(position.getUnicode());
            }
        };
        try (PDDocument pdf = Loader.loadPDF(page(lines))) {
            stripper.getText(pdf);
        }
        assertEquals("word" + "word word", glyphs.toString(), "the glyphs shown, space glyphs included");
    }

    private static SetLine line(SetLine.Placed... runs) {
        return new SetLine(List.of(runs), 0, false, false, List.of());
    }
}
