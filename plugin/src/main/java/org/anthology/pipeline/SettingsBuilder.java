package org.anthology.pipeline;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anthology.normalize.NormalizationOptions;

/**
 * Fills a {@link Settings} one named part at a time, so a caller sets only what it has and a new setting is one
 * field, one setter and one argument of its group's record. Unset metadata is absent, the encoding UTF-8, both
 * formats are written and normalization takes its defaults; the paths, the final name, the language, the identity
 * seed, the timestamp and the tool version must be set.
 */
public final class SettingsBuilder {
    private String language;
    private Optional<String> title;
    private Optional<String> subtitle;
    private List<String> editors;
    private Optional<String> identifier;
    private String identitySeed;
    private Optional<String> publisher;
    private Optional<String> rights;
    private Optional<String> description;
    private List<String> subjects;
    private boolean microenterprise;
    private Optional<Path> coverImage;
    private ProjectDefaults projectDefaults;
    private Path basedir;
    private Path sourceDirectory;
    private Optional<Path> contentsFile;
    private Path stylesDirectory;
    private Charset encoding;
    private NormalizationOptions normalization;
    private List<ThemeSetting> theme;
    private Path outputDirectory;
    private String finalName;
    private Set<Format> formats;
    private Instant outputTimestamp;
    private boolean force;
    private boolean failOnWarnings;
    private String toolVersion;

    SettingsBuilder(Path basedir) {
        this.basedir = basedir;
        this.title = Optional.empty();
        this.subtitle = Optional.empty();
        this.editors = List.of();
        this.identifier = Optional.empty();
        this.publisher = Optional.empty();
        this.rights = Optional.empty();
        this.description = Optional.empty();
        this.subjects = List.of();
        this.coverImage = Optional.empty();
        this.projectDefaults = ProjectDefaults.none();
        this.contentsFile = Optional.empty();
        this.encoding = StandardCharsets.UTF_8;
        this.normalization = NormalizationOptions.defaults();
        this.theme = List.of();
        this.formats = EnumSet.allOf(Format.class);
        this.force = false;
        this.failOnWarnings = false;
    }

    SettingsBuilder(Settings settings) {
        this.language = settings.book().language();
        this.title = settings.book().title();
        this.subtitle = settings.book().subtitle();
        this.editors = settings.book().editors();
        this.identifier = settings.book().identifier();
        this.identitySeed = settings.book().identitySeed();
        this.publisher = settings.book().publisher();
        this.rights = settings.book().rights();
        this.description = settings.book().description();
        this.subjects = settings.book().subjects();
        this.microenterprise = settings.book().microenterprise();
        this.coverImage = settings.book().coverImage();
        this.projectDefaults = settings.book().projectDefaults();
        this.basedir = settings.sources().basedir();
        this.sourceDirectory = settings.sources().sourceDirectory();
        this.contentsFile = settings.sources().contentsFile();
        this.stylesDirectory = settings.sources().stylesDirectory();
        this.encoding = settings.sources().encoding();
        this.normalization = settings.sources().normalization();
        this.theme = settings.sources().theme();
        this.outputDirectory = settings.output().outputDirectory();
        this.finalName = settings.output().finalName();
        this.formats = settings.output().formats();
        this.outputTimestamp = settings.output().outputTimestamp();
        this.force = settings.build().force();
        this.failOnWarnings = settings.build().failOnWarnings();
        this.toolVersion = settings.build().toolVersion();
    }

    /** The formats named in {@code <formats>}, parsed once here; unknown names throw {@link IllegalArgumentException}. */
    public SettingsBuilder formatNames(Collection<String> names) {
        return formats(Format.parse(names));
    }

    /** Sets {@code book().language()}. */
    public SettingsBuilder language(String value) {
        this.language = value;
        return this;
    }

    /** Sets {@code book().title()}. */
    public SettingsBuilder title(Optional<String> value) {
        this.title = value;
        return this;
    }

    /** Sets {@code book().subtitle()}. */
    public SettingsBuilder subtitle(Optional<String> value) {
        this.subtitle = value;
        return this;
    }

    /** Sets {@code book().editors()}. */
    public SettingsBuilder editors(List<String> value) {
        this.editors = value;
        return this;
    }

