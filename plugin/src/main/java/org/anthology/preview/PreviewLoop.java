package org.anthology.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anthology.pipeline.AnthologyPipeline;
import org.anthology.pipeline.BuildLog;
import org.anthology.pipeline.Outcome;
import org.anthology.pipeline.Settings;

/**
 * Builds the book, serves it with {@link BookPreview}, and rebuilds it whenever a manuscript, the contents file, a
 * style or the cover changes. The pipeline's input fingerprint decides whether a change needs new editions (a file
 * saved unchanged does not); a rebuild with problems keeps the last good book on show and logs what to fix.
 */
public final class PreviewLoop implements AutoCloseable {

    /** How often the inputs are looked at, in milliseconds: quick enough that a save shows within a second. */
    static final long POLL_MILLIS = 300;

    private final Settings settings;
    private final BuildLog log;
    private final InputWatch watch;
    private final BookPreview preview;

    /** Builds the book once and starts serving it on {@code port} (0 for any free port). */
    public PreviewLoop(Settings settings, BuildLog log, int port) throws IOException {
        this.settings = settings;
        this.log = log;
        this.watch = new InputWatch(inputs(settings));
        build();
        Path out = settings.output().outputDirectory();
        String name = settings.output().finalName();
        this.preview = new BookPreview(out.resolve(name + ".epub"), out.resolve(name + ".pdf"),
                settings.book().title().orElse(name), port);
        log.info("Preview at " + preview.address() + " (rebuilt when a manuscript, the contents file or a style "
                + "changes; Ctrl-C stops it)");
    }

    /** Where the book is served. */
    public URI address() {
        return preview.address();
    }

    /** Rebuilds the book if an input changed since the last look; true when new editions were written. */
    public boolean checkOnce() throws IOException {
        if (!watch.changed()) {
            return false;
        }
        boolean rebuilt = build();
        if (rebuilt) {
            preview.rebuilt();
        }
        return rebuilt;
    }

    /** Looks at the inputs until the thread is interrupted. */
    public void run() throws IOException {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                checkOnce();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        preview.close();
    }

    private boolean build() throws IOException {
        Outcome outcome = new AnthologyPipeline(log).run(settings);
        if (outcome.failed()) {
            log.error("The book has problems (listed above); the preview shows the last good build");
            return false;
        }
        return !outcome.upToDate();
    }

    private static List<Path> inputs(Settings settings) {
        List<Path> inputs = new ArrayList<>(List.of(settings.sources().sourceDirectory(),
                settings.sources().stylesDirectory()));
        settings.sources().contentsFile().ifPresent(inputs::add);
        settings.book().coverImage().ifPresent(inputs::add);
        return inputs;
    }
}
