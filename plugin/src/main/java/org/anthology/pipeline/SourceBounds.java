package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;
import org.anthology.model.Walk;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;

/**
 * Keeps a build to the project's own files: every manuscript, part introduction, image, style file, contents file
 * and cover the book reads must lie, symbolic links resolved, inside {@code ${project.basedir}} or a folder the
 * editor allowed ({@code <allowedSourceFolders>}). A link in the source folder to a file elsewhere would otherwise
 * publish that file's text, so each such file is refused at the place that names it.
 */
final class SourceBounds {

    private final Path basedir;
    private final List<Path> roots = new ArrayList<>();

    SourceBounds(Settings.Sources sources) throws IOException {
        this.basedir = sources.basedir().toAbsolutePath().normalize();
        roots.add(real(basedir).orElse(basedir));
        for (Path folder : sources.allowedFolders()) {
            roots.add(real(folder.toAbsolutePath().normalize()).orElse(folder.toAbsolutePath().normalize()));
        }
    }

    /** Reports each chapter file and part introduction outside the bounds, at its contents-file line if listed. */
    void checkManuscripts(Path sourceDirectory, ContentsFile contents, List<Chapter> chapters,
                          Diagnostics diagnostics) {
        Map<String, SourcePosition> listed = new LinkedHashMap<>();
        contents.chapters().forEach(e -> listed.put(e.file(), e.position()));
        Set<String> seen = new HashSet<>();
        for (Chapter chapter : chapters) {
            // An EPUB manuscript gives several chapters from one file: it is checked once.
            if (seen.add(chapter.source().file())) {
                Path file = basedir.resolve(chapter.source().file());
                SourcePosition at = listed.getOrDefault(file.getFileName().toString(), chapter.source());
                check(file, at, "manuscript " + chapter.source().file(), diagnostics);
            }
        }
        for (ContentsFile.PartEntry part : contents.parts()) {
            part.introduction().ifPresent(name -> check(sourceDirectory.resolve(name), part.position(),
                    "part introduction '" + name + "'", diagnostics));
        }
    }

    /** Reports each image the text shows that lies outside the bounds, at the innermost block that shows it. */
    void checkImages(List<Chapter> chapters, List<Part> parts, PerChapter tasks, Diagnostics diagnostics) {
        for (Map.Entry<Path, SourcePosition> image : images(chapters, parts, tasks).entrySet()) {
            if (Manuscripts.isExtractedImage(image.getKey())) {
                continue;
            }
            check(image.getKey(), image.getValue(), "image " + image.getKey().getFileName(), diagnostics);
        }
    }

    /** Reports the contents file, the cover and every style file when they lie outside the bounds. */
    void checkSettingsFiles(Settings settings, Diagnostics diagnostics) throws IOException {
        List<Path> files = new ArrayList<>();
        settings.sources().contentsFile().ifPresent(files::add);
        files.addAll(CoverImages.candidates(settings));
        Path styles = settings.sources().stylesDirectory();
        if (Files.isDirectory(styles)) {
            files.add(styles);
            try (Stream<Path> walk = Files.walk(styles)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            check(file, null, shown(file.toAbsolutePath().normalize()), diagnostics);
        }
    }

    /**
     * Every image file of the book with the position of the first block that shows it. Only blocks without blocks
     * inside (paragraphs, headings, tables, line blocks) hold text, so that is the innermost block, never the quote,
     * list or note around it. Each chapter's are looked for on one of {@code tasks}' threads.
     */
    static Map<Path, SourcePosition> images(List<Chapter> chapters, List<Part> parts, PerChapter tasks) {
        List<Map<Path, SourcePosition>> each = tasks.mapPure(chapters, new Diagnostics(),
                (chapter, unused) -> images(chapter.blocks()));
        Map<Path, SourcePosition> images = new LinkedHashMap<>();
        each.forEach(found -> found.forEach(images::putIfAbsent));
        parts.forEach(part -> images(part.introduction()).forEach(images::putIfAbsent));
        return images;
    }

    private static Map<Path, SourcePosition> images(List<Block> blocks) {
        Map<Path, SourcePosition> images = new LinkedHashMap<>();
        for (Block block : Walk.blocks(blocks)) {
            for (Inline inline : Walk.ownInlines(block)) {
                if (inline instanceof Inline.Image image) {
                    images.putIfAbsent(image.file(), block.position());
                }
            }
        }
        return images;
    }

    private void check(Path file, SourcePosition at, String what, Diagnostics diagnostics) {
        Optional<Path> real = real(file.toAbsolutePath().normalize());
        if (real.isPresent() && roots.stream().noneMatch(real.get()::startsWith)) {
            diagnostics.error(at, what + " resolves to " + real.get() + ", outside the project. Copy it into the "
                    + "project, or name its folder in <allowedSourceFolders>");
        }
    }

    private String shown(Path path) {
        return (path.startsWith(basedir) ? basedir.relativize(path) : path).toString().replace('\\', '/');
    }

    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            // A file that is not there is reported, if it matters, by the stage that looks for it.
            return Optional.empty();
        }
    }
}
