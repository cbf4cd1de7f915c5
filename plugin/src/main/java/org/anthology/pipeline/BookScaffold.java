package org.anthology.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a new book project that builds as it is: a POM (packaging {@code pom}, UTF-8, an output timestamp, this
 * plugin pinned), a sample chapter in {@code texts/}, {@code src/contents.yaml}, the documented built-in theme and
 * style sheet in {@code styles/} to start from, and {@code .mvn/} so Maven 4 finds the project's root.
 */
public final class BookScaffold {

    /**
     * What the new book is called and who wrote it.
     *
     * @param groupId       the POM's groupId
     * @param artifactId    the POM's artifactId, also the editions' file name
     * @param title         the book's title
     * @param author        the sample chapter's author and the book's editor
     * @param language      the book's language, a BCP 47 tag
     * @param timestamp     the output timestamp the POM pins
     * @param pluginVersion the version of this plugin the POM pins
     */
    public record Book(String groupId, String artifactId, String title, String author, String language,
                       String timestamp, String pluginVersion) {

        public Book {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(pluginVersion, "pluginVersion");
        }
    }

    /** Each file written, relative to the project, and the resource it comes from. */
    private static final Map<String, String> FILES = files();

    private BookScaffold() {
    }

    /** The files {@code write} would create, relative to the project folder. */
    public static List<String> paths() {
        return List.copyOf(FILES.keySet());
    }

    /** The files among {@link #paths()} that already exist in {@code folder}: {@code write} would replace them. */
    public static List<String> existing(Path folder) {
        return paths().stream().filter(p -> Files.exists(folder.resolve(p))).toList();
    }

    /** Writes the project into {@code folder} and returns the files written. */
    public static List<Path> write(Path folder, Book book) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(resource(file.getValue()), book), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    private static String fill(String template, Book book) {
        return template.replace("{{groupId}}", xml(book.groupId())).replace("{{artifactId}}", xml(book.artifactId()))
                .replace("{{title}}", xml(book.title())).replace("{{title.yaml}}", yaml(book.title()))
                .replace("{{author.yaml}}", yaml(book.author()))
                .replace("{{language}}", xml(book.language())).replace("{{timestamp}}", book.timestamp())
                .replace("{{pluginVersion}}", xml(book.pluginVersion()));
    }

    /** Escapes for a double-quoted YAML scalar. */
    private static String yaml(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BookScaffold.class.getResourceAsStream("/org/anthology/" + name)) {
            if (in == null) {
                throw new IOException("the plugin jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "init/pom.xml.template");
        files.put(".mvn/jvm.config", "init/jvm.config.template");
        files.put(".gitignore", "init/gitignore.template");
        files.put("src/contents.yaml", "init/contents.yaml.template");
        files.put("texts/01-first-chapter.md", "init/01-first-chapter.md.template");
        files.put("styles/pdf-theme.properties", "styles/pdf-theme.properties");
        files.put("styles/epub.css", "styles/epub.css");
        return files;
    }
}
