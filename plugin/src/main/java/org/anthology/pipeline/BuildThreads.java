package org.anthology.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.anthology.model.PerChapter;

/**
 * The threads one build spreads its per-chapter work over, one per core. They carry the building thread's class
 * loader, so the libraries a stage looks up (an XML writer, say) are the same on every thread and the output does
 * not depend on which thread set which chapter. Closed, they stop.
 */
final class BuildThreads implements AutoCloseable {

    private final ExecutorService executor;
    private final PerChapter tasks;

    /** Threads for {@code cores} cores; one core means no threads of its own, every task on the caller's. */
    BuildThreads(int cores) {
        if (cores < 2) {
            executor = null;
            tasks = PerChapter.sequential();
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(cores, work -> {
            Thread thread = new Thread(work, "anthology-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        tasks = PerChapter.on(executor);
    }

    /** As many threads as the machine has cores. */
    static BuildThreads perCore() {
        return new BuildThreads(Runtime.getRuntime().availableProcessors());
    }

    /** The stages' way onto these threads. */
    PerChapter tasks() {
        return tasks;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
