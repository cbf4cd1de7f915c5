package org.anthology.maven;

import java.io.IOException;
import javax.inject.Inject;
import org.anthology.preview.PreviewLoop;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Previews the book while you write: builds it, serves it on localhost (the EPUB's pages as web pages with the
 * book's style sheet, and the PDF), rebuilds it when a manuscript, the contents file or a style changes, and has
 * the open page in the browser reload itself. Takes every parameter of the build goal; runs until stopped (Ctrl-C).
 *
 * @since 0.1.0
 */
@Mojo(name = "preview", threadSafe = true)
public class PreviewMojo extends BuildMojo {

    /**
     * The port on localhost the preview is served on; 0 takes any free port (the log says which).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "port", defaultValue = "8000")
    private int port;

    /** A preview that would attach nothing, but shares the build goal's parameters and so its constructor. */
    @Inject
    public PreviewMojo(MavenProjectHelper projectHelper) {
        super(projectHelper);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MavenBuildLog log = buildLog();
        try (PreviewLoop loop = new PreviewLoop(settings(log), log, port)) {
            loop.run();
        } catch (IOException e) {
            throw new MojoExecutionException("The preview stopped: " + e.getMessage(), e);
        }
    }
}