    /** Sets {@code book().identifier()}. */
    public SettingsBuilder identifier(Optional<String> value) {
        this.identifier = value;
        return this;
    }

    /** Sets {@code book().identitySeed()}. */
    public SettingsBuilder identitySeed(String value) {
        this.identitySeed = value;
        return this;
    }

    /** Sets {@code book().publisher()}. */
    public SettingsBuilder publisher(Optional<String> value) {
        this.publisher = value;
        return this;
    }

    /** Sets {@code book().rights()}. */
    public SettingsBuilder rights(Optional<String> value) {
        this.rights = value;
        return this;
    }

    /** Sets {@code book().description()}. */
    public SettingsBuilder description(Optional<String> value) {
        this.description = value;
        return this;
    }

    /** Sets {@code book().subjects()}. */
    public SettingsBuilder subjects(List<String> value) {
        this.subjects = value;
        return this;
    }

    /** Sets {@code book().coverImage()}. */
    public SettingsBuilder coverImage(Optional<Path> value) {
        this.coverImage = value;
        return this;
    }

    /** Sets {@code book().projectDefaults()}. */
    public SettingsBuilder projectDefaults(ProjectDefaults value) {
        this.projectDefaults = value;
        return this;
    }

    /** Sets {@code sources().basedir()}. */
    public SettingsBuilder basedir(Path value) {
        this.basedir = value;
        return this;
    }

    /** Sets {@code sources().sourceDirectory()}. */
    public SettingsBuilder sourceDirectory(Path value) {
        this.sourceDirectory = value;
        return this;
    }

    /** Sets {@code sources().contentsFile()}. */
    public SettingsBuilder contentsFile(Optional<Path> value) {
        this.contentsFile = value;
        return this;
    }

    /** Sets {@code sources().stylesDirectory()}. */
    public SettingsBuilder stylesDirectory(Path value) {
        this.stylesDirectory = value;
        return this;
    }

    /** Sets {@code sources().encoding()}. */
    public SettingsBuilder encoding(Charset value) {
        this.encoding = value;
        return this;
    }

    /** Sets {@code sources().normalization()}. */
    public SettingsBuilder normalization(NormalizationOptions value) {
        this.normalization = value;
        return this;
    }

    /** Sets {@code sources().theme()}. */
    public SettingsBuilder theme(List<ThemeSetting> value) {
        this.theme = value;
        return this;
    }

    /** Sets {@code output().outputDirectory()}. */
    public SettingsBuilder outputDirectory(Path value) {
        this.outputDirectory = value;
        return this;
    }

    /** Sets {@code output().finalName()}. */
    public SettingsBuilder finalName(String value) {
        this.finalName = value;
        return this;
    }

    /** Sets {@code output().formats()}. */
    public SettingsBuilder formats(Set<Format> value) {
        this.formats = value;
        return this;
    }

    /** Sets {@code output().outputTimestamp()}. */
    public SettingsBuilder outputTimestamp(Instant value) {
        this.outputTimestamp = value;
        return this;
    }

    /** Sets {@code book().microenterprise()}. */
    public SettingsBuilder microenterprise(boolean value) {
        this.microenterprise = value;
        return this;
    }

    /** Sets {@code build().force()}. */
    public SettingsBuilder force(boolean value) {
        this.force = value;
        return this;
    }

    /** Sets {@code build().failOnWarnings()}. */
    public SettingsBuilder failOnWarnings(boolean value) {
        this.failOnWarnings = value;
        return this;
    }

    /** Sets {@code build().toolVersion()}. */
    public SettingsBuilder toolVersion(String value) {
        this.toolVersion = value;
        return this;
    }

    /** The settings; a required part left unset throws {@link NullPointerException} naming it. */
    public Settings build() {
        return new Settings(new Settings.Book(language, title, subtitle, editors, identifier, identitySeed, publisher, rights, description, subjects, coverImage, projectDefaults,
                microenterprise),
                new Settings.Sources(basedir, sourceDirectory, contentsFile, stylesDirectory, encoding, normalization,
                        theme),
                new Settings.Output(outputDirectory, finalName, formats, outputTimestamp),
                new Settings.Build(force, failOnWarnings, toolVersion));
    }
}
