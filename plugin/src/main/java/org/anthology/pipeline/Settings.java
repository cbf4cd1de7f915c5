package org.anthology.pipeline;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anthology.normalize.NormalizationOptions;

/**
 * Everything one build needs, resolved and immutable: paths are absolute, the output timestamp is an instant.
 * The Maven adapter fills it from its parameters; tests build it directly.
 *
 * @param basedir          the project directory; problems name files relative to it
 * @param sourceDirectory  where the manuscripts are
 * @param contentsFile     the contents file giving order and titles, when there is one
 * @param stylesDirectory  where {@code epub.css} and {@code pdf-theme.properties} are looked for
 * @param outputDirectory  where the editions are written
 * @param finalName        the editions' file name without extension
 * @param formats          the editions to write: {@code epub}, {@code pdf}
 * @param language         the book's language, a BCP 47 tag
 * @param title            the book's title, overriding the contents file's
 * @param subtitle         the book's subtitle, overriding the contents file's
 * @param editors          the book's editors or authors, overriding the contents file's
 * @param identifier       the book's identifier (ISBN, URN or URL); when empty one is derived from {@code identitySeed}
 * @param identitySeed     a stable name for the book (its Maven coordinates) from which a UUID is derived
 * @param publisher        the publisher
 * @param rights           the rights statement
 * @param description      a short description
 * @param encoding         the manuscripts' character encoding
 * @param outputTimestamp  the time stamped into the editions, so rebuilds are byte-identical
 * @param force            rebuild even when the editions are up to date with their inputs
 * @param failOnWarnings   treat every warning as an error: nothing is written
 * @param toolVersion      the plugin's version, part of the inputs that decide whether a rebuild is needed
 * @param normalization    the editor's choices for heading and typography normalization
 * @param coverImage       the cover image; when empty, {@code src/cover.*} under {@code basedir}, else a generated one
 * @param subjects         the book's subjects, for catalogues
 * @param projectDefaults  the title and editors to fall back on when neither the settings nor the contents file
 *                         give them
 * @param theme            PDF theme keys set in the POM or on the command line, applied over the theme file in order
 */
public record Settings(Path basedir, Path sourceDirectory, Optional<Path> contentsFile, Path stylesDirectory,
                       Path outputDirectory, String finalName, List<String> formats, String language,
                       Optional<String> title, Optional<String> subtitle, List<String> editors,
                       Optional<String> identifier, String identitySeed, Optional<String> publisher,
                       Optional<String> rights, Optional<String> description, Charset encoding,
                       Instant outputTimestamp, boolean force, boolean failOnWarnings, String toolVersion,
                       NormalizationOptions normalization, Optional<Path> coverImage, List<String> subjects,
                       ProjectDefaults projectDefaults, List<ThemeSetting> theme) {

    /** The edition formats this version writes. */
    public static final List<String> KNOWN_FORMATS = List.of("epub", "pdf");

    public Settings {
        Objects.requireNonNull(basedir, "basedir");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(contentsFile, "contentsFile");
        Objects.requireNonNull(stylesDirectory, "stylesDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(finalName, "finalName");
        formats = List.copyOf(formats);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        editors = List.copyOf(editors);
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(identitySeed, "identitySeed");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(outputTimestamp, "outputTimestamp");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(coverImage, "coverImage");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(projectDefaults, "projectDefaults");
        theme = List.copyOf(theme);
    }
}
