package org.anthology.pipeline;

import java.util.Objects;

/**
 * One PDF theme key set outside the theme file: in the POM's {@code <theme>} map or on the command line as
 * {@code -Danthology.theme.<key>=<value>}. Later settings win over earlier ones and over the theme file.
 *
 * @param key    the theme key, such as {@code page.size}
 * @param value  its value, as in the theme file
 * @param origin where it was set, as problems name it: {@code pom.xml:42} or {@code -Danthology.theme.page.size}
 */
public record ThemeSetting(String key, String value, String origin) {

    public ThemeSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
