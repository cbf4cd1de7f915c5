package org.anthology.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anthology.pipeline.BookScaffold;
import org.anthology.pipeline.LanguageTags;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a book: writes a project that {@code mvn package} builds into an EPUB and a PDF as it is, with no Maven
 * warning. Needs no project: run it in an empty folder as
 * {@code mvn org.anthology:anthology-maven-plugin:<version>:init}. It writes {@code pom.xml} (packaging
 * {@code pom}, UTF-8, an output timestamp, this plugin pinned), {@code texts/01-first-chapter.md},
 * {@code src/contents.yaml}, {@code styles/pdf-theme.properties} and {@code styles/epub.css} (the built-in look,
 * documented, to start from), {@code .mvn/jvm.config} and {@code .gitignore}, and replaces none of them.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /**
     * The folder to create the book in; created when missing.
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "directory", defaultValue = "${basedir}", required = true)
    private File directory;

    /**
     * The new POM's groupId.
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "groupId", defaultValue = "org.example.books", required = true)
    private String groupId;

    /**
     * The new POM's artifactId, which also names the editions; defaults to the folder's name, in lower case.
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "artifactId")
    private String artifactId;

    /**
     * The book's title, written into the POM's name and the contents file.
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "title", defaultValue = "My Anthology", required = true)
    private String title;

    /**
     * The sample chapter's author and the book's editor, written into the contents file.
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "author", defaultValue = "The Author", required = true)
    private String author;

    /**
     * The book's language as a BCP 47 tag (en, en-GB, de, fr, zh).
     *
     * @since 0.1.0
     */
    @Parameter(property = BuildMojo.PREFIX + "language", defaultValue = "en", required = true)
    private String language;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path folder = directory.toPath().toAbsolutePath();
        Optional<String> badLanguage = LanguageTags.problem(language);
        if (badLanguage.isPresent()) {
            throw new MojoFailureException("The language '" + language + "' is not a BCP 47 language tag. "
                    + badLanguage.get() + " in -D" + BuildMojo.PREFIX + "language");
        }
        List<String> existing = BookScaffold.existing(folder);
        if (!existing.isEmpty()) {
            throw new MojoFailureException("The folder " + folder + " already has " + String.join(", ", existing)
                    + "; init replaces nothing. Run it in an empty folder, or name a new one with -D"
                    + BuildMojo.PREFIX + "directory=<folder>");
        }
        String date = session.getStartTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate() + "T00:00:00Z";
        BookScaffold.Book book = new BookScaffold.Book(groupId, artifactId(folder), title, author, language, date,
                plugin.getVersion());
        try {
            for (Path file : BookScaffold.write(folder, book)) {
                getLog().info("Wrote " + folder.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the new book into " + folder + ": " + e.getMessage(),
                    e);
        }
        getLog().info("Your book is in " + folder + ": run mvn package there to build its EPUB and PDF");
    }

    private String artifactId(Path folder) {
        if (artifactId != null && !artifactId.isBlank()) {
            return artifactId.strip();
        }
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "my-anthology" : id;
    }
}
