package org.anthology.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The key-value lines of a theme properties file, each with the line it starts on, read by
 * {@link Properties#load} itself so escapes and continuation lines mean what they mean there.
 */
final class ThemeEntries {

    /** One key set at a place: a theme file line, a POM element or a command-line property. */
    record Entry(String key, String value, String origin) {
    }

    /** The key under which a line that {@link Properties} cannot read (a malformed escape) is returned. */
    static final String MALFORMED = "\u0000";

    private ThemeEntries() {
    }

    /** Every key the text sets, in the order of its lines, each named {@code shownFile:line}. */
    static List<Entry> of(String shownFile, String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (endsInContinuation(lines.get(i)) && i + 1 < lines.size()) {
                i++;
                logical.append('\n').append(lines.get(i));
            }
            i++;
            Properties one = load(logical.toString());
            for (String key : one.stringPropertyNames()) {
                entries.add(new Entry(key, one.getProperty(key), shownFile + ":" + (first + 1)));
            }
        }
        return entries;
    }

    /** A comment line never continues; otherwise an odd number of trailing backslashes joins the next line. */
    private static boolean endsInContinuation(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("#") || stripped.startsWith("!")) {
            return false;
        }
        int backslashes = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        } catch (IllegalArgumentException e) {
            // a malformed \\uXXXX escape: the caller reports the line
            properties.setProperty(MALFORMED, text);
        }
        return properties;
    }
}
