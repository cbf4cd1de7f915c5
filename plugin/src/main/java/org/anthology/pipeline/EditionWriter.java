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

    List<Path> writeAll(List<Edition> editions, Anthology book, TableOfContents toc, StageClock clock)
            throws IOException {
        Files.createDirectories(outputDirectory);
        List<Path> temporary = new ArrayList<>();
        try {
            for (Edition edition : editions) {
                // Not Files.createTempFile: that makes the file owner-only, and the moved edition would keep it.
                Path tmp = outputDirectory.resolve("." + fileName(edition) + ".part");
                temporary.add(tmp);
                clock.time(stage(edition), edition::progress, () -> {
                    write(edition, book, toc, tmp);
                    return tmp;
                });
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

    private static void write(Edition edition, Anthology book, TableOfContents toc, Path tmp) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            edition.write(book, toc, out);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The stage an edition's write is timed as: {@code epub}, {@code pdf}, {@code pdf-cover}. */
    static String stage(Edition edition) {
        return edition.extension() + (edition.classifier().isEmpty() ? "" : "-" + edition.classifier());
    }

    /** The line that tells the user an edition was written: its file, size, pages (a PDF's) and time. */
    String summary(Path file, Edition edition, StageClock clock) throws IOException {
        String pages = edition instanceof org.anthology.edition.pdf.PdfEdition pdf
                ? String.format(", %,d pages", pdf.pageCount()) : "";
        return String.format("Wrote %s (%,d bytes%s, in %,d ms)", file, Files.size(file), pages,
                clock.millis(stage(edition)));
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
