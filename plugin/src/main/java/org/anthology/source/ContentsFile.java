package org.anthology.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The editor's contents file (YAML): the book's title, subtitle and editors, its own wording of generated labels,
 * an optional dedication, foreword and afterword, and the chapters in reading order, either in a flat list or
 * grouped under parts. Each chapter names its source file and optionally its title, authors, subtitle, epigraph,
 * source, rights, language, format ({@code text}, {@code markdown}, {@code html}, {@code docx} or {@code epub}),
 * for plain text how paragraphs are written ({@code paragraphs: line|blank|wrapped}), for an EPUB whether each of
 * its documents is a chapter ({@code split: true}), and for a Word file extra style-map lines ({@code style-map}). Parsed as a node tree so every problem names its line.
 *
 * @param chapters every manuscript in reading order: dedication, foreword, the parts' chapters, the flat list's
 *                 chapters, afterword
 * @param parts    the parts, each naming its chapters' files
 * @param labels   generated words the editor set, by message key
 */
public record ContentsFile(Optional<String> title, Optional<String> subtitle, List<String> editors,
                           List<Entry> chapters, List<PartEntry> parts, Map<String, String> labels) {

    /**
     * One chapter line of the contents file. {@code split} makes an EPUB one chapter per spine document;
     * {@code styleMap} adds mammoth style-map lines for a Word file. {@code fields} holds what it says about the
     * chapter beyond file, title, author, format and paragraphs (subtitle, authors, epigraph, source, rights,
     * language, bio, file-as), in the shape front matter has, so both are read by {@link ChapterFields}; it wins over
     * the manuscript's front matter.
     */
    public record Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                        Optional<ParagraphStyle> paragraphs, boolean split, List<String> styleMap,
                        SourcePosition position, Map<String, Object> fields, Chapter.Matter matter) {

        public Entry {
            styleMap = List.copyOf(styleMap);
            fields = Map.copyOf(fields);
        }

        /** A body chapter entry with extra fields and no EPUB or Word options. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     Optional<ParagraphStyle> paragraphs, SourcePosition position, Map<String, Object> fields,
                     Chapter.Matter matter) {
            this(file, title, author, format, paragraphs, false, List.of(), position, fields, matter);
        }

        /** A body chapter entry with EPUB or Word options and nothing else said. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     Optional<ParagraphStyle> paragraphs, boolean split, List<String> styleMap,
                     SourcePosition position) {
            this(file, title, author, format, paragraphs, split, styleMap, position, Map.of(), Chapter.Matter.BODY);
        }

        /** A body chapter entry with nothing said beyond its file, title, author, format and paragraphs. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     Optional<ParagraphStyle> paragraphs, SourcePosition position) {
            this(file, title, author, format, paragraphs, position, Map.of(), Chapter.Matter.BODY);
        }

        /** An entry that leaves the paragraph style to detection. */
        public Entry(String file, Optional<String> title, Optional<String> author, Optional<String> format,
                     SourcePosition position) {
            this(file, title, author, format, Optional.empty(), position);
        }
    }

    /** The values of a chapter's {@code format} key. */
    public static final List<String> FORMATS = List.of("text", "markdown", "html", "docx", "epub");

    /** One part: its title, subtitle, introduction file (read like a chapter, shown under the part's title), files. */
    public record PartEntry(String title, Optional<String> subtitle, Optional<String> introduction,
                            List<String> files, SourcePosition position) {

        public PartEntry {
            files = List.copyOf(files);
        }
    }

    public ContentsFile {
        editors = List.copyOf(editors);
        chapters = List.copyOf(chapters);
        parts = List.copyOf(parts);
        labels = Map.copyOf(labels);
    }

    /** A contents file with a flat list of chapters and no labels. */
    public ContentsFile(Optional<String> title, Optional<String> subtitle, List<String> editors,
                        List<Entry> chapters) {
        this(title, subtitle, editors, chapters, List.of(), Map.of());
    }

    /** A contents file that says nothing: natural file order, titles from the texts. */
    public static ContentsFile empty() {
        return new ContentsFile(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** The part introductions' files: manuscripts of the source directory that are not chapters. */
    public List<String> introductions() {
        return parts.stream().flatMap(p -> p.introduction().stream()).toList();
    }

    /** Every file the contents file names, chapters and introductions. */
    public List<String> files() {
        return Stream.concat(chapters.stream().map(Entry::file), introductions().stream()).toList();
    }

    /** Reads {@code path}; {@code displayName} is how problems name it. Problems go to {@code diagnostics}. */
    public static ContentsFile read(Path path, String displayName, Diagnostics diagnostics) throws IOException {
        Optional<String> text = SourceText.decodeUtf8(Files.readAllBytes(path), displayName, diagnostics);
        if (text.isEmpty()) {
            return empty();
        }
        String yaml = text.get();
        Optional<Node> root = YamlLoader.compose(yaml, displayName, 1, "Fix the contents file's syntax",
                diagnostics);
        if (root.isEmpty()) {
            return empty();
        }
        return new ContentsParser(new YamlNodes(displayName, diagnostics)).book(root.get());
    }
}
