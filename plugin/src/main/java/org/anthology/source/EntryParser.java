package org.anthology.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one chapter mapping of the contents file, checking each key and the shape of its value. */
final class EntryParser {

    static final List<String> AUTHOR_KEYS = List.of("name", "bio", "file-as");
    static final List<String> EPIGRAPH_KEYS = List.of("text", "attribution");

    private final YamlNodes nodes;
    private Optional<String> file = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> author = Optional.empty();
    private Optional<String> format = Optional.empty();
    private Optional<ParagraphStyle> paragraphs = Optional.empty();
    private boolean split;
    private final List<String> styleMap = new ArrayList<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    EntryParser(YamlNodes nodes) {
        this.nodes = nodes;
    }

    Optional<ContentsFile.Entry> entry(MappingNode map) {
        for (NodeTuple tuple : map.getValue()) {
            field(nodes.key(tuple), tuple);
        }
        if (file.isEmpty()) {
            nodes.problem(map, "this chapter has no 'file'. Name its source file, e.g. 'file: 01-intro.md'");
            return Optional.empty();
        }
        author.ifPresent(a -> fields.put("author", a));
        return Optional.of(new ContentsFile.Entry(file.get(), title, author, format, paragraphs, split,
                styleMap, nodes.position(map), fields, Chapter.Matter.BODY));
    }

    private void field(String key, NodeTuple tuple) {
        Node value = tuple.getValueNode();
        switch (key) {
            case "file" -> file = nodes.scalar(value);
            case "title" -> title = nodes.scalar(value);
            case "author" -> author = nodes.scalar(value);
            case "format" -> format = format(value);
            case "paragraphs" -> paragraphs = paragraphs(value);
            case "split" -> split = split(value);
            case "style-map" -> styleMap.addAll(nodes.strings(value));
            case "authors" -> fields.put(key, nodes.items(value, "author", AUTHOR_KEYS));
            case "epigraph" -> fields.put(key, value instanceof MappingNode
                    ? nodes.mapping(value, "epigraph", EPIGRAPH_KEYS) : nodes.scalar(value).orElse(""));
            case "subtitle", "bio", "file-as", "source", "rights", "language" ->
                    nodes.scalar(value).ifPresent(v -> fields.put(key, v));
            default -> nodes.unknown(tuple.getKeyNode(), "chapter key", key, ContentsParser.CHAPTER_KEYS);
        }
    }

    private Optional<String> format(Node value) {
        Optional<String> word = nodes.scalar(value);
        if (word.isPresent() && !ContentsFile.FORMATS.contains(word.get())) {
            nodes.problem(value, "unknown format '" + word.get() + "'. Use " + String.join(", ", ContentsFile.FORMATS));
            return Optional.empty();
        }
        return word;
    }

    private boolean split(Node value) {
        Optional<String> word = nodes.scalar(value);
        if (word.isPresent() && !List.of("true", "false").contains(word.get())) {
            nodes.problem(value, "'split' must be true (one chapter per EPUB document) or false");
        }
        return word.map("true"::equals).orElse(false);
    }

    private Optional<ParagraphStyle> paragraphs(Node value) {
        Optional<String> word = nodes.scalar(value);
        Optional<ParagraphStyle> style = word.flatMap(ParagraphStyle::fromKeyword);
        if (word.isPresent() && style.isEmpty()) {
            nodes.problem(value, "unknown paragraph style '" + word.get() + "'. Use 'line', 'blank' or 'wrapped'");
        }
        return style;
    }
}
