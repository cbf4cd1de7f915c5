package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.stream.Stream;
import org.anthology.model.Anthology;
import org.anthology.model.PerChapter;
import org.anthology.source.Manuscripts;

/**
 * A SHA-256 over everything a build reads: every file under the source and styles directories, the contents file,
 * the cover and the files the last build read beyond those (its images, wherever they are), each by its length and
 * checksums, the effective settings and the plugin version. Equal fingerprints mean the editions would come out the
 * same.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Settings settings) throws IOException {
        return of(settings, List.of());
    }

    /** The fingerprint over the settings' files and {@code alsoRead}, files found by reading the book. */
    static String of(Settings settings, List<Path> alsoRead) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "settings", settingsText(settings));
        for (Path root : List.of(settings.sources().sourceDirectory(), settings.sources().stylesDirectory())) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, root.relativize(file).toString().replace('\\', '/'),
                                checksums(Files.readAllBytes(file)));
                    }
                }
            }
        }
        if (settings.sources().contentsFile().isPresent() && Files.isRegularFile(settings.sources().contentsFile().get())) {
            update(digest, "contents", checksums(Files.readAllBytes(settings.sources().contentsFile().get())));
        }
        for (Path cover : CoverImages.candidates(settings)) {
            if (Files.isRegularFile(cover)) {
                update(digest, "cover " + cover.getFileName(), checksums(Files.readAllBytes(cover)));
            }
        }
        for (Path file : alsoRead.stream().sorted().distinct().toList()) {
            update(digest, "read " + file,
                    Files.isRegularFile(file) ? checksums(Files.readAllBytes(file)) : new byte[0]);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The files a book reads that only reading its text finds: the images of its chapters and parts. Pictures taken
     * out of a Word or EPUB manuscript are left out: the manuscript's own bytes already count. Each chapter's are
     * looked for on one of {@code tasks}' threads.
     */
    static List<Path> readBy(Anthology book, PerChapter tasks) {
        return SourceBounds.images(book.chapters(), book.parts(), tasks).keySet().stream()
                .filter(p -> !Manuscripts.isExtractedImage(p))
                .map(p -> p.toAbsolutePath().normalize()).sorted().distinct().toList();
    }

    /** The settings that shape the output; {@code force} is left out, since it only asks for a rebuild. */
    private static byte[] settingsText(Settings s) {
        String text = String.join("\n", s.sources().sourceDirectory().toString(), s.sources().contentsFile().toString(),
                s.sources().stylesDirectory().toString(), s.output().finalName(), s.output().formats().stream().map(Format::extension).toList().toString(), s.book().language(),
                s.book().title().toString(), s.book().subtitle().toString(), s.book().editors().toString(), s.book().identifier().toString(),
                s.book().identitySeed(), s.book().publisher().toString(), s.book().rights().toString(), s.book().description().toString(),
                s.sources().encoding().name(), s.output().outputTimestamp().toString(), String.valueOf(s.build().failOnWarnings()),
                s.build().toolVersion(), s.sources().normalization().toString(), s.book().coverImage().toString(), s.book().subjects().toString(), Boolean.toString(s.book().microenterprise()),
                s.book().projectDefaults().toString(), s.sources().theme().toString(),
                s.sources().allowedFolders().toString());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A file's length and its CRC-32 and Adler-32, which stand for its bytes in the digest. Both run natively from
     * the first byte, where SHA-256 over a large book's files takes the better part of a second before the JIT has
     * compiled it, and an unchanged book should be known unchanged at once; two independent 32-bit checks of one
     * file miss an accidental change about once in 2^64.
     */
    private static byte[] checksums(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return (bytes.length + ":" + Long.toHexString(crc.getValue()) + ":" + Long.toHexString(adler.getValue()))
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
