package org.anthology.pipeline;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** An edition format the build can write; the one place where the names in {@code <formats>} are read. */
public enum Format {
    /** An EPUB 3 book. */
    EPUB,
    /** A PDF/A-1b book. */
    PDF;

    /** The name in {@code <formats>}, which is also the edition's file extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats named, in any case; unknown or no names are a configuration problem, thrown as an
     * {@link IllegalArgumentException} whose message says what to do.
     */
    public static Set<Format> parse(Collection<String> names) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : names) {
            formats.add(Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name + "' in <formats>. Use "
                            + known())));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("<formats> is empty. Name at least one of " + known());
        }
        return formats;
    }

    private static String known() {
        return Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", "));
    }
}
