package org.anthology.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anthology.model.Diagnostics;
import org.anthology.model.ImageType;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Resolves a manuscript's image references against its folder. A local image that exists becomes an
 * {@link Inline.Image}; a remote one is not fetched and a missing or unsupported one cannot be set, so their alt
 * text stands in, with a warning or an error naming {@code file:line}. Every local image passes the
 * {@link ImageCheck} first.
 */
final class Images {

    private static final Pattern REMOTE = Pattern.compile("(?i)^https?://.*");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

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
        if (REMOTE.matcher(url).matches()) {
            diagnostics.warning(at, "remote image " + url + " is not fetched; its alt text stands in. Save the image "
                    + "beside the text and link it by a relative path");
            return new Inline.Text(alt);
        }
        Path file = resolve(url);
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
        Optional<Path> carried = ImageCheck.check(file, url, at, diagnostics);
        if (carried.isEmpty()) {
            return new Inline.Text(alt);
        }
        if (alt.isBlank()) {
            diagnostics.warning(at, "image '" + url + "' has no alt text. " + describe);
        }
        return new Inline.Image(carried.get(), type.get().mediaType(), alt);
    }

    /**
     * The file {@code url} names: without its query or fragment, percent-decoded as CommonMark reads a destination
     * ({@code my%20pic.png} is {@code my pic.png}, {@code %23} a {@code #}); a file whose name holds the escape
     * literally is found too.
     */
    private Path resolve(String url) {
        String path = url.replace('\\', '/');
        path = QUERY_OR_FRAGMENT.matcher(path).replaceFirst("");
        Path literal = directory.resolve(path).normalize();
        try {
            Path decoded = directory.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            return Files.isRegularFile(decoded) || !Files.isRegularFile(literal) ? decoded : literal;
        } catch (IllegalArgumentException e) {
            return literal;
        }
    }
}
