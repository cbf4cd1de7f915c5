package org.anthology.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a plain-text manuscript writes its paragraphs: the plain-text reader detects it per file, and a contents-file
 * entry can force it with {@code paragraphs: line|blank|wrapped}.
 */
public enum ParagraphStyle {

    /** Each line is a paragraph; blank lines carry no meaning. */
    LINE("line"),

    /** Paragraphs are separated by blank lines; the lines of one paragraph are joined. */
    BLANK("blank"),

    /** Lines were wrapped by hand at 60 to 80 columns and are joined back; a short last line ends a paragraph. */
    WRAPPED("wrapped");

    private final String keyword;

    ParagraphStyle(String keyword) {
        this.keyword = keyword;
    }

    /** The word the contents file uses for this style. */
    public String keyword() {
        return keyword;
    }

    /** The style named {@code keyword}, if any. */
    public static Optional<ParagraphStyle> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(s -> s.keyword.equals(keyword.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
