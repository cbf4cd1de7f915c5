package org.anthology.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads the PDF theme from the book's theme file, then the POM's {@code <theme>} entries, then command-line
 * overrides, and checks it as the contents file is checked: every unknown key (with the known key it most likely
 * means) and every bad value is an error at the line that sets it, all of them at once.
 */
final class PdfThemeSettings {

    /** The keys a theme may set: those of the built-in theme, which documents every one. */
    static final Set<String> KNOWN_KEYS = knownKeys();

    /** A theme that passed every check, with the keys it was read from (file, then POM, then command line). */
    record Checked(PdfTheme theme, Properties keys) {
    }

    private PdfThemeSettings() {
    }

    /**
     * The checked theme, or empty after reporting every problem.
     *
     * @param shownFile the theme file as problems name it
     * @param text      the book's theme file, empty when it has none
     * @param settings  keys set in the POM or on the command line, in the order they apply
     */
    static Optional<Checked> read(String shownFile, String text, List<ThemeSetting> settings,
                                   Diagnostics diagnostics) {
        List<ThemeEntries.Entry> entries = entries(shownFile, text, settings);
        Properties merged = new Properties();
        boolean ok = true;
        for (ThemeEntries.Entry entry : entries) {
            ok &= check(entry, diagnostics);
            merged.setProperty(entry.key(), entry.value());
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checked(PdfTheme.load(merged), merged));
        } catch (IllegalArgumentException e) {
            // only what spans keys is left (margins wider than the paper): name the last margin or paper setting
            String origin = entries.stream()
                    .filter(en -> en.key().startsWith("margin.") || en.key().equals("page.size"))
                    .reduce((a, b) -> b).map(ThemeEntries.Entry::origin).orElse(shownFile + ":1");
            report(diagnostics, origin, e.getMessage() + ". Make the margins narrower or the paper larger");
            return Optional.empty();
        }
    }

    /**
     * A theme of only the font keys that pass their own checks, so the font files can be checked in the same build
     * as the theme's other problems are reported.
     */
    static PdfTheme fontsOf(String shownFile, String text, List<ThemeSetting> settings) {
        Properties fonts = new Properties();
        entries(shownFile, text, settings).stream()
                .filter(e -> e.key().startsWith("font.") && check(e, new Diagnostics()))
                .forEach(e -> fonts.setProperty(e.key(), e.value()));
        return PdfTheme.load(fonts);
    }

    private static List<ThemeEntries.Entry> entries(String shownFile, String text, List<ThemeSetting> settings) {
        List<ThemeEntries.Entry> entries = new ArrayList<>(ThemeEntries.of(shownFile, text));
        settings.forEach(s -> entries.add(new ThemeEntries.Entry(s.key(), s.value(), s.origin())));
        return entries;
    }

    private static boolean check(ThemeEntries.Entry entry, Diagnostics diagnostics) {
        if (entry.key().equals(ThemeEntries.MALFORMED)) {
            report(diagnostics, entry.origin(), "this line has a malformed \\uXXXX escape. Write the "
                    + "character itself (the file is UTF-8) or four hexadecimal digits after \\u");
            return false;
        }
        if (!KNOWN_KEYS.contains(entry.key())) {
            report(diagnostics, entry.origin(), "unknown PDF theme key '" + entry.key() + "'. "
                    + suggestion(entry.key()));
            return false;
        }
        Properties one = new Properties();
        one.setProperty(entry.key(), entry.value());
        try {
            PdfTheme.load(one);
            return true;
        } catch (IllegalArgumentException e) {
            report(diagnostics, entry.origin(), strip(e.getMessage()));
            return false;
        }
    }

    private static String suggestion(String key) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String nearest = KNOWN_KEYS.stream().min(Comparator.comparingInt(k -> distance.apply(k, key)))
                .orElseThrow();
        if (distance.apply(nearest, key) <= Math.max(2, key.length() / 3)) {
            return "Did you mean " + nearest + "?";
        }
        return "Use one of " + String.join(", ", KNOWN_KEYS);
    }

    /** An error at {@code origin}: {@code file:line}, or a command-line property named at the message's start. */
    private static void report(Diagnostics diagnostics, String origin, String message) {
        int colon = origin.lastIndexOf(':');
        if (colon > 0 && origin.substring(colon + 1).matches("\\d+")) {
            diagnostics.error(new SourcePosition(origin.substring(0, colon),
                    Integer.parseInt(origin.substring(colon + 1))), message);
        } else {
            diagnostics.error(null, origin + ": " + message);
        }
    }

    private static String strip(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static Set<String> knownKeys() {
        try (InputStream in = PdfThemeSettings.class.getResourceAsStream("/org/anthology/styles/" + Styles.PDF_THEME)) {
            Properties builtIn = new Properties();
            builtIn.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return java.util.Collections.unmodifiableSet(new TreeSet<>(builtIn.stringPropertyNames()));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the plugin jar lacks its built-in PDF theme", e);
        }
    }
}
