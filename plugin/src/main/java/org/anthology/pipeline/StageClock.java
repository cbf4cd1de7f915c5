package org.anthology.pipeline;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Times the stages of one build (read, normalize, check, contents, each edition) and, while a stage runs longer than
 * a few seconds, logs a progress line every few seconds ({@code PDF: page 1,200, 9 s}), so a long book never sits
 * silent. The times end up in one line of the build log, which the benchmark reads.
 */
final class StageClock implements AutoCloseable {

    /** A stage's work. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    /** How often a running stage tells how far it is, once it has run this long. */
    static final long TICK_MILLIS = 3_000;

    private final BuildLog log;
    private final long tickMillis;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
    private final long cpuAtStart = processCpuNanos();
    /** The stages running now, by name: one at a time, but for an edition written beside another. */
    private final Map<String, Running> running = new LinkedHashMap<>();
    private ScheduledExecutorService ticker;

    /** A running stage: when it started and how it tells how far it is. */
    private record Running(long start, Supplier<Optional<String>> detail) {
    }

    StageClock(BuildLog log) {
        this(log, TICK_MILLIS);
    }

    /** A clock that tells progress every {@code tickMillis} milliseconds. */
    StageClock(BuildLog log, long tickMillis) {
        this.log = log;
        this.tickMillis = tickMillis;
    }

    /**
     * Runs {@code step} as the stage {@code name}; {@code progress} tells how far it is, if it can. Two stages may
     * run at once on two threads (an edition written beside another); each then counts the CPU time of the JVM
     * while it ran, so the two share the CPU of their common time.
     */
    <T> T time(String name, Supplier<Optional<String>> progress, Step<T> step) throws IOException {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        synchronized (this) {
            startTicking();
            running.put(name, new Running(start, progress));
            // Stages are listed in the order they started.
            millis.putIfAbsent(name, 0L);
            cpuMillis.putIfAbsent(name, 0L);
        }
        try {
            return step.run();
        } finally {
            long wall = (System.nanoTime() - start) / 1_000_000;
            long cpu = (processCpuNanos() - cpuStart) / 1_000_000;
            synchronized (this) {
                running.remove(name);
                millis.merge(name, wall, Long::sum);
                cpuMillis.merge(name, cpu, Long::sum);
            }
        }
    }

    /** The milliseconds stage {@code name} took, 0 if it did not run. */
    synchronized long millis(String name) {
        return millis.getOrDefault(name, 0L);
    }

    /** {@code read 812 ms, normalize 640 ms, ...}: every stage that ran, in the order they started. */
    synchronized String summary() {
        List<String> parts = millis.entrySet().stream()
                .map(e -> String.format("%s %,d ms", e.getKey(), e.getValue())).collect(Collectors.toList());
        return String.join(", ", parts);
    }

    /**
     * {@code read 1,020 ms, normalize 700 ms, ...}: the CPU time the JVM spent in every stage, on all its threads
     * (the compiler's and the collector's too), which unlike the stages' wall times hardly depends on what else the
     * machine is running; then the whole build's since this clock started.
     */
    synchronized String cpuSummary() {
        return cpuMillis.entrySet().stream().map(e -> String.format("%s %,d ms", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")) + String.format("; in all %,d ms",
                (processCpuNanos() - cpuAtStart) / 1_000_000);
    }

    /** The CPU time of this JVM so far, or 0 where the platform cannot tell it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private void startTicking() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "anthology-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        Map<String, Running> now;
        synchronized (this) {
            now = new LinkedHashMap<>(running);
        }
        now.forEach((name, stage) -> {
            long elapsed = (System.nanoTime() - stage.start()) / 1_000_000;
            if (elapsed >= tickMillis) {
                String how = stage.detail().get().map(d -> d + ", ").orElse("");
                log.info(String.format("%s: %s%d s", label(name), how, elapsed / 1000));
            }
        });
    }

    /** {@code pdf} is shown as {@code PDF}, {@code read} as {@code Read}. */
    private static String label(String stage) {
        return stage.equals("epub") || stage.startsWith("pdf") ? stage.toUpperCase(java.util.Locale.ROOT)
                : Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
