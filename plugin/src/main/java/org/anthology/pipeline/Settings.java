package org.anthology.pipeline;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anthology.normalize.NormalizationOptions;

/**
 * Everything one build needs, resolved and immutable, in four groups: what the book says about itself, where its
 * sources are, what is written where, and how the build behaves. Paths are absolute, the output timestamp is an
 * instant. The Maven adapter fills it through {@link #builder(Path)}; tests do the same, or change a copy through
 * {@link #toBuilder()}.
 *
 * @param book    the book's metadata
 * @param sources the manuscripts, contents file, styles and how they are read and normalized
 * @param output  the editions written and where
 * @param build   rebuild and failure rules
 */
public record Settings(Book book, Sources sources, Output output, Build build) {

    public Settings {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(build, "build");
    }

    /** A builder for a project in {@code basedir}, with no metadata, UTF-8 and the default normalization. */
    public static SettingsBuilder builder(Path basedir) {
        return new SettingsBuilder(basedir);
    }

    /** A builder that starts from these settings. */
    public SettingsBuilder toBuilder() {
        return new SettingsBuilder(this);
    }

    /**
     * What the book says about itself; each part given here overrides the contents file's.
     *
     * @param language        the book's language, a BCP 47 tag
     * @param title           the book's title
     * @param subtitle        the book's subtitle
     * @param editors         the book's editors or authors
     * @param identifier      the book's identifier (ISBN, URN or URL); when empty one is derived from
     *                        {@code identitySeed}
     * @param identitySeed    a stable name for the book (its Maven coordinates) from which a UUID is derived
     * @param publisher       the publisher
     * @param rights          the rights statement
     * @param description     a short description
     * @param subjects        the book's subjects, for catalogues
     * @param coverImage      the cover image; when empty, {@code src/cover.*} under the project, else a generated one
     * @param projectDefaults the title and editors to fall back on when neither the settings nor the contents file
     *                        give them
     * @param microenterprise whether the publisher claims the European Accessibility Act's exemption for
     *                        micro-enterprises, which the EPUB states beside its conformance claim
     */
    public record Book(String language, Optional<String> title, Optional<String> subtitle, List<String> editors,
                       Optional<String> identifier, String identitySeed, Optional<String> publisher,
                       Optional<String> rights, Optional<String> description, List<String> subjects,
                       Optional<Path> coverImage, ProjectDefaults projectDefaults, boolean microenterprise) {
        public Book {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            editors = List.copyOf(editors);
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(identitySeed, "identitySeed");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(rights, "rights");
            Objects.requireNonNull(description, "description");
            subjects = List.copyOf(subjects);
            Objects.requireNonNull(coverImage, "coverImage");
            Objects.requireNonNull(projectDefaults, "projectDefaults");
        }
    }

    /**
     * Where the book comes from and how it is read.
     *
     * @param basedir         the project directory; problems name files relative to it
     * @param sourceDirectory where the manuscripts are
     * @param contentsFile    the contents file giving order and titles, when there is one
     * @param stylesDirectory where {@code epub.css} and {@code pdf-theme.properties} are looked for
     * @param encoding        the manuscripts' character encoding
     * @param normalization   the editor's choices for heading and typography normalization
     * @param theme           PDF theme keys set in the POM or on the command line, applied over the theme file in
     *                        order
     */
    public record Sources(Path basedir, Path sourceDirectory, Optional<Path> contentsFile, Path stylesDirectory,
                          Charset encoding, NormalizationOptions normalization, List<ThemeSetting> theme) {
        public Sources {
            Objects.requireNonNull(basedir, "basedir");
            Objects.requireNonNull(sourceDirectory, "sourceDirectory");
            Objects.requireNonNull(contentsFile, "contentsFile");
            Objects.requireNonNull(stylesDirectory, "stylesDirectory");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(normalization, "normalization");
            theme = List.copyOf(theme);
        }
    }

    /**
     * What is written where.
     *
     * @param outputDirectory where the editions are written
     * @param finalName       the editions' file name without extension
     * @param formats         the editions to write, at least one
     * @param outputTimestamp the time stamped into the editions, so rebuilds are byte-identical
     */
    public record Output(Path outputDirectory, String finalName, Set<Format> formats, Instant outputTimestamp) {
        public Output {
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            Objects.requireNonNull(finalName, "finalName");
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("no edition format: name at least one");
            }
            formats = java.util.Collections.unmodifiableSet(EnumSet.copyOf(formats));
            Objects.requireNonNull(outputTimestamp, "outputTimestamp");
        }
    }

    /**
     * How the build behaves.
     *
     * @param force          rebuild even when the editions are up to date with their inputs
     * @param failOnWarnings treat every warning as an error: nothing is written
     * @param toolVersion    the plugin's version, part of the inputs that decide whether a rebuild is needed
     */
    public record Build(boolean force, boolean failOnWarnings, String toolVersion) {
        public Build {
            Objects.requireNonNull(toolVersion, "toolVersion");
        }
    }
}
