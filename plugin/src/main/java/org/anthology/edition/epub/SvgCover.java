package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Credits;
import org.anthology.model.ImageType;
import org.anthology.model.Metadata;

/**
 * Draws the cover the book gets when none is supplied: title, subtitle and creators set in type on a plain ground,
 * as an SVG in the 1:1.6 proportion stores ask for. Lines are wrapped by an estimate of glyph widths, since there is
 * no font to measure with.
 */
final class SvgCover {

    static final String FILE = "cover.svg";
    static final String MEDIA_TYPE = ImageType.SVG.mediaType();

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 2560;
    private static final String GROUND = "#1f3a5f";
    private static final String RULE = "#c9a227";
    private static final String INK = "#ffffff";

    private final Xml xml;

    private SvgCover(Xml xml) {
        this.xml = xml;
    }

    static void write(Metadata metadata, Credits credits, OutputStream out) {
        Xml xml = new Xml(out);
        xml.start("svg").defaultNamespace(SVG_NS).attr("version", "1.1").xmlLang(metadata.language())
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(HEIGHT)).newline();
        xml.element("title", metadata.title()).newline();
        xml.empty("rect").attr("width", "100%").attr("height", "100%").attr("fill", GROUND).newline();
        SvgCover cover = new SvgCover(xml);
        int y = cover.lines(wrap(metadata.title(), 18), 800, 150, "bold");
        if (metadata.subtitle().isPresent()) {
            y = cover.lines(wrap(metadata.subtitle().get(), 30), y + 60, 80, "normal");
        }
        xml.empty("rect").attr("x", "600").attr("y", Integer.toString(y + 40)).attr("width", "400")
                .attr("height", "8").attr("fill", RULE).newline();
        if (!credits.creators().isEmpty()) {
            cover.lines(wrap(credits.wording().join(credits.creators()), 30), HEIGHT - 400, 80, "normal");
        }
        xml.end().newline();
        xml.finish();
    }

    /** Centred lines from baseline {@code y}; returns the baseline after the last line. */
    private int lines(List<String> lines, int y, int fontSize, String weight) {
        int baseline = y;
        for (String line : lines) {
            xml.start("text").attr("x", Integer.toString(WIDTH / 2)).attr("y", Integer.toString(baseline))
                    .attr("text-anchor", "middle").attr("font-family", "Georgia, 'Times New Roman', serif")
                    .attr("font-size", Integer.toString(fontSize)).attr("font-weight", weight).attr("fill", INK)
                    .text(line).end().newline();
            baseline += fontSize * 5 / 4;
        }
        return baseline;
    }

    /** Greedy word wrap to {@code width} columns, counting wide (CJK) characters as two columns. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && columns(line) + 1 + columns(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int columns(CharSequence text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
