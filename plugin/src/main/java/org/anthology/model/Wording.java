package org.anthology.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words both editions generate around the author's text ("Edited by", "Contents", "Language"), from one
 * message table per language ({@code Wording_<language>.properties}), English when the book's language has none.
 * The machine's own locale never takes part, so the same book gets the same words on every machine.
 */
public final class Wording {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle messages;
    /** The language the messages are in: English for the fallback table. */
    private final Locale locale;

    private Wording(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : messages.getLocale();
    }

    /** The wording for a BCP 47 language tag, falling back to English word by word. */
    public static Wording forLanguage(String languageTag) {
        return new Wording(ResourceBundle.getBundle(Wording.class.getName(), Locale.forLanguageTag(languageTag),
                NO_DEFAULT_LOCALE));
    }

    /** The message {@code key}, with {@code {0}}, {@code {1}} ... filled from {@code values}. */
    public String get(String key, Object... values) {
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no wording for '" + key + "'", e);
        }
        return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
    }

    /** Names as a reader says them: "A", "A and B", "A, B and C". */
    public String join(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(get("list-separator"), names.subList(0, names.size() - 1)) + get("and")
                + names.get(names.size() - 1);
    }

    /** The language's name in the language of these messages; the tag itself when Java does not know it. */
    public String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(locale);
        return name.isBlank() ? tag : name;
    }
}
