package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the book in the folder given as the argument and exits 1 with its problems if it fails: run by
 * {@link HostileImagesTest} in a JVM of its own with a small heap, to show what a huge image costs.
 */
public final class HugeImageBook {

    private HugeImageBook() {
    }

    public static void main(String[] args) throws IOException {
        Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(Path.of(args[0])));
        if (outcome.failed()) {
            System.err.println(outcome.problemSummary());
            System.exit(1);
        }
    }
}
