package org.anthology.edition.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The look of the PDF edition: paper, margins, fonts and type sizes, read from a theme properties file such as
 * {@code styles/pdf-theme.properties}. Missing keys take the defaults of {@link #defaults()}.
 *
 * <p>Fonts are named by family ({@code LiberationSerif}): the book's own files when it brings them (see
 * {@link BookFonts}), else the built-in Liberation families. {@code fallbackFonts} lists, in order, the families
 * tried for a character a role's own family lacks, before the theme's other families. Lengths are in PostScript
 * points (1/72 inch). {@code chapterRecto} starts every chapter on a right-hand page (a blank left page is inserted
 * where needed); {@code contentsAuthors} names each chapter's authors under its title on the contents page;
 * {@code hyphenate} breaks words at line ends by the hyphenation patterns of the book's language; {@code tagged}
 * writes a tagged PDF (PDF/UA-1), whose structure tree gives assistive technology the reading order and roles.
 * The last components group the theme's colours ({@link PageColours}) and what the page heads and feet show
 * ({@link RunningText}).
 */
public record PdfTheme(TrimSize paper, float marginInner, float marginOuter, float marginTop, float marginBottom,
                       String bodyFont, String headingFont, String monoFont, float bodySize, float bodyLeading,
                       float headingSize, float monoSize, float footerSize, boolean chapterRecto,
                       boolean hyphenate, List<String> fallbackFonts, PageColours colours,
                       RunningText running, boolean contentsAuthors,
                       ParagraphStyle paragraphStyle, PrintSpec print, boolean tagged) {

    /**
     * How paragraphs of running text are told apart: a book's first-line indent of one em with no space between
     * them (none after a heading, scene break, list, table or quotation), or a line's space between unindented
     * paragraphs, as on the web.
     */
    public enum ParagraphStyle { INDENT, SPACE }

    public PdfTheme {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(bodyFont, "bodyFont");
        Objects.requireNonNull(headingFont, "headingFont");
        Objects.requireNonNull(monoFont, "monoFont");
        fallbackFonts = List.copyOf(fallbackFonts);
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(paragraphStyle, "paragraphStyle");
        Objects.requireNonNull(print, "print");
        if (marginInner + marginOuter >= paper.width() || marginTop + marginBottom >= paper.height()) {
            throw new IllegalArgumentException("margins leave no room for text on " + paper.describe() + " pages");
        }
    }

    /** The width of the text block between the inner and outer margins, in points. */
    public float textWidth() {
        return paper.width() - marginInner - marginOuter;
    }

    /** The height of the text block between the top and bottom margins, in points. */
    public float textHeight() {
        return paper.height() - marginTop - marginBottom;
    }

    /** The same look with an inside margin of {@code margin} points, as an automatic gutter sets it. */
    public PdfTheme withMarginInner(float margin) {
        return new PdfTheme(paper, margin, marginOuter, marginTop, marginBottom, bodyFont, headingFont, monoFont,
                bodySize, bodyLeading, headingSize, monoSize, footerSize, chapterRecto, hyphenate, fallbackFonts,
                colours, running, contentsAuthors, paragraphStyle, print, tagged);
    }

    /** The default look: A5 paper, Liberation Serif 10.5/14 body, Liberation Sans headings. */
    public static PdfTheme defaults() {
        return new PdfTheme(TrimSize.parse("A5"), 54f, 40f, 50f, 56f, "LiberationSerif", "LiberationSans", "LiberationMono",
                10.5f, 14f, 18f, 9f, 8.5f, true, true, List.of(), PageColours.allBlack(),
                RunningText.classic(), true, ParagraphStyle.INDENT, PrintSpec.defaults(), true);
    }

    /**
     * The theme described by {@code properties}; a missing key takes its default.
     *
     * @throws IllegalArgumentException naming the key when a value is malformed or out of range
     */
    public static PdfTheme load(Properties properties) {
        PdfTheme d = defaults();
        Reader r = new Reader(properties);
        PrintSpec print = PrintSpec.read(r, d.print());
        // An automatic inside margin starts from the table's first step; the edition widens it once it has counted.
        float inner = print.autoGutter().map(table -> table.marginFor(0))
                .orElseGet(() -> r.length("margin.inner", d.marginInner()));
        return new PdfTheme(r.paper("page.size", d.paper()), inner, r.length("margin.outer", d.marginOuter()),
                r.length("margin.top", d.marginTop()), r.length("margin.bottom", d.marginBottom()),
                r.family("font.body", d.bodyFont()), r.family("font.heading", d.headingFont()),
                r.family("font.mono", d.monoFont()),
                r.size("size.body", d.bodySize()), r.size("leading.body", d.bodyLeading()),
                r.size("size.heading", d.headingSize()), r.size("size.mono", d.monoSize()),
                r.size("size.footer", d.footerSize()),
                r.bool("chapter.recto", d.chapterRecto()), r.bool("text.hyphenate", d.hyphenate()),
                r.families("font.fallback", d.fallbackFonts()),
                PageColours.read(r, d.colours()), RunningText.read(r, d.running()),
                r.bool("contents.authors", d.contentsAuthors()),
                r.paragraphStyle("paragraph.style", d.paragraphStyle()), print, r.bool("pdf.tagged", d.tagged()));
    }

    /** Reads typed values and names the key in every complaint. */
    record Reader(Properties properties) {

        String raw(String key) {
            String value = properties.getProperty(key);
            return value == null ? null : value.strip();
        }

        TrimSize paper(String key, TrimSize fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                return TrimSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw bad(key, value, "a trim such as 6x9, 5.5x8.5, A5, B5, royal, demy, 6x9in or 148x210mm");
            }
        }

        float length(String key, float fallback) {
            return number(key, fallback, 0f, 300f, "a length in points from 0 to 300");
        }

        float size(String key, float fallback) {
            return number(key, fallback, 4f, 72f, "a size in points from 4 to 72");
        }

        boolean bool(String key, boolean fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(key, value, "true or false");
            };
        }

        ParagraphStyle paragraphStyle(String key, ParagraphStyle fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "indent" -> ParagraphStyle.INDENT;
                case "space" -> ParagraphStyle.SPACE;
                default -> throw bad(key, value, "indent (first line indented, as in books) or space (a gap between "
                        + "paragraphs)");
            };
        }

        String family(String key, String fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            if (!value.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw bad(key, value, "a font family name such as LiberationSerif");
            }
            return value;
        }

        List<String> families(String key, List<String> fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            if (!value.matches("([A-Za-z][A-Za-z0-9]*(\\s*,\\s*[A-Za-z][A-Za-z0-9]*)*)?")) {
                throw bad(key, value, "font family names separated by commas, such as NotoSansArmenian, DejaVuSans");
            }
            return value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
        }

        private float number(String key, float fallback, float min, float max, String expected) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                float parsed = Float.parseFloat(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the key and what is accepted
            }
            throw bad(key, value, expected);
        }

        static IllegalArgumentException bad(String key, String value, String expected) {
            return new IllegalArgumentException(
                    "PDF theme key '" + key + "' has bad value '" + value + "'. Use " + expected + ".");
        }
    }
}
