package org.anthology.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.anthology.model.ImageType;

/**
 * Saves images that arrive inside a manuscript (a {@code data:} URI in HTML, a picture in a Word or EPUB file) as
 * files, so the model can point at them like any other image. Files are named by their content, so the same image
 * is saved once and a rebuild sees the same names; the editions number images themselves, so no temporary path
 * reaches a book.
 */
final class ExtractedImages {

    private static Path directory;

    private ExtractedImages() {
    }

    /** The file holding the image of a {@code data:} URI, if it is a base64 image of a known type. */
    static Optional<Path> save(String dataUri) {
        int comma = dataUri.indexOf(',');
        String header = comma < 0 ? "" : dataUri.substring(5, comma).toLowerCase(Locale.ROOT);
        if (!header.endsWith(";base64")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(dataUri.substring(comma + 1));
            return save(bytes, header.substring(0, header.indexOf(';')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file holding {@code bytes}, an image of {@code mediaType}, if the type is one a book can carry. */
    static Optional<Path> save(byte[] bytes, String mediaType) {
        Optional<ImageType> type = ImageType.ofMediaType(mediaType.toLowerCase(Locale.ROOT));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String extension = type.get().extensions().get(0);
        try {
            Path file = directory().resolve(digest(bytes) + "." + extension);
            if (!Files.exists(file)) {
                Files.write(file, bytes);
                file.toFile().deleteOnExit();
            }
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save an embedded image", e);
        }
    }

    /**
     * A directory of its own for the files of one container (an EPUB's images, by their paths inside it),
     * named by the container's content.
     */
    static Path folderFor(byte[] container) {
        try {
            Path folder = directory().resolve(digest(container));
            Files.createDirectories(folder);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for embedded images", e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("anthology-images");
            directory.toFile().deleteOnExit();
        }
        return directory;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
