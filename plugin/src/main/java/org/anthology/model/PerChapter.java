package org.anthology.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per chapter (or per manuscript) on the build's threads and hands back the results in book order,
 * with each task's problems and decisions added to the build's {@link Diagnostics} in book order too: a book comes
 * out the same, and reports the same lines in the same order, whichever thread finishes first. Chapters are
 * independent until the table of contents, so reading, typography and the EPUB's chapter documents run this way.
 */
public final class PerChapter {

    /** A task on one item, reporting to a {@link Diagnostics} of its own. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item, Diagnostics diagnostics) throws IOException;
    }

    private static final PerChapter SEQUENTIAL = new PerChapter(null);

    private final ExecutorService executor;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int total;

    private PerChapter(ExecutorService executor) {
        this.executor = executor;
    }

    /** Every task on the calling thread, one after another, with no progress to tell. */
    public static PerChapter sequential() {
        return SEQUENTIAL;
    }

    /** How far the latest {@link #map} has got, as {@code 34 of 100}; empty when nothing ran here yet. */
    public Optional<String> progress() {
        int of = total;
        return of == 0 ? Optional.empty() : Optional.of(String.format("%,d of %,d", finished.get(), of));
    }

    /** Tasks on {@code executor}'s threads; the caller owns the executor and shuts it down. */
    public static PerChapter on(ExecutorService executor) {
        return new PerChapter(executor);
    }

    /**
     * Starts {@code task} on one of the build's threads, beside the caller's own work, and returns at once: true when
     * it was handed to a thread, false when there is none to spare (a build on one core), and the caller then does
     * without it. The task must end by itself; the caller may not count on it ever starting.
     */
    public boolean alongside(Runnable task) {
        if (executor == null) {
            return false;
        }
        try {
            executor.execute(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return false;
        }
    }

    /** {@code task} applied to each of {@code items}, results in their order; I/O failures propagate. */
    public <T, R> List<R> map(List<T> items, Diagnostics diagnostics, Task<T, R> task) throws IOException {
        if (executor == null || items.size() < 2) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(task.apply(item, diagnostics));
            }
            return out;
        }
        finished.set(0);
        total = items.size();
        List<Future<Done<R>>> running = new ArrayList<>(items.size());
        for (T item : items) {
            running.add(executor.submit(() -> {
                Diagnostics own = new Diagnostics();
                R result = task.apply(item, own);
                finished.incrementAndGet();
                return new Done<>(result, own);
            }));
        }
        List<R> out = new ArrayList<>(items.size());
        for (Future<Done<R>> future : running) {
            Done<R> done = join(future);
            diagnostics.addAll(done.diagnostics());
            out.add(done.result());
        }
        return out;
    }

    /** As {@link #map}, for tasks that do no I/O. */
    public <T, R> List<R> mapPure(List<T> items, Diagnostics diagnostics, Task<T, R> task) {
        try {
            return map(items, diagnostics, task);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <R> Done<R> join(Future<Done<R>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the chapters were processed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private record Done<R>(R result, Diagnostics diagnostics) {
    }
}
