package org.anthology.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.anthology.model.Block;
import org.anthology.model.BlockFailure;
import org.anthology.model.Chapter;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Finds the manuscripts in the source directory, puts them in reading order (the contents file's order, else the
 * natural order of file names) and reads each into a {@link Chapter} with the reader its format calls for.
 */
public final class Manuscripts {

    private static final List<String> TEXT_EXTENSIONS = List.of("txt", "text");
    private static final List<String> MARKDOWN_EXTENSIONS = List.of("md", "markdown");
    private static final List<String> HTML_EXTENSIONS = List.of("html", "htm", "xhtml");
    private static final List<String> BINARY_EXTENSIONS = List.of("docx", "epub");

    private final Path basedir;
    private final Charset charset;
    private final ChapterReader chapterReader = new ChapterReader();
    private final PerChapter tasks;

    /** Manuscripts decoded with {@code charset}; problems name files relative to {@code basedir}. */
    public Manuscripts(Path basedir, Charset charset) {
        this(basedir, charset, PerChapter.sequential());
    }

    /** As {@link #Manuscripts(Path, Charset)}, each manuscript read as one of {@code tasks}. */
    public Manuscripts(Path basedir, Charset charset, PerChapter tasks) {
        this.basedir = basedir;
        this.charset = charset;
        this.tasks = tasks;
    }

    /**
     * Whether an image file was taken out of a manuscript (a Word or EPUB file's own pictures, a data URI) into a
     * folder of the build's own, rather than found beside the text.
     */
    public static boolean isExtractedImage(Path file) {
        return ExtractedImages.holds(file);
    }

