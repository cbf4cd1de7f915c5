package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PerChapterTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void givesResultsAndProblemsInBookOrderWhicheverTaskEndsFirst() throws IOException {
        List<Integer> items = IntStream.rangeClosed(1, 12).boxed().toList();
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(null, "before");
        List<String> out = PerChapter.on(executor).map(items, diagnostics, (n, own) -> {
            sleep(n % 3 == 0 ? 30 : 0);
            own.warning(new SourcePosition("ch" + n, n), "one");
            own.decided(new SourcePosition("ch" + n, n), "was", "became", "rule");
            own.warning(new SourcePosition("ch" + n, n), "two");
            return "ch" + n;
        });
        assertEquals(items.stream().map(n -> "ch" + n).toList(), out);
        List<String> expected = new java.util.ArrayList<>(List.of("before"));
        items.forEach(n -> expected.addAll(List.of("ch" + n + ":" + n + ": one", "ch" + n + ":" + n + ": two")));
        assertEquals(expected, diagnostics.problems().stream().map(Problem::toString).toList());
        assertEquals(items.stream().map(n -> "ch" + n).toList(),
                diagnostics.decisions().stream().map(d -> d.position().file()).toList());
    }

    @Test
    void countsTheTasksDone() throws IOException {
        PerChapter tasks = PerChapter.on(executor);
        assertEquals(java.util.Optional.empty(), tasks.progress());
        tasks.map(List.of(1, 2, 3), new Diagnostics(), (n, own) -> n);
        assertEquals(java.util.Optional.of("3 of 3"), tasks.progress());
    }

    @Test
    void passesOnATaskFailure() {
        IOException thrown = assertThrows(IOException.class, () -> PerChapter.on(executor).map(List.of(1, 2, 3),
                new Diagnostics(), (n, own) -> {
                    if (n == 2) {
                        throw new IOException("cannot read 2");
                    }
                    return n;
                }));
        assertEquals("cannot read 2", thrown.getMessage());
    }

    @Test
    void startsATaskAlongsideOnABuildThread() throws InterruptedException {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        String[] thread = new String[1];
        assertEquals(true, PerChapter.on(executor).alongside(() -> {
            thread[0] = Thread.currentThread().getName();
            ran.countDown();
        }));
        assertEquals(true, ran.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(false, Thread.currentThread().getName().equals(thread[0]));
    }

    @Test
    void startsNothingAlongsideWithoutThreadsToSpare() {
        boolean[] ran = new boolean[1];
        assertEquals(false, PerChapter.sequential().alongside(() -> ran[0] = true));
        executor.shutdownNow();
        assertEquals(false, PerChapter.on(executor).alongside(() -> ran[0] = true));
        assertEquals(false, ran[0]);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
