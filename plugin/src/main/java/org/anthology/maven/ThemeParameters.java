package org.anthology.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.anthology.pipeline.ThemeSetting;

/**
 * The PDF theme keys set in the POM's {@code <theme>} map, then those given on the command line as
 * {@code -Danthology.theme.<key>=<value>}, which win: a property cannot override a parameter the POM sets, so the
 * theme's command-line keys have a prefix of their own.
 */
final class ThemeParameters {

    /** The prefix of a theme key given as a user property. */
    static final String PROPERTY_PREFIX = BuildMojo.PREFIX + "theme.";

    private ThemeParameters() {
    }

    static List<ThemeSetting> of(Map<String, String> pom, File pomFile, Properties userProperties) {
        List<ThemeSetting> settings = new ArrayList<>();
        List<String> pomLines = lines(pomFile);
        new TreeMap<>(pom == null ? Map.<String, String>of() : pom).forEach((key, value) -> settings.add(
                new ThemeSetting(key, value == null ? "" : value, origin(pomFile, pomLines, key))));
        new TreeMap<>(userProperties).forEach((name, value) -> {
            String property = name.toString();
            if (property.startsWith(PROPERTY_PREFIX)) {
                settings.add(new ThemeSetting(property.substring(PROPERTY_PREFIX.length()), value.toString(),
                        "-D" + property));
            }
        });
        return settings;
    }

    /** {@code pom.xml:<line>} of the element that sets {@code key}, or the file alone when it is inherited. */
    private static String origin(File pomFile, List<String> lines, String key) {
        String name = pomFile == null ? "pom.xml" : pomFile.getName();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<" + key + ">") || lines.get(i).contains("<" + key + "/>")) {
                return name + ":" + (i + 1);
            }
        }
        return name + ":1";
    }

    private static List<String> lines(File pomFile) {
        try {
            return pomFile == null || !pomFile.isFile() ? List.of()
                    : Files.readAllLines(pomFile.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Maven has just read this POM; should it fail now, problems name the file without a line
            return List.of();
        }
    }
}
