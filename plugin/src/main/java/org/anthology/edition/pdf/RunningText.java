package org.anthology.edition.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the heads and feet of the PDF edition's left-hand (verso) and right-hand (recto) pages show, part of its
 * {@link PdfTheme}: text in which {@code ${book}}, {@code ${chapter}}, {@code ${author}} (the chapter's, empty if
 * it has none) and {@code ${page}} (the printed number) stand for their values; an empty text shows nothing. Heads
 * and feet each sit in the middle of the text block or, mirrored like the margins, towards the outer edge.
 */
public record RunningText(String headerVerso, String headerRecto, String footerVerso, String footerRecto,
                          Align headerAlign, Align footerAlign) {

    /** Where a line sits across the page. */
    public enum Align { CENTER, OUTSIDE }

    /** The names a placeholder may have. */
    public static final Set<String> PLACEHOLDERS = Set.of("book", "chapter", "author", "page");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    public RunningText {
        for (String text : new String[] {headerVerso, headerRecto, footerVerso, footerRecto}) {
            unknownPlaceholder(Objects.requireNonNull(text, "text")).ifPresent(name -> {
                throw new IllegalArgumentException("unknown placeholder ${" + name + "} in '" + text + "'");
            });
        }
        Objects.requireNonNull(headerAlign, "headerAlign");
        Objects.requireNonNull(footerAlign, "footerAlign");
    }

    /** The book's title over left-hand pages, the chapter's over right-hand pages, the number centred below. */
    public static RunningText classic() {
        return new RunningText("${book}", "${chapter}", "${page}", "${page}", Align.CENTER, Align.CENTER);
    }

    /** The first placeholder in {@code text} whose name is not one of {@link #PLACEHOLDERS}, if any. */
    public static Optional<String> unknownPlaceholder(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                return Optional.of(placeholder.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code text} with every placeholder replaced by its value in {@code values}, stripped, so a line whose only
     * placeholder is empty (a chapter without author) shows nothing.
     */
    static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1)))).strip();
    }

    /** The {@code header.*} and {@code footer.*} keys read by {@code keys}; a missing one is {@code fallback}'s. */
    static RunningText read(PdfTheme.Reader keys, RunningText fallback) {
        return new RunningText(text(keys, "header.verso", fallback.headerVerso()),
                text(keys, "header.recto", fallback.headerRecto()),
                text(keys, "footer.verso", fallback.footerVerso()),
                text(keys, "footer.recto", fallback.footerRecto()),
                align(keys, "header.align", fallback.headerAlign()),
                align(keys, "footer.align", fallback.footerAlign()));
    }

    private static String text(PdfTheme.Reader keys, String key, String fallback) {
        String value = keys.raw(key);
        if (value == null) {
            return fallback;
        }
        unknownPlaceholder(value).ifPresent(name -> {
            throw PdfTheme.Reader.bad(key, value, "text with the placeholders ${book}, ${chapter}, ${author} and "
                    + "${page}, or nothing (${" + name + "} is not one of them)");
        });
        return value;
    }

    private static Align align(PdfTheme.Reader keys, String key, Align fallback) {
        String value = keys.raw(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "center" -> Align.CENTER;
            case "outside" -> Align.OUTSIDE;
            default -> throw PdfTheme.Reader.bad(key, value, "center or outside (towards the page's outer edge)");
        };
    }
}
