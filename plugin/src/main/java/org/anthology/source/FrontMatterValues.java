package org.anthology.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns front matter nodes into plain values (text, lists, mappings) and checks the fields the book reads have the
 * shape it needs: a single value for a title or a language, a language that is text, a date that is a date. Each
 * wrong shape is reported at its line and the field left out; fields the book does not read pass unchecked.
 */
record FrontMatterValues(YamlNodes nodes) {

    private static final List<String> SINGLE = List.of("title", "subtitle", "source", "rights", "language", "lang",
            "file-as", "bio");

    String key(NodeTuple tuple) {
        return nodes.key(tuple);
    }

    /** The value of one front matter entry, or empty when it has the wrong shape (reported). */
    Optional<Object> field(NodeTuple tuple) {
        String key = key(tuple);
        Node value = tuple.getValueNode();
        if (SINGLE.contains(key) && !(value instanceof ScalarNode)) {
            nodes.problem(value, "front matter '" + key + "' must be a single value, not a "
                    + (value instanceof SequenceNode ? "list" : "mapping") + ". Write one value after '" + key + ":'");
            return Optional.empty();
        }
        if ((key.equals("language") || key.equals("lang")) && value instanceof ScalarNode scalar
                && scalar.getValue().strip().matches("[0-9.+-]+")) {
            nodes.problem(value, "front matter '" + key + "' is the number " + scalar.getValue().strip()
                    + ", not a language. Write a tag such as en, en-GB, de, pt-BR or zh-Hans");
            return Optional.empty();
        }
        if (key.equals("date") && value instanceof ScalarNode scalar && !isDate(scalar.getValue().strip())) {
            nodes.diagnostics().warning(nodes.position(value), "front matter 'date' '" + scalar.getValue().strip()
                    + "' is not a date. Write it as YYYY-MM-DD");
        }
        return Optional.ofNullable(plain(value));
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(plain(item)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Object key = plain(tuple.getKeyNode());
                map.put(String.valueOf(key), plain(tuple.getValueNode()));
            }
        }
        return map;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException again) {
                return false;
            }
        }
    }
}
