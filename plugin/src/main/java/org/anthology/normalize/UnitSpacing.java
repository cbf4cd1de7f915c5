package org.anthology.normalize;

import java.util.Set;

/**
 * Joins a number to its unit ({@code 5 km}, {@code 20 %}, {@code 30 °C}) and an initial to what follows
 * ({@code J. R. R. Tolkien}) with a no-break space, so a line never ends between them. Only when the setting asks.
 */
final class UnitSpacing {

    private static final char NBSP = '\u00A0';
    private static final Set<String> UNITS = Set.of("km", "m", "cm", "mm", "µm", "nm", "kg", "g", "mg", "t", "l",
            "L", "ml", "mL", "cl", "s", "ms", "min", "h", "Hz", "kHz", "MHz", "GHz", "kB", "MB", "GB", "TB", "W", "kW",
            "V", "A", "°C", "°F", "K", "%", "‰", "€", "$", "£", "¥", "px", "pt");

    private UnitSpacing() {
    }

    /** The runs with no-break spaces before units and after initials; counts them in {@code tally}. */
    static TextRuns apply(TextRuns in, Tally tally) {
        String text = in.flat();
        TextRuns.Writer out = in.writer();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && !in.inUrl(i) && (beforeUnit(text, i) || afterInitial(text, i))) {
                out.emit(i, NBSP);
                tally.add(TypographyReport.Rule.NO_BREAK_SPACES, 1);
            } else {
                out.keep(i);
            }
        }
        return out.result();
    }

    private static boolean beforeUnit(String text, int space) {
        if (space == 0 || !Character.isDigit(text.charAt(space - 1))) {
            return false;
        }
        int end = space + 1;
        while (end < text.length() && isUnitChar(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            return false;
        }
        return UNITS.contains(text.substring(space + 1, end));
    }

    private static boolean isUnitChar(char c) {
        return Character.isLetter(c) || "%‰€$£¥°".indexOf(c) >= 0;
    }

    private static boolean afterInitial(String text, int space) {
        return space >= 2 && text.charAt(space - 1) == '.' && Character.isUpperCase(text.charAt(space - 2))
                && (space == 2 || !Character.isLetter(text.charAt(space - 3)))
                && space + 1 < text.length() && Character.isUpperCase(text.charAt(space + 1));
    }
}
