package org.anthology.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.anthology.normalize.NormalizationOptions;
import org.anthology.normalize.TypographyNormalizer;
import org.anthology.pipeline.AnthologyPipeline;
import org.anthology.pipeline.OutputTimestamp;
import org.anthology.pipeline.Outcome;
import org.anthology.pipeline.ProjectDefaults;
import org.anthology.pipeline.Settings;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Builds the book: reads the manuscripts, normalizes them and writes the EPUB and PDF editions with a generated
 * table of contents.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The prefix of every user property of this plugin. */
    static final String PREFIX = "anthology.";

    /**
     * Folder holding the manuscripts (*.txt plain text, *.md Markdown).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "sourceDirectory", defaultValue = "${project.basedir}/seeds", required = true)
    private File sourceDirectory;

    /**
     * YAML contents file giving the book's title and the chapters' order, titles and authors. Optional.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "contentsFile")
    private File contentsFile;

    /**
     * Folder with epub.css and pdf-theme.properties; a missing file falls back to the built-in style.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "stylesDirectory", defaultValue = "${project.basedir}/styles", required = true)
    private File stylesDirectory;

    /**
     * Folders outside the project, comma-separated, that manuscripts, images, styles and the cover may come from
     * (relative paths are resolved against the project's folder), such as a texts folder shared by several books.
     * Without them, a file the book reads that lies outside the project, through a symbolic link or a {@code ../}
     * path, fails the build naming it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "allowedSourceFolders")
    private String allowedSourceFolders;

    /**
     * Folder the editions are written to; it must lie inside {@code ${project.build.directory}}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}", required = true)
    private File outputDirectory;

    /**
     * File name of the editions, without extension and without a folder ({@code /} or {@code \}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "finalName", defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /**
     * Editions to write, comma-separated: epub, pdf.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "formats", defaultValue = "epub,pdf", required = true)
    private String formats;

    /**
     * The book's language as a BCP 47 tag (en, en-GB, de, fr, zh); anything else, such as the Java locale name
     * en_GB, fails the build naming the tag to write.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "language", defaultValue = "en", required = true)
    private String language;

    /**
     * The book's title; defaults to the contents file's title, then the project's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "title")
    private String title;

    /**
     * The book's subtitle; defaults to the contents file's.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "subtitle")
    private String subtitle;

    /**
     * The book's editors, comma-separated; default to the contents file's editors, then the project's developers.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "editors")
    private String editors;

    /**
     * The book's identifier (ISBN, URN or URL); defaults to a UUID derived from the project's coordinates.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "identifier")
    private String identifier;

    /**
     * The publisher; defaults to the project's organization name.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "publisher", defaultValue = "${project.organization.name}")
    private String publisher;

    /**
     * The rights statement; defaults to the names of the POM's licenses.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "rights")
    private String rights;

    /**
     * Character encoding of the manuscripts.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Time stamped into the editions (ISO-8601 or epoch seconds), so rebuilds are byte-identical. When it is not set
     * the editions are dated 1980-01-01, never the build's time, and the log says how to set it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    private boolean skip;

    /**
     * Rebuilds the editions even when they are up to date with every input.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "force", defaultValue = "false")
    private boolean force;

    /**
     * Fails the build on any warning, as on an error: nothing is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * Attaches the editions to the project (types epub and pdf, and the print cover as type pdf with classifier
     * cover), so install and deploy publish them.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "attach", defaultValue = "true")
    private boolean attach;

    /**
     * The cover image (JPEG, PNG, GIF, WebP or SVG). Without it, src/cover.* is used when there is one; otherwise a
     * cover is generated from the title. The print cover's front uses it too when it is JPEG, PNG or GIF, and warns
     * when it prints under 300 dpi.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "coverImage")
    private File coverImage;

    /**
     * The book's subjects, comma-separated, for catalogues and stores.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "subjects")
    private String subjects;

    /**
     * Claims the European Accessibility Act's exemption for micro-enterprises: the EPUB's package metadata then
     * carries {@code a11y:exemption} {@code eaa-microenterprise} beside its conformance claim. Only a publisher with
     * fewer than ten staff and an annual turnover or balance sheet of at most EUR 2 million may claim it; the
     * editions are made as accessible as ever.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "eaaMicroenterprise", defaultValue = "false")
    private boolean eaaMicroenterprise;

    /**
     * Removes the author's numbering (II., 3., Chapter 7:) from headings.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "stripHeadingNumbering", defaultValue = "false")
    private boolean stripHeadingNumbering;

    /**
     * British quotes in English: single quotes outside, double inside.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "britishQuotes", defaultValue = "false")
    private boolean britishQuotes;

    /**
     * Sets {@code --} as an em dash instead of an en dash ({@code ---} is always an em dash).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "emDashFromDoubleHyphen", defaultValue = "false")
    private boolean emDashFromDoubleHyphen;

    /**
     * Joins a number to its unit (10 km, 5 %) with a no-break space.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "noBreakSpaceBeforeUnits", defaultValue = "false")
    private boolean noBreakSpaceBeforeUnits;

    /**
     * PDF theme keys that win over {@code styles/pdf-theme.properties}, one element per key:
     * {@code <theme><page.size>A4</page.size></theme>}. From the command line a key is set as
     * {@code -Danthology.theme.<key>=<value>} (for example {@code -Danthology.theme.page.size=LETTER}), which wins
     * over both. The README lists the keys; unknown keys and bad values fail the build.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> theme;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** A goal that attaches the editions through {@code projectHelper}. */
    @Inject
    public BuildMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    /** What to do when the build ran out of heap, which was {@code maxBytes}. */
    static String outOfMemory(long maxBytes) {
        return "The book could not be built: the Java heap ran out (Maven's JVM may use " + maxBytes / (1024 * 1024)
                + " MB). Give it more, with MAVEN_OPTS=-Xmx1g or -Xmx1g in .mvn/jvm.config, or split the longest "
                + "chapter, list or paragraph; nothing was written";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MavenBuildLog log = buildLog();
        if (skip) {
            log.info("Skipping the book (" + PREFIX + "skip)");
            return;
        }
        Settings settings = settings(log);
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = new AnthologyPipeline(log).run(settings);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the book: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new MojoExecutionException(outOfMemory(Runtime.getRuntime().maxMemory()), e);
        }
        if (outcome.bug().isPresent()) {
            throw new MojoExecutionException("The book could not be built because of a bug; nothing was written:"
                    + System.lineSeparator() + outcome.problemSummary(), outcome.bug().get());
        }
        if (outcome.failed()) {
            String written = outcome.editions().isEmpty() ? "nothing was written" : "only "
                    + outcome.editions().stream().map(e -> e.getFileName().toString()).toList() + " was written";
            throw new MojoFailureException("The book has problems; " + written + ":" + System.lineSeparator()
                    + outcome.problemSummary());
        }
        if (attach) {
            outcome.editions().forEach(edition -> projectHelper.attachArtifact(project, extension(edition),
                    classifier(edition, settings.output().finalName()), edition.toFile()));
        }
        log.info(String.format("Book done in %d ms", (System.nanoTime() - start) / 1_000_000));
    }

    /** {@code cover} for {@code <finalName>-cover.pdf}; none for the editions named after the book alone. */
    private static String classifier(Path file, String finalName) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return stem.startsWith(finalName + "-") ? stem.substring(finalName.length() + 1) : null;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The log, each line led by the book's name when Maven builds books in parallel. */
    MavenBuildLog buildLog() {
        return new MavenBuildLog(getLog(), session.isParallel() ? project.getArtifactId() : "");
    }

    /** The parameters as the pipeline's settings; a bad value fails the build naming it. */
    Settings settings(MavenBuildLog log) throws MojoFailureException {
        try {
            Optional<Instant> pinned = OutputTimestamp.parse(outputTimestamp);
            if (pinned.isEmpty()) {
                log.info(OutputTimestamp.HOW_TO_PIN);
            }
            Instant timestamp = pinned.orElse(OutputTimestamp.UNPINNED);
            return Settings.builder(project.getBasedir().toPath())
                    .language(language).title(Optional.ofNullable(title)).subtitle(Optional.ofNullable(subtitle))
                    .editors(list(editors)).identifier(Optional.ofNullable(identifier))
                    .identitySeed(project.getGroupId() + ":" + project.getArtifactId())
                    .publisher(Optional.ofNullable(publisher)).rights(Optional.ofNullable(rights).or(this::licenses))
                    .description(Optional.ofNullable(project.getDescription())).subjects(list(subjects))
                    .microenterprise(eaaMicroenterprise)
                    .coverImage(Optional.ofNullable(coverImage).map(File::toPath))
                    .projectDefaults(new ProjectDefaults(Optional.ofNullable(project.getName()),
                            project.getDevelopers().stream().map(d -> d.getName())
                                    .filter(n -> n != null && !n.isBlank()).toList()))
                    .sourceDirectory(sourceDirectory.toPath())
                    .contentsFile(Optional.ofNullable(contentsFile).map(File::toPath))
                    .stylesDirectory(stylesDirectory.toPath())
                    .theme(ThemeParameters.of(theme, project.getFile(), session.getUserProperties()))
                    .encoding(Charset.forName(encoding == null ? "UTF-8" : encoding))
                    .normalization(new NormalizationOptions(stripHeadingNumbering, new TypographyNormalizer.Options(
                            britishQuotes, emDashFromDoubleHyphen, noBreakSpaceBeforeUnits)))
                    .allowedFolders(list(allowedSourceFolders).stream()
                            .map(f -> project.getBasedir().toPath().resolve(f).normalize()).toList())
                    .outputDirectory(outputDirectory.toPath()).finalName(finalName).formatNames(list(formats))
                    .buildDirectory(Optional.ofNullable(project.getBuild().getDirectory()).map(Path::of))
                    .outputTimestamp(timestamp)
                    .force(force).failOnWarnings(failOnWarnings).toolVersion(plugin.getVersion())
                    .build();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("Unknown <encoding> '" + encoding + "'. Use a charset name such as UTF-8");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The POM's licenses as a rights statement. */
    private Optional<String> licenses() {
        List<String> names = project.getLicenses().stream().map(l -> l.getName())
                .filter(n -> n != null && !n.isBlank()).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of("Licensed under " + String.join(", ", names));
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
