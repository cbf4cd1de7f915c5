package org.anthology.edition.pdf;

import java.util.Locale;

/**
 * The paper a book is printed on, by the thickness of one page (a leaf's side): KDP's white paper is 0.002252 in
 * a page, its cream paper 0.0025 in; any other stock is given by its thickness.
 *
 * @param name          how the printer's check names it
 * @param inchesPerPage the thickness one page adds to the spine, in inches
 */
public record PaperStock(String name, double inchesPerPage) {

    public PaperStock {
        if (!(inchesPerPage > 0 && inchesPerPage < 0.02)) {
            throw new IllegalArgumentException("a page's thickness must be between 0 and 0.02 in");
        }
    }

    /** KDP's white paper. */
    public static PaperStock white() {
        return new PaperStock("white", 0.002252);
    }

    /**
     * {@code white}, {@code cream}, or a page's thickness with a unit ({@code 0.0025in}, {@code 0.06mm}).
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static PaperStock parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "white" -> white();
            case "cream" -> new PaperStock("cream", 0.0025);
            default -> {
                if (!key.matches("\\d*\\.\\d+\\s*(in|mm)")) {
                    throw new IllegalArgumentException("unknown paper '" + text + "'");
                }
                yield new PaperStock(key, PrintSpec.length(key) / TrimSize.INCH);
            }
        };
    }
}
