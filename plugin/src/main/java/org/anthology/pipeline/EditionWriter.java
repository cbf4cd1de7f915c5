package org.anthology.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.anthology.edition.Edition;
import org.anthology.model.Anthology;
import org.anthology.toc.TableOfContents;

/**
 * Writes every edition to a temporary file beside its target and moves them into place only when all succeeded,
 * so a failed build leaves the previous editions intact and never a half-written book.
 */
final class EditionWriter {

    private final Path outputDirectory;
    private final String finalName;

    EditionWriter(Path outputDirectory, String finalName) {
        this.outputDirectory = outputDirectory;
        this.finalName = finalName;
    }

    List<Path> writeAll(List<Edition> editions, Anthology book, TableOfContents toc) throws IOException {
        Files.createDirectories(outputDirectory);
        List<Path> temporary = new ArrayList<>();
        try {
            for (Edition edition : editions) {
                // Not Files.createTempFile: that makes the file owner-only, and the moved edition would keep it.
                Path tmp = outputDirectory.resolve("." + fileName(edition) + ".part");
                temporary.add(tmp);
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    edition.write(book, toc, out);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                } catch (RuntimeException | StackOverflowError e) {
                    throw new UnexpectedFailure.InStage("writing the " + edition.extension().toUpperCase(
                            java.util.Locale.ROOT) + " edition", e);
                }
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < editions.size(); i++) {
                Path target = outputDirectory.resolve(fileName(editions.get(i)));
                move(temporary.get(i), target);
                written.add(target);
            }
            return written;
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** {@code <finalName>.<extension>}, or {@code <finalName>-<classifier>.<extension>} for a classified file. */
    private String fileName(Edition edition) {
        String classifier = edition.classifier().isEmpty() ? "" : "-" + edition.classifier();
        return finalName + classifier + "." + edition.extension();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
