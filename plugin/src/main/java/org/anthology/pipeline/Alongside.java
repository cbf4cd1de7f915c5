package org.anthology.pipeline;

import java.io.IOException;
import org.anthology.edition.PageStarts;

/**
 * The editions that take nothing from the paginated edition but its page starts (the EPUB), written on a thread of
 * their own from the moment the paginated edition knows its pages, while it writes its structure and
 * cross-reference table out: the two share the machine's cores instead of waiting on each other. What they write
 * is the same as when written after it, since the page starts are final by then.
 */
final class Alongside {

    /** The editions' writing, given the page starts. */
    @FunctionalInterface
    interface Work {
        void run(PageStarts pages) throws IOException;
    }

    private final Work work;
    private Thread thread;
    private volatile Throwable failure;

    Alongside(Work work) {
        this.work = work;
    }

    /** Starts the work with {@code pages} on a thread of its own, unless it started already. */
    synchronized void start(PageStarts pages) {
        if (thread != null) {
            return;
        }
        thread = new Thread(() -> {
            try {
                work.run(pages);
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }, "anthology-alongside");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the work, if it started, and fails as it failed. */
    void join() throws IOException {
        await();
        Throwable failed = failure;
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    /** Waits for the work, if it started, and forgets how it went: the build fails for another reason. */
    void abandon() {
        await();
    }

    /** Waits for the thread to end, an interruption kept for the caller to see once it has. */
    private void await() {
        Thread started;
        synchronized (this) {
            started = thread;
        }
        if (started == null) {
            return;
        }
        boolean interrupted = false;
        while (started.isAlive()) {
            try {
                started.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
