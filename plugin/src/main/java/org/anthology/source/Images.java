package org.anthology.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.ImageType;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Resolves a manuscript's image references against its folder. A local image that exists becomes an
 * {@link Inline.Image}; a remote one is not fetched and a missing or unsupported one cannot be set, so their alt
 * text stands in, with a warning or an error naming {@code file:line}.
 */
final class Images {

    private final Path directory;
    private final Diagnostics diagnostics;

    Images(Path directory, Diagnostics diagnostics) {
        this.directory = directory;
        this.diagnostics = diagnostics;
    }

    Inline image(String url, String alt, SourcePosition at) {
        return image(url, alt, at, "Describe it in the brackets: ![a description](" + url + ")");
    }

    /** As {@link #image(String, String, SourcePosition)}; {@code describe} says how to add alt text in this format. */
    Inline image(String url, String alt, SourcePosition at, String describe) {
        if (url.matches("(?i)^https?://.*")) {
            diagnostics.warning(at, "remote image " + url + " is not fetched; its alt text stands in. Save the image "
                    + "beside the text and link it by a relative path");
            return new Inline.Text(alt);
        }
        Path file = directory.resolve(url.replace('\\', '/').replaceFirst("[?#].*$", "")).normalize();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(at, "image '" + url + "' does not exist. Fix the path (relative to this text) or add "
                    + "the image");
            return new Inline.Text(alt);
        }
        Optional<ImageType> type = ImageType.ofFileName(file.getFileName().toString());
        if (type.isEmpty()) {
            diagnostics.error(at, "image '" + url + "' is not a " + ImageType.NAMES + " file. Convert it");
            return new Inline.Text(alt);
        }
        if (alt.isBlank()) {
            diagnostics.warning(at, "image '" + url + "' has no alt text. " + describe);
        }
        return new Inline.Image(file, type.get().mediaType(), alt);
    }
}
