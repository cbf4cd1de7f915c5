package org.anthology.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads values out of the contents file's and front matter's YAML nodes, reporting a value of the wrong shape at its line. */
record YamlNodes(String file, Diagnostics diagnostics, int lineOffset) {

    /** Nodes of a YAML file of its own, whose first line is the file's first. */
    YamlNodes(String file, Diagnostics diagnostics) {
        this(file, diagnostics, 0);
    }

    /** The key of a mapping entry, or "" when it is not a plain value. */
    String key(NodeTuple tuple) {
        return scalar(tuple.getKeyNode()).orElse("");
    }

    /** A single trimmed value; empty (and reported) when the node is a list or mapping. */
    Optional<String> scalar(Node node) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        problem(node, "expected a single value here");
        return Optional.empty();
    }

    /** One value or a list of values. */
    List<String> strings(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(this::scalar).flatMap(Optional::stream).toList();
        }
        return scalar(node).stream().toList();
    }

    /**
     * A mapping of single values whose keys must be among {@code allowed}; an unknown key is reported with the
     * list of valid ones. {@code what} names the mapping in messages ("epigraph", "author").
     */
    Map<String, Object> mapping(Node node, String what, List<String> allowed) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            problem(node, "'" + what + "' must be a mapping. Write its keys (" + String.join(", ", allowed)
                    + ") on lines of their own");
            return out;
        }
        for (NodeTuple tuple : map.getValue()) {
            String key = key(tuple);
            if (!allowed.contains(key)) {
                unknown(tuple.getKeyNode(), what + " key", key, allowed);
            } else {
                scalar(tuple.getValueNode()).ifPresent(v -> out.put(key, v));
            }
        }
        return out;
    }

    /** A list of items, each a single value or a mapping with keys among {@code allowed}. */
    List<Object> items(Node node, String what, List<String> allowed) {
        List<Object> out = new ArrayList<>();
        List<Node> nodes = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : nodes) {
            if (item instanceof MappingNode) {
                out.add(mapping(item, what, allowed));
            } else {
                scalar(item).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Reports a key that is not one of {@code allowed}. */
    void unknown(Node at, String what, String key, List<String> allowed) {
        problem(at, "unknown " + what + " '" + key + "'. Use " + String.join(", ", allowed));
    }

    SourcePosition position(Node node) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1 + lineOffset);
    }

    void problem(Node node, String message) {
        diagnostics.error(position(node), message);
    }
}
