package org.anthology.edition.pdf;

import java.awt.Color;
import java.util.Objects;

/**
 * The ink of the PDF edition's pages, part of its {@link PdfTheme}: running text (code too), chapter titles and
 * headings (the title page too), running heads and page numbers, links, and drawn lines (table rules, contents
 * leaders). Colours are sRGB, the PDF's output intent, so they print as they show on screen.
 */
public record PageColours(Color text, Color heading, Color running, Color link, Color rule) {

    public PageColours {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(rule, "rule");
    }

    /** Everything in black, as type is set when no colour is asked for. */
    public static PageColours allBlack() {
        return allIn(Color.BLACK);
    }

    /** Everything in {@code colour}. */
    public static PageColours allIn(Color colour) {
        return new PageColours(colour, colour, colour, colour, colour);
    }

    /**
     * The {@code color.*} keys read by {@code keys} as {@code #RRGGBB}; a missing text colour is {@code fallback}'s,
     * and every other missing colour follows the text colour, so one key recolours the whole page.
     */
    static PageColours read(PdfTheme.Reader keys, PageColours fallback) {
        Color text = colour(keys, "color.text", fallback.text());
        return new PageColours(text, colour(keys, "color.heading", text), colour(keys, "color.running", text),
                colour(keys, "color.link", text), colour(keys, "color.rule", text));
    }

    private static Color colour(PdfTheme.Reader keys, String key, Color fallback) {
        String value = keys.raw(key);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("#[0-9A-Fa-f]{6}")) {
            throw PdfTheme.Reader.bad(key, value, "a colour as #RRGGBB in hexadecimal, such as #1A1A1A");
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }
}
