package org.anthology.normalize;

import java.util.Locale;

/**
 * The quotation marks of a language: what a straight double quote (primary) and a straight single quote
 * (secondary) become, and whether French spacing applies. The apostrophe is always U+2019.
 */
record QuoteStyle(char openDouble, char closeDouble, char openSingle, char closeSingle, boolean frenchSpacing) {

    /** The apostrophe in every language. */
    static final char APOSTROPHE = '’';

    static final QuoteStyle ENGLISH = new QuoteStyle('“', '”', '‘', '’', false);
    static final QuoteStyle BRITISH = new QuoteStyle('‘', '’', '“', '”', false);
    static final QuoteStyle GERMAN = new QuoteStyle('„', '“', '‚', '‘', false);
    // French inner quotes are English double quotes without spacing (Imprimerie nationale's usual choice).
    static final QuoteStyle FRENCH = new QuoteStyle('«', '»', '“', '”', true);
    static final QuoteStyle JAPANESE = new QuoteStyle('「', '」', '『', '』', false);
    static final QuoteStyle TRADITIONAL_CHINESE = JAPANESE;

    /** The style for a BCP 47 language tag; languages without their own style use English marks. */
    static QuoteStyle forLanguage(String tag, boolean british) {
        String lower = tag.toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        switch (primary) {
            case "de":
                return GERMAN;
            case "fr":
                return FRENCH;
            case "ja":
                return JAPANESE;
            case "zh":
                boolean traditional = lower.contains("hant") || lower.endsWith("-tw") || lower.endsWith("-hk");
                return traditional ? TRADITIONAL_CHINESE : ENGLISH;
            case "en":
                return british ? BRITISH : ENGLISH;
            default:
                return british ? BRITISH : ENGLISH;
        }
    }

    /** The opening mark for a straight quote of the given kind. */
    char open(boolean dbl) {
        return dbl ? openDouble : openSingle;
    }

    /** The closing mark for a straight quote of the given kind. */
    char close(boolean dbl) {
        return dbl ? closeDouble : closeSingle;
    }
}
