package org.anthology.edition.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the printer needs beyond the page's look: the bleed added around the trim on the outer, top and bottom
 * edges ({@code page.bleed}), crop marks ({@code page.marks}), the inside margin taken from the page count by a
 * {@link GutterTable} when {@code margin.inner=auto} (steps in {@code margin.inner.steps}, KDP's by default), the
 * paper ({@code print.paper}) and service ({@code print.service}) that decide the cover's spine, and whether a cover
 * is written ({@code print.cover}).
 *
 * @param bleed      the bleed in points, 0 for none
 * @param cropMarks  whether each page carries crop marks in a slug around its bleed
 * @param autoGutter the table that gives the inside margin from the page count, when the margin is automatic
 * @param paper      the paper the interior is printed on
 * @param service    the print-on-demand service whose rules the printer's check applies
 * @param cover      whether the cover is written beside the interior
 */
public record PrintSpec(float bleed, boolean cropMarks, Optional<GutterTable> autoGutter, PaperStock paper,
                        PrintService service, boolean cover) {

    private static final Pattern LENGTH = Pattern.compile("(\\d*\\.?\\d+)\\s*(in|mm|cm|pt)?");

    public PrintSpec {
        Objects.requireNonNull(autoGutter, "autoGutter");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(service, "service");
        if (bleed < 0f || bleed > TrimSize.INCH) {
            throw new IllegalArgumentException("a bleed must be from 0 to 1 in");
        }
    }

    /** No bleed, no marks, a fixed inside margin, KDP white paper, a cover. */
    public static PrintSpec defaults() {
        return new PrintSpec(0f, false, Optional.empty(), PaperStock.white(), PrintService.KDP, true);
    }

    /** The room crop marks need outside the bleed, in points: a quarter inch. */
    public float slug() {
        return cropMarks ? TrimSize.INCH / 4 : 0f;
    }

    /**
     * {@code text} as points: a number with a unit ({@code 0.125in}, {@code 3mm}, {@code 0.3cm}, {@code 9pt}), or a
     * bare number of points.
     *
     * @throws IllegalArgumentException when it is not a length
     */
    public static float length(String text) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("bad length '" + text + "'");
        }
        return Float.parseFloat(m.group(1)) * TrimSize.unit(m.group(2) == null ? "pt" : m.group(2));
    }

    /** Reads the print keys of a theme; a missing key takes its value from {@code d}. */
    static PrintSpec read(PdfTheme.Reader r, PrintSpec d) {
        boolean auto = "auto".equalsIgnoreCase(String.valueOf(r.raw("margin.inner")));
        Optional<GutterTable> gutter = auto
                ? Optional.of(parsed(r, "margin.inner.steps", GutterTable::parse, GutterTable.kdp(),
                        "steps PAGES:LENGTH separated by commas, such as 150:0.375in, 300:0.5in"))
                : Optional.empty();
        float bleed = parsed(r, "page.bleed", PrintSpec::bleed, d.bleed(), "a length from 0 to 1in, such as 0.125in");
        PaperStock paper = parsed(r, "print.paper", PaperStock::parse, d.paper(),
                "white, cream, or a page's thickness such as 0.0025in");
        PrintService service = parsed(r, "print.service",
                value -> PrintService.valueOf(value.toUpperCase(Locale.ROOT)), d.service(), "kdp, ingramspark or lulu");
        return new PrintSpec(bleed, r.bool("page.marks", d.cropMarks()), gutter, paper, service,
                r.bool("print.cover", d.cover()));
    }

    private static float bleed(String text) {
        float bleed = length(text);
        if (bleed > TrimSize.INCH) {
            throw new IllegalArgumentException("bleed over an inch");
        }
        return bleed;
    }

    private static <T> T parsed(PdfTheme.Reader r, String key, java.util.function.Function<String, T> parse,
                                T fallback, String expected) {
        String value = r.raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw PdfTheme.Reader.bad(key, value, expected);
        }
    }
}