    /** Reads every manuscript of {@code sourceDirectory} in reading order. */
    public List<Chapter> read(Path sourceDirectory, ContentsFile contents, Diagnostics diagnostics)
            throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            diagnostics.error(null, "source directory " + display(sourceDirectory)
                    + " does not exist. Create it or set <sourceDirectory>");
            return List.of();
        }
        Map<String, Path> files = manuscriptFiles(sourceDirectory);
        addNamedByFormat(sourceDirectory, contents, files);
        List<List<Chapter>> read = tasks.map(ordered(files, contents, diagnostics), diagnostics, (entry, own) -> {
            Path file = files.get(entry.file());
            byte[] bytes = Files.readAllBytes(file);
            try {
                return chapterReader.read(1, bytes, format(entry, bytes), charset, display(file),
                        file.toAbsolutePath().getParent(), entry, own);
            } catch (RuntimeException | StackOverflowError e) {
                throw BlockFailure.at(new SourcePosition(display(file), 1), e);
            }
        });
        // A manuscript may give no chapter (undecodable) or several (an EPUB split by its documents), so the
        // chapters are numbered once all are read.
        List<Chapter> chapters = new ArrayList<>();
        for (List<Chapter> ofOneFile : read) {
            for (Chapter chapter : ofOneFile) {
                chapters.add(numbered(chapter, chapters.size() + 1));
            }
        }
        if (chapters.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(null, "no manuscripts (*.txt, *.md, *.html, *.docx, *.epub) found in " + display(sourceDirectory)
                    + ". Add texts there or set <sourceDirectory>");
        }
        return chapters;
    }

    /**
     * The parts of the contents file, each holding the ids of its chapters among {@code chapters} (as read from
     * {@code sourceDirectory}) and its introduction read like a chapter's body.
     */
    public List<Part> parts(Path sourceDirectory, ContentsFile contents, List<Chapter> chapters,
                            Diagnostics diagnostics) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        chapters.forEach(chapter -> ids.put(chapter.source().file(), chapter.id()));
        List<Part> parts = new ArrayList<>();
        for (ContentsFile.PartEntry entry : contents.parts()) {
            List<String> chapterIds = entry.files().stream()
                    .map(f -> ids.get(display(sourceDirectory.resolve(f)))).filter(java.util.Objects::nonNull)
                    .toList();
            List<Block> introduction = new ArrayList<>();
            if (entry.introduction().isPresent()) {
                introduction(sourceDirectory, entry, diagnostics).ifPresent(c -> introduction.addAll(c.blocks()));
            }
            parts.add(new Part("part" + (parts.size() + 1), entry.title(), entry.subtitle(), introduction,
                    chapterIds, entry.position()));
        }
        return parts;
    }

    private Optional<Chapter> introduction(Path sourceDirectory, ContentsFile.PartEntry part,
                                           Diagnostics diagnostics) throws IOException {
        String name = part.introduction().get();
        Path file = sourceDirectory.resolve(name);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(part.position(), "part introduction '" + name + "' is not in the source directory. "
                    + "Fix the name or add the file");
            return Optional.empty();
        }
        ContentsFile.Entry entry = entryFor(name);
        byte[] bytes = Files.readAllBytes(file);
        boolean markdown = format(entry, bytes).equals("markdown");
        Optional<String> text = SourceText.decode(bytes, charset, display(file), diagnostics);
        return text.map(t -> chapterReader.read("intro", t, display(file), file.toAbsolutePath().getParent(),
                entry, markdown, diagnostics));
    }

    private static Chapter numbered(Chapter c, int number) {
        return new Chapter(ChapterReader.id(number), c.title(), c.authors(), c.language(), c.blocks(), c.source(),
                c.details());
    }

    private List<ContentsFile.Entry> ordered(Map<String, Path> files, ContentsFile contents,
                                             Diagnostics diagnostics) {
        if (contents.chapters().isEmpty()) {
            return files.keySet().stream().map(Manuscripts::entryFor).toList();
        }
        List<ContentsFile.Entry> order = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (ContentsFile.Entry entry : contents.chapters()) {
            if (!files.containsKey(entry.file())) {
                diagnostics.error(entry.position(), "chapter file '" + entry.file() + "' is not in the source "
                        + "directory. Fix the name or add the file");
            } else if (listed.contains(entry.file())) {
                diagnostics.error(entry.position(), "chapter file '" + entry.file() + "' is listed twice. "
                        + "List each file once");
            } else {
                order.add(entry);
                listed.add(entry.file());
            }
        }
        for (String file : files.keySet()) {
            if (!listed.contains(file) && !contents.introductions().contains(file)) {
                diagnostics.warning(null, display(files.get(file)) + " is not in the contents file and was "
                        + "added at the end. List it in the contents file to place it");
                order.add(entryFor(file));
            }
        }
        return order;
    }

    /** A file of any extension is a manuscript when the contents file lists it with its {@code format}. */
    private static void addNamedByFormat(Path directory, ContentsFile contents, Map<String, Path> files) {
        for (ContentsFile.Entry entry : contents.chapters()) {
            Path file = directory.resolve(entry.file()).normalize();
            if (entry.format().isPresent() && !files.containsKey(entry.file()) && file.startsWith(directory)
                    && Files.isRegularFile(file)) {
                files.put(entry.file(), file);
            }
        }
    }

    private static ContentsFile.Entry entryFor(String file) {
        return new ContentsFile.Entry(file, Optional.empty(), Optional.empty(), Optional.empty(),
                new SourcePosition(file, 1));
    }

    private static Map<String, Path> manuscriptFiles(Path directory) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(Manuscripts::isManuscript)
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        }
        return files;
    }

    /** Whether {@code file} is a manuscript the folder's listing takes: a visible regular file of a known kind. */
    private static boolean isManuscript(Path file) {
        return !file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)
                && isManuscript(extension(file));
    }

    private static boolean isManuscript(String extension) {
        return TEXT_EXTENSIONS.contains(extension) || MARKDOWN_EXTENSIONS.contains(extension)
                || HTML_EXTENSIONS.contains(extension) || BINARY_EXTENSIONS.contains(extension);
    }

    /** The contents file's {@code format}, else the one the file's extension names. */
    private static String format(ContentsFile.Entry entry, byte[] bytes) {
        if (entry.format().isPresent()) {
            return entry.format().get();
        }
        String extension = extension(Path.of(entry.file()));
        if (HTML_EXTENSIONS.contains(extension)) {
            return "html";
        }
        if (BINARY_EXTENSIONS.contains(extension)) {
            return extension;
        }
        return MARKDOWN_EXTENSIONS.contains(extension) || opensFrontMatter(bytes) ? "markdown" : "text";
    }

    /** A text file with YAML front matter is a blog post exported as Markdown (Jekyll, Hugo). */
    private static boolean opensFrontMatter(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "");
        return start.startsWith("---\n") || start.startsWith("---\r");
    }

    /**
     * Whether {@code directory} holds a manuscript that, by its file alone, is read as Markdown: a Markdown file,
     * or a text file opening with front matter. A guess for getting ready, not the reading's own choice: the
     * contents file may name formats and files elsewhere. False when the folder cannot be listed.
     */
    static boolean holdsMarkdown(Path directory) {
        // In the folder's own order, without the sorting the reading needs: the first Markdown manuscript answers.
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (!isManuscript(file)) {
                    continue;
                }
                String extension = extension(file);
                if (MARKDOWN_EXTENSIONS.contains(extension)) {
                    return true;
                }
                if (TEXT_EXTENSIONS.contains(extension) && opensFrontMatter(firstBytes(file))) {
                    return true;
                }
            }
        } catch (IOException e) {
            // The read lists the folder again and reports what fails.
        }
        return false;
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String display(Path path) {
        Path shown = path.isAbsolute() && path.startsWith(basedir) ? basedir.relativize(path) : path;
        return shown.toString().replace('\\', '/');
    }
}
