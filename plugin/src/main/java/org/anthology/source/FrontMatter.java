package org.anthology.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * YAML front matter at the top of a manuscript (Jekyll, Hugo, Pandoc style: a {@code ---} line, YAML, then a
 * {@code ---} or {@code ...} line), composed within bounds and read by shape. Keeps the fields the book uses and
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
        Optional<Node> root = YamlLoader.compose(yaml, file, 2, "Fix the YAML between the '---' lines",
                diagnostics);
        if (root.isEmpty()) {
            return Map.of();
        }
        if (!(root.get() instanceof MappingNode map)) {
            diagnostics.warning(new SourcePosition(file, 2),
                    "front matter is not a YAML mapping and was ignored. Write it as 'key: value' lines");
            return Map.of();
        }
        FrontMatterValues values = new FrontMatterValues(new YamlNodes(file, diagnostics, 1));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            values.field(tuple).ifPresent(v -> fields.put(values.key(tuple), v));
        }
        return fields;
    }
}
