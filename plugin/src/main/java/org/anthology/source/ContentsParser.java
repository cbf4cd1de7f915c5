package org.anthology.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.anthology.model.Wording;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Walks the contents file's node tree into a {@link ContentsFile}, reporting misplaced or unknown keys. */
final class ContentsParser {

    static final List<String> BOOK_KEYS = List.of("title", "subtitle", "editors", "labels", "dedication",
            "foreword", "afterword", "parts", "chapters");
    static final List<String> PART_KEYS = List.of("title", "subtitle", "introduction", "chapters");
    static final List<String> CHAPTER_KEYS = List.of("file", "title", "subtitle", "author", "authors", "bio",
            "file-as", "epigraph", "source", "rights", "language", "format", "paragraphs", "split", "style-map");

    private final YamlNodes nodes;

    ContentsParser(YamlNodes nodes) {
        this.nodes = nodes;
    }

    ContentsFile book(Node root) {
        if (!(root instanceof MappingNode map)) {
            nodes.problem(root, "the contents file must be a mapping with 'title' and 'chapters'");
            return ContentsFile.empty();
        }
        Book book = new Book();
        for (NodeTuple tuple : map.getValue()) {
            String key = nodes.key(tuple);
            Node value = tuple.getValueNode();
            switch (key) {
                case "title" -> book.title = nodes.scalar(value);
                case "subtitle" -> book.subtitle = nodes.scalar(value);
                case "editors" -> book.editors.addAll(nodes.strings(value));
                case "labels" -> book.labels.putAll(labels(value));
                case "dedication" -> book.dedication = matter(value, Chapter.Matter.DEDICATION);
                case "foreword" -> book.foreword = matter(value, Chapter.Matter.FOREWORD);
                case "afterword" -> book.afterword = matter(value, Chapter.Matter.AFTERWORD);
                case "parts" -> parts(value, book);
                case "chapters" -> book.chapters.addAll(entries(value));
                default -> nodes.unknown(tuple.getKeyNode(), "key", key, BOOK_KEYS);
            }
        }
        return book.contents();
    }

    /** The book's fields as they are read; front and back matter take their place in reading order at the end. */
    private static final class Book {
        Optional<String> title = Optional.empty();
        Optional<String> subtitle = Optional.empty();
        final List<String> editors = new ArrayList<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        Optional<ContentsFile.Entry> dedication = Optional.empty();
        Optional<ContentsFile.Entry> foreword = Optional.empty();
        Optional<ContentsFile.Entry> afterword = Optional.empty();
        final List<ContentsFile.Entry> partChapters = new ArrayList<>();
        final List<ContentsFile.PartEntry> parts = new ArrayList<>();
        final List<ContentsFile.Entry> chapters = new ArrayList<>();

        ContentsFile contents() {
            List<ContentsFile.Entry> all = new ArrayList<>();
            dedication.ifPresent(all::add);
            foreword.ifPresent(all::add);
            all.addAll(partChapters);
            all.addAll(chapters);
            afterword.ifPresent(all::add);
            return new ContentsFile(title, subtitle, editors, all, parts, labels);
        }
    }

    private Map<String, String> labels(Node value) {
        Map<String, String> out = new LinkedHashMap<>();
        nodes.mapping(value, "label", Wording.keys()).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    private Optional<ContentsFile.Entry> matter(Node value, Chapter.Matter matter) {
        return nodes.scalar(value).map(file -> new ContentsFile.Entry(file, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), nodes.position(value), Map.of(), matter));
    }

    private void parts(Node value, Book book) {
        if (!(value instanceof SequenceNode seq)) {
            nodes.problem(value, "'parts' must be a list. Start each part with '- title: name'");
            return;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode map)) {
                nodes.problem(item, "a part must be a mapping with 'title' and 'chapters'");
                continue;
            }
            part(map, book);
        }
    }

    private void part(MappingNode map, Book book) {
        Optional<String> title = Optional.empty();
        Optional<String> subtitle = Optional.empty();
        Optional<String> introduction = Optional.empty();
        List<ContentsFile.Entry> chapters = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = nodes.key(tuple);
            Node value = tuple.getValueNode();
            switch (key) {
                case "title" -> title = nodes.scalar(value);
                case "subtitle" -> subtitle = nodes.scalar(value);
                case "introduction" -> introduction = nodes.scalar(value);
                case "chapters" -> chapters.addAll(entries(value));
                default -> nodes.unknown(tuple.getKeyNode(), "part key", key, PART_KEYS);
            }
        }
        if (title.isEmpty()) {
            nodes.problem(map, "this part has no 'title'. Give it one, e.g. 'title: Part One'");
            return;
        }
        book.partChapters.addAll(chapters);
        book.parts.add(new ContentsFile.PartEntry(title.get(), subtitle, introduction,
                chapters.stream().map(ContentsFile.Entry::file).toList(), nodes.position(map)));
    }

    private List<ContentsFile.Entry> entries(Node node) {
        List<ContentsFile.Entry> out = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            nodes.problem(node, "'chapters' must be a list. Start each chapter with '- file: name'");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode) {
                nodes.scalar(item).ifPresent(f -> out.add(new ContentsFile.Entry(f, Optional.empty(),
                        Optional.empty(), Optional.empty(), nodes.position(item))));
            } else if (item instanceof MappingNode map) {
                new EntryParser(nodes).entry(map).ifPresent(out::add);
            } else {
                nodes.problem(item, "a chapter must be a file name or a mapping with 'file'");
            }
        }
        return out;
    }
}
