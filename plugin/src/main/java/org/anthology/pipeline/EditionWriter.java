package org.anthology.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.anthology.edition.Edition;
import org.anthology.edition.PageStarts;
import org.anthology.model.Anthology;
import org.anthology.toc.TableOfContents;

/**
 * Writes every edition to a temporary file beside its target and moves them into place only when all succeeded,
 * so a failed build (a full disk, an unwritable folder, a kill) leaves the previous editions intact and never a
 * half-written book. Temporary names are the build's own ({@code .<file>.<process>-<n>.part}), so two builds of
 * one book at once never write to each other's files, and each edition arrives by an atomic move.
 */
final class EditionWriter {

    /** Opens a file for writing; tests put a failing disk in its place. */
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String SUFFIX = ".part";

    private final Path outputDirectory;
    private final String finalName;
    private final Opener opener;

    EditionWriter(Path outputDirectory, String finalName) {
        this(outputDirectory, finalName, file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    EditionWriter(Path outputDirectory, String finalName, Opener opener) {
        this.outputDirectory = outputDirectory;
        this.finalName = finalName;
        this.opener = opener;
    }

    /** Where {@code editions} will be written. */
    List<Path> targets(List<Edition> editions) {
        return editions.stream().map(e -> outputDirectory.resolve(fileName(e))).toList();
    }

    /**
     * Writes {@code editions}, then {@code companions} (small files such as the build stamp, by target), and moves
     * them all into place, the editions first; returns the editions' paths.
     */
    List<Path> writeAll(List<Edition> editions, Anthology book, TableOfContents toc, Map<Path, byte[]> companions,
                        StageClock clock)
            throws IOException {
        Files.createDirectories(outputDirectory);
        removeAbandoned();
        List<Path> targets = new ArrayList<>(targets(editions));
        List<Path> temporary = new ArrayList<>();
        try {
            for (Edition edition : editions) {
                temporary.add(temporary(outputDirectory.resolve(fileName(edition))));
            }
            PageStarts pages = PageStarts.NONE;
            List<Integer> order = paginatedFirst(editions);
            List<Integer> written = new ArrayList<>();
            for (int i : order) {
                if (written.contains(i)) {
                    continue;
                }
                Edition edition = editions.get(i);
                edition.followPages(pages);
                if (!edition.paginated() || !pages.pages().isEmpty()) {
                    writeOne(edition, temporary.get(i), book, toc, clock);
                    continue;
                }
                // The editions that need only this one's page starts are written beside the end of its write.
                List<Integer> followers = order.stream().filter(j -> !editions.get(j).paginated()
                        && editions.get(j).followsPagesOnly()).toList();
                Alongside alongside = new Alongside(starts -> {
                    for (int j : followers) {
                        editions.get(j).followPages(starts);
                        writeOne(editions.get(j), temporary.get(j), book, toc, clock);
                    }
                });
                edition.whenPaged(followers.isEmpty() ? null : alongside::start);
                try {
                    writeOne(edition, temporary.get(i), book, toc, clock);
                } catch (IOException | RuntimeException | Error e) {
                    alongside.abandon();
                    throw e;
                } finally {
                    edition.whenPaged(null);
                }
                pages = edition.pageStarts();
                if (!followers.isEmpty()) {
                    alongside.start(pages);
                    alongside.join();
                    written.addAll(followers);
                }
            }
            for (Map.Entry<Path, byte[]> companion : companions.entrySet()) {
                Files.createDirectories(companion.getKey().getParent());
                Path tmp = temporary(companion.getKey());
                temporary.add(tmp);
                targets.add(companion.getKey());
                write(tmp, companion.getKey().getFileName().toString(), out -> out.write(companion.getValue()));
            }
            for (int i = 0; i < temporary.size(); i++) {
                move(temporary.get(i), targets.get(i));
            }
            return targets.subList(0, editions.size());
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes {@code edition} to {@code tmp}, timed as its stage. */
    private void writeOne(Edition edition, Path tmp, Anthology book, TableOfContents toc, StageClock clock)
            throws IOException {
        clock.time(stage(edition), edition::progress, () -> {
            write(tmp, edition.extension().toUpperCase(Locale.ROOT) + " edition", out -> edition.write(book, toc, out));
            return tmp;
        });
    }

    /**
     * The order to write {@code editions} in, by index: those laid out in pages first, so the others can follow the
     * first one's pagination; otherwise as given.
     */
    static List<Integer> paginatedFirst(List<Edition> editions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            if (editions.get(i).paginated()) {
                order.add(i);
            }
        }
        for (int i = 0; i < editions.size(); i++) {
            if (!editions.get(i).paginated()) {
                order.add(i);
            }
        }
        return order;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one temporary file. A writer that fails after the disk did (OpenPDF reports a full disk as unbalanced
     * text operators) is reported as what happened first: the disk's error.
     */
    private void write(Path tmp, String what, Content content) throws IOException {
        WatchedStream watched = null;
        try (OutputStream out = new BufferedOutputStream(watched = new WatchedStream(opener.open(tmp)), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            IOException disk = watched == null ? null : watched.failure;
            if (disk != null || e instanceof IOException || e instanceof UncheckedIOException) {
                IOException cause = disk != null ? disk
                        : e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                throw new IOException("could not write the " + what + " to " + shown(tmp.getParent()) + ": "
                        + cause.getMessage() + ". Free space on the disk or make the folder writable, and build again"
                        + "; the previous editions are left as they were", cause);
            }
            throw new UnexpectedFailure.InStage("writing the " + what, e);
        }
    }

    /** Temporary files of this book left by a build that was killed: the process that named them is gone. */
    private void removeAbandoned() throws IOException {
        try (Stream<Path> files = Files.list(outputDirectory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("." + finalName) && name.endsWith(SUFFIX) && !ownerAlive(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean ownerAlive(String name) {
        String stem = name.substring(0, name.length() - SUFFIX.length());
        String owner = stem.substring(stem.lastIndexOf('.') + 1);
        int dash = owner.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? owner : owner.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + SEQUENCE.incrementAndGet() + SUFFIX);
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

    private String shown(Path folder) {
        return folder.toString().replace('\\', '/');
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Passes bytes on and remembers the first failure, which a writer may hide behind one of its own. */
    private static final class WatchedStream extends java.io.FilterOutputStream {
        IOException failure;

        WatchedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
