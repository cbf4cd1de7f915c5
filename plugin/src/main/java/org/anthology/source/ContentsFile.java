package org.anthology.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The editor's contents file (YAML): the book's title, subtitle and editors, and the chapters in reading order,
 * each naming its source file and optionally its title, author, format ({@code text}, {@code markdown},
 * {@code html}, {@code docx} or {@code epub}), for plain text how paragraphs are written
 * ({@code paragraphs: line|blank|wrapped}; detected when absent), for an EPUB whether each of its documents is a
 * chapter ({@code split: true}), and for a Word file extra style-map lines ({@code style-map}).
 * Parsed as a node tree so every problem names its line.
 */
public record ContentsFile(Optional<String> title, Optional<String> subtitle, List<String> editors,
                           List<Entry> chapters) {

    /**
     * One chapter line of the contents file. {@code split} makes an EPUB one chapter per spine document;
     * {@code styleMap} adds mammoth style-map lines for a Word file.
     */
    public record Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                        Optional<ParagraphStyle> paragraphs, boolean split, List<String> styleMap,
                        SourcePosition position) {

        public Entry {
            styleMap = List.copyOf(styleMap);
        }

        /** An entry with the paragraph style given or detected, and no EPUB or Word options. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     Optional<ParagraphStyle> paragraphs, SourcePosition position) {
            this(file, title, author, format, paragraphs, false, List.of(), position);
        }

        /** An entry that leaves the paragraph style to detection. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     SourcePosition position) {
            this(file, title, author, format, Optional.empty(), position);
        }
    }

    /** The values of a chapter's {@code format} key. */
    public static final List<String> FORMATS = List.of("text", "markdown", "html", "docx", "epub");

    public ContentsFile {
        editors = List.copyOf(editors);
        chapters = List.copyOf(chapters);
    }

    /** A contents file that says nothing: natural file order, titles from the texts. */
    public static ContentsFile empty() {
        return new ContentsFile(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** Reads {@code path}; {@code displayName} is how problems name it. Problems go to {@code diagnostics}. */
    public static ContentsFile read(Path path, String displayName, Diagnostics diagnostics) throws IOException {
        String yaml = Files.readString(path, StandardCharsets.UTF_8);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            diagnostics.error(new SourcePosition(displayName, line),
                    "invalid YAML: " + e.getProblem() + ". Fix the contents file's syntax");
            return empty();
        }
        if (root == null) {
            return empty();
        }
        return new Parser(displayName, diagnostics).book(root);
    }

    /** Walks the YAML node tree, reporting misplaced or unknown keys with their lines. */
    private record Parser(String file, Diagnostics diagnostics) {

        ContentsFile book(Node root) {
            if (!(root instanceof MappingNode map)) {
                problem(root, "the contents file must be a mapping with 'title' and 'chapters'");
                return empty();
            }
            Optional<String> title = Optional.empty();
            Optional<String> subtitle = Optional.empty();
            List<String> editors = new ArrayList<>();
            List<Entry> chapters = new ArrayList<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalar(tuple.getKeyNode()).orElse("");
                Node value = tuple.getValueNode();
                switch (key) {
                    case "title" -> title = scalar(value);
                    case "subtitle" -> subtitle = scalar(value);
                    case "editors" -> editors.addAll(strings(value));
                    case "chapters" -> chapters.addAll(entries(value));
                    default -> problem(tuple.getKeyNode(), "unknown key '" + key
                            + "'. Use title, subtitle, editors or chapters");
                }
            }
            return new ContentsFile(title, subtitle, editors, chapters);
        }

        private List<Entry> entries(Node node) {
            List<Entry> out = new ArrayList<>();
            if (!(node instanceof SequenceNode seq)) {
                problem(node, "'chapters' must be a list. Start each chapter with '- file: name'");
                return out;
            }
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode) {
                    scalar(item).ifPresent(f -> out.add(new Entry(f, Optional.empty(), Optional.empty(),
                            Optional.empty(), position(item))));
                } else if (item instanceof MappingNode map) {
                    entry(map).ifPresent(out::add);
                } else {
                    problem(item, "a chapter must be a file name or a mapping with 'file'");
                }
            }
            return out;
        }

        private Optional<Entry> entry(MappingNode map) {
            Optional<String> file = Optional.empty();
            Optional<String> title = Optional.empty();
            Optional<String> author = Optional.empty();
            Optional<String> format = Optional.empty();
            Optional<ParagraphStyle> paragraphs = Optional.empty();
            boolean split = false;
            List<String> styleMap = new ArrayList<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalar(tuple.getKeyNode()).orElse("");
                Node value = tuple.getValueNode();
                switch (key) {
                    case "file" -> file = scalar(value);
                    case "title" -> title = scalar(value);
                    case "author" -> author = scalar(value);
                    case "format" -> format = format(value);
                    case "paragraphs" -> paragraphs = paragraphs(value);
                    case "split" -> split = split(value);
                    case "style-map" -> styleMap.addAll(strings(value));
                    default -> problem(tuple.getKeyNode(), "unknown chapter key '" + key
                            + "'. Use file, title, author, format, paragraphs, split or style-map");
                }
            }
            if (file.isEmpty()) {
                problem(map, "this chapter has no 'file'. Name its source file, e.g. 'file: 01-intro.md'");
                return Optional.empty();
            }
            return Optional.of(new Entry(file.get(), title, author, format, paragraphs, split, styleMap,
                    position(map)));
        }

        private Optional<String> format(Node value) {
            Optional<String> format = scalar(value);
            if (format.isPresent() && !FORMATS.contains(format.get())) {
                problem(value, "unknown format '" + format.get() + "'. Use " + String.join(", ", FORMATS));
                return Optional.empty();
            }
            return format;
        }

        private boolean split(Node value) {
            Optional<String> word = scalar(value);
            if (word.isPresent() && !List.of("true", "false").contains(word.get())) {
                problem(value, "'split' must be true (one chapter per EPUB document) or false");
            }
            return word.map("true"::equals).orElse(false);
        }

        private Optional<ParagraphStyle> paragraphs(Node value) {
            Optional<String> word = scalar(value);
            Optional<ParagraphStyle> style = word.flatMap(ParagraphStyle::fromKeyword);
            if (word.isPresent() && style.isEmpty()) {
                problem(value, "unknown paragraph style '" + word.get() + "'. Use 'line', 'blank' or 'wrapped'");
            }
            return style;
        }

        private List<String> strings(Node node) {
            if (node instanceof SequenceNode seq) {
                return seq.getValue().stream().map(this::scalar).flatMap(Optional::stream).toList();
            }
            return scalar(node).stream().toList();
        }

        private Optional<String> scalar(Node node) {
            if (node instanceof ScalarNode s) {
                String v = s.getValue().strip();
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
            problem(node, "expected a single value here");
            return Optional.empty();
        }

        private SourcePosition position(Node node) {
            return new SourcePosition(file, node.getStartMark().getLine() + 1);
        }

        private void problem(Node node, String message) {
            diagnostics.error(position(node), message);
        }
    }
}
