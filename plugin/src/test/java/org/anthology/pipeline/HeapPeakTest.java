package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapPeakTest {

    private static final long MB = 1024 * 1024;

    @Test
    void takesTheMostInUseAtOnceNotTheSumOfEachPoolsPeak() {
        List<String> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        assertTrue(pools.size() >= 2, "a young and an old pool: " + pools);
        String young = pools.get(0);
        String old = pools.get(pools.size() - 1);
        try (HeapPeak heap = new HeapPeak()) {
            // The young pool peaks at 900 MB while the old holds 100, the old at 800 MB when the young is empty:
            // the pools' peaks add up to 1,700 MB, but no more than 1,000 MB were ever in use at once.
            heap.record(Map.of(young, used(900), old, used(100)), Map.of(young, used(0), old, used(300)));
            heap.record(Map.of(young, used(500), old, used(300)), Map.of(young, used(0), old, used(800)));
            assertEquals(1000, heap.megabytes());
        }
    }

    @Test
    void leavesOutPoolsOutsideTheHeap() {
        try (HeapPeak heap = new HeapPeak()) {
            heap.record(Map.of("Metaspace", used(5000)), Map.of());
            assertTrue(heap.megabytes() < 5000, heap.megabytes() + " MB");
        }
    }

    @Test
    void countsWhatIsInUseWhenAsked() {
        try (HeapPeak heap = new HeapPeak()) {
            assertTrue(heap.bytes() >= ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 2);
            assertTrue(heap.bytes() > 0);
        }
    }

    private static MemoryUsage used(long megabytes) {
        return new MemoryUsage(0, megabytes * MB, megabytes * MB, -1);
    }
}
