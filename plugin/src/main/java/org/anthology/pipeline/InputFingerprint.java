package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a build reads: every file under the source and styles directories, the contents file,
 * the effective settings and the plugin version. Equal fingerprints mean the editions would come out the same.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Settings settings) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "settings", settingsText(settings));
        for (Path root : List.of(settings.sources().sourceDirectory(), settings.sources().stylesDirectory())) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, root.relativize(file).toString().replace('\\', '/'),
                                Files.readAllBytes(file));
                    }
                }
            }
        }
        if (settings.sources().contentsFile().isPresent() && Files.isRegularFile(settings.sources().contentsFile().get())) {
            update(digest, "contents", Files.readAllBytes(settings.sources().contentsFile().get()));
        }
        for (Path cover : CoverImages.candidates(settings)) {
            if (Files.isRegularFile(cover)) {
                update(digest, "cover " + cover.getFileName(), Files.readAllBytes(cover));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The settings that shape the output; {@code force} is left out, since it only asks for a rebuild. */
    private static byte[] settingsText(Settings s) {
        String text = String.join("\n", s.sources().sourceDirectory().toString(), s.sources().contentsFile().toString(),
                s.sources().stylesDirectory().toString(), s.output().finalName(), s.output().formats().stream().map(Format::extension).toList().toString(), s.book().language(),
                s.book().title().toString(), s.book().subtitle().toString(), s.book().editors().toString(), s.book().identifier().toString(),
                s.book().identitySeed(), s.book().publisher().toString(), s.book().rights().toString(), s.book().description().toString(),
                s.sources().encoding().name(), s.output().outputTimestamp().toString(), String.valueOf(s.build().failOnWarnings()),
                s.build().toolVersion(), s.sources().normalization().toString(), s.book().coverImage().toString(), s.book().subjects().toString(), Boolean.toString(s.book().microenterprise()),
                s.book().projectDefaults().toString(), s.sources().theme().toString());
        return text.getBytes(StandardCharsets.UTF_8);
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
