package org.anthology.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML front matter at the top of a manuscript (Jekyll, Hugo, Pandoc style: a {@code ---} line, YAML, then a
 * {@code ---} or {@code ...} line), parsed with SnakeYAML's safe constructor. Keeps the fields the book uses and
 * where the body starts, so body line numbers stay true to the file.
 */
record FrontMatter(Map<String, Object> fields, String body, int bodyStartLine) {

    FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Splits {@code text} into front matter and body; a text without front matter has empty fields. */
    static FrontMatter parse(String text, String file, Diagnostics diagnostics) {
        if (!text.startsWith("---\n")) {
            return new FrontMatter(Map.of(), text, 1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                String yaml = String.join("\n", List.of(lines).subList(1, i));
                String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                return new FrontMatter(load(yaml, file, diagnostics), body, i + 2);
            }
        }
        // An opening rule with no closing one is a thematic break, not front matter.
        return new FrontMatter(Map.of(), text, 1);
    }

    /** A text field, trimmed, when present and not blank. */
    Optional<String> text(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        String s = value.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Map<String, Object> load(String yaml, String file, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                Map<String, Object> fields = new LinkedHashMap<>();
                map.forEach((k, v) -> fields.put(String.valueOf(k), v));
                return fields;
            }
            if (loaded != null) {
                diagnostics.warning(new SourcePosition(file, 2),
                        "front matter is not a YAML mapping and was ignored. Write it as 'key: value' lines");
            }
            return Map.of();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
            diagnostics.error(new SourcePosition(file, line), "invalid YAML front matter: "
                    + e.getProblem() + ". Fix the YAML between the '---' lines");
            return Map.of();
        } catch (YAMLException e) {
            diagnostics.error(new SourcePosition(file, 2), "invalid YAML front matter: " + e.getMessage()
                    + ". Fix the YAML between the '---' lines");
            return Map.of();
        }
    }
}
