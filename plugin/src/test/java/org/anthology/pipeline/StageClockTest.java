package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StageClockTest {

    @Test
    void tellsHowFarALongStageHasGot() throws IOException, InterruptedException {
        RecordingLog log = new RecordingLog();
        CountDownLatch told = new CountDownLatch(1);
        BuildLog watched = new BuildLog() {
            public void debug(String m) { log.debug(m); }
            public void info(String m) { log.info(m); told.countDown(); }
            public void warn(String m) { log.warn(m); }
            public void error(String m) { log.error(m); }
        };
        try (StageClock clock = new StageClock(watched, 20)) {
            clock.time("pdf", () -> Optional.of("page 1,200"), () -> await(told));
        }
        assertTrue(log.lines.get(0).matches("INFO PDF: page 1,200, \\d+ s"), log.lines.get(0));
    }

    @Test
    void timesAndTellsTwoStagesRunningAtOnce() throws Exception {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch bothTold = new CountDownLatch(2);
        BuildLog watched = new BuildLog() {
            public void debug(String m) { }
            public void info(String m) {
                if (!lines.contains(m.replaceAll("\\d+ s$", ""))) {
                    lines.add(m.replaceAll("\\d+ s$", ""));
                    bothTold.countDown();
                }
            }
            public void warn(String m) { }
            public void error(String m) { }
        };
        try (StageClock clock = new StageClock(watched, 20)) {
            clock.time("pdf", () -> Optional.of("page 3"), () -> {
                Thread epub = new Thread(() -> {
                    try {
                        clock.time("epub", Optional::empty, () -> await(bothTold));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                epub.start();
                try {
                    epub.join();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return true;
            });
            assertTrue(clock.summary().matches("pdf \\d+ ms, epub \\d+ ms"), clock.summary());
            assertTrue(clock.millis("pdf") >= clock.millis("epub"), clock.summary());
        }
        assertEquals(List.of("PDF: page 3, ", "EPUB: "), lines.stream().sorted(java.util.Comparator.reverseOrder())
                .toList());
    }

    @Test
    void sumsEachStageInTheOrderRun() throws IOException {
        try (StageClock clock = new StageClock(new RecordingLog(), 60_000)) {
            clock.time("read", Optional::empty, () -> "chapters");
            clock.time("epub", Optional::empty, () -> "book");
            assertTrue(clock.summary().matches("read \\d+ ms, epub \\d+ ms"), clock.summary());
            assertEquals(0, clock.millis("pdf"));
        }
    }

    @Test
    void countsTheCpuTimeOfEachStage() throws IOException {
        try (StageClock clock = new StageClock(new RecordingLog(), 60_000)) {
            // The JVM's other threads (the compilers, other tests) may use the cores while this one sleeps, but on up
            // to four cores not as much as the busy stage's two threads; and those take about half as long on the
            // clock as on the CPU, so the wall time would not pass for the CPU time.
            clock.time("idle", Optional::empty, () -> sleep(100));
            clock.time("busy", Optional::empty, StageClockTest::spinTwice);
            String summary = clock.cpuSummary();
            assertTrue(summary.matches("idle \\d+ ms, busy [\\d,]+ ms; in all [\\d,]+ ms"), summary);
            long idle = Long.parseLong(summary.replaceAll("idle (\\d+) ms.*", "$1"));
            long busy = Long.parseLong(summary.replaceAll(".*busy ([\\d,]+) ms.*", "$1").replace(",", ""));
            assertTrue(busy >= 480 && idle < busy, summary);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keeps this thread and another on the CPU for a quarter of a second of CPU time each. */
    private static long spinTwice() {
        long[] other = new long[1];
        Thread thread = new Thread(() -> other[0] = spin());
        thread.start();
        long sum = spin();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sum + other[0];
    }

    /** Keeps this thread on the CPU for a quarter of a second of its own CPU time. */
    private static long spin() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long sum = 0;
        while (threads.getCurrentThreadCpuTime() - start < 250_000_000L) {
            sum += System.nanoTime() % 7;
        }
        return sum;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
