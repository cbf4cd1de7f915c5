package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anthology.edition.epub.EpubOptions;
import org.anthology.edition.pdf.CoverArt;
import org.anthology.model.Diagnostics;
import org.anthology.model.ImageType;
import org.anthology.model.SourcePosition;
import org.anthology.source.ImageCheck;

/**
 * Finds the book's cover image: the configured one, else {@code src/cover.jpg} (or .jpeg, .png, .gif, .webp,
 * .svg) under the project. None found means the EPUB edition generates a cover from the title. The cover passes
 * the same {@link ImageCheck} as the text's images; its problems name the cover file itself, at line 1.
 */
final class CoverImages {

    private static final List<String> LOOKED_FOR = Arrays.stream(ImageType.values())
            .flatMap(type -> type.extensions().stream()).toList();

    private CoverImages() {
    }

    /** The files that may be the cover, in the order they are looked for. */
    static List<Path> candidates(Settings settings) {
        return settings.book().coverImage().map(List::of).orElseGet(() -> LOOKED_FOR.stream()
                .map(ext -> settings.sources().basedir().resolve("src").resolve("cover." + ext)).toList());
    }

    static Optional<EpubOptions.CoverImage> find(Settings settings, Diagnostics diagnostics) throws IOException {
        for (Path candidate : candidates(settings)) {
            if (Files.isRegularFile(candidate)) {
                Optional<ImageType> type = ImageType.ofFileName(candidate.getFileName().toString());
                if (type.isEmpty()) {
                    diagnostics.error(null, "cover image " + candidate.getFileName() + " is not a "
                            + ImageType.NAMES + " file. Convert it or set <coverImage> to one");
                    return Optional.empty();
                }
                String shown = shown(settings, candidate);
                Optional<Path> carried = ImageCheck.check(candidate, shown, new SourcePosition(shown, 1), diagnostics);
                if (carried.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new EpubOptions.CoverImage(Files.readAllBytes(carried.get()),
                        type.get().mediaType()));
            }
        }
        settings.book().coverImage().ifPresent(missing -> diagnostics.error(null, "cover image " + missing
                + " does not exist. Fix <coverImage> or remove it to get a generated cover"));
        return Optional.empty();
    }

    /** The book's cover picture for the print cover, named as the build shows files, when there is one. */
    static Optional<CoverArt> art(Settings settings) throws IOException {
        for (Path candidate : candidates(settings)) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(new CoverArt(shown(settings, candidate), Files.readAllBytes(candidate)));
            }
        }
        return Optional.empty();
    }

    /** The file as the build names it: relative to the project, with forward slashes. */
    private static String shown(Settings settings, Path file) {
        return settings.sources().basedir().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
