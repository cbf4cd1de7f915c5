package org.anthology.edition.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.anthology.model.SourcePosition;

/**
 * A character of the book's text that none of the PDF theme's fonts can show, and where it was written; the PDF
 * would leave it out.
 */
public record UncoveredCharacter(SourcePosition position, int codePoint, List<String> fonts) {

    public UncoveredCharacter {
        Objects.requireNonNull(position, "position");
        fonts = List.copyOf(fonts);
    }

    /** One line for the build log: {@code file:line: character U+4E92 '互' is not in the PDF fonts ... . Add ...}. */
    public String message() {
        return position + ": " + problem();
    }

    /** What is wrong and what to do, without the position. */
    public String problem() {
        return String.format(Locale.ROOT, "character U+%04X '%s' is not in the PDF fonts %s. "
                        + "Put a TrueType or OpenType font that covers it in the fonts/ folder beside "
                        + "pdf-theme.properties and add its family to font.fallback, "
                        + "or build only the EPUB (formats=epub)",
                codePoint, Character.toString(codePoint), String.join(", ", fonts));
    }
}
