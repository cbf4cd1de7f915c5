package org.anthology.edition.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a finished page, in points: a name print-on-demand services and publishers use ({@code 6x9},
 * {@code 5.5x8.5}, {@code A5}, {@code royal}, {@code demy}, the older {@code TRADE} and {@code LETTER}) or any
 * {@code WIDTHxHEIGHT} with a unit ({@code 6x9in}, {@code 148x210mm}, {@code 15.6x23.4cm}, {@code 432x648pt}).
 *
 * @param width  the trimmed width in points
 * @param height the trimmed height in points
 */
public record TrimSize(float width, float height) {

    /** Points in an inch and in a millimetre. */
    static final float INCH = 72f;
    static final float MM = 72f / 25.4f;

    private static final Pattern DIMENSIONS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(in|mm|cm|pt)?");

    /** The named sizes; a bare {@code WxH} without a unit is in inches, as the services list their trims. */
    private static final Map<String, TrimSize> NAMED = Map.of(
            // The sizes themes named before trims could be given freely keep their exact values.
            "a4", new TrimSize(595.28f, 841.89f), "a5", new TrimSize(419.53f, 595.28f),
            "b5", new TrimSize(498.90f, 708.66f), "letter", inches(8.5f, 11f), "trade", inches(6f, 9f),
            // Royal and demy octavo as British publishers trim them.
            "royal", mm(156, 234), "demy", mm(138, 216));

    public TrimSize {
        if (!(width > 0f && height > 0f)) {
            throw new IllegalArgumentException("a trim size needs a positive width and height");
        }
    }

    /** The size {@code width} × {@code height} inches. */
    public static TrimSize inches(float width, float height) {
        return new TrimSize(width * INCH, height * INCH);
    }

    /** The size {@code width} × {@code height} millimetres. */
    public static TrimSize mm(float width, float height) {
        return new TrimSize(width * MM, height * MM);
    }

    /**
     * The size {@code text} names, ignoring case and spaces.
     *
     * @throws IllegalArgumentException when it is neither a known name nor {@code WIDTHxHEIGHT} with a known unit
     */
    public static TrimSize parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        TrimSize named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        Matcher m = DIMENSIONS.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown trim size '" + text + "'");
        }
        float per = unit(m.group(3) == null ? "in" : m.group(3));
        float width = Float.parseFloat(m.group(1)) * per;
        float height = Float.parseFloat(m.group(2)) * per;
        if (width < 2 * INCH || height < 2 * INCH || width > 30 * INCH || height > 30 * INCH) {
            throw new IllegalArgumentException("trim size '" + text + "' is not between 2 and 30 inches a side");
        }
        return new TrimSize(width, height);
    }

    /** Points per {@code unit}: {@code in}, {@code mm}, {@code cm} or {@code pt}. */
    static float unit(String unit) {
        return switch (unit) {
            case "in" -> INCH;
            case "mm" -> MM;
            case "cm" -> 10 * MM;
            case "pt" -> 1f;
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "'");
        };
    }

    /** The size in inches to three places, as the services print it: {@code 6 x 9 in}. */
    public String describe() {
        return inches(width) + " x " + inches(height) + " in";
    }

    /** {@code points} in inches, to at most three places. */
    static String inches(float points) {
        return new java.math.BigDecimal(points / INCH).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
