package org.anthology.pipeline;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while one build runs and tells the most of it that was in use at once: the used heap just before
 * each garbage collection (where it peaks), after it, and when asked. The pools' own peaks cannot be summed for this,
 * since the young and old generations peak at different times: their sum can exceed the heap limit itself.
 */
final class HeapPeak implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private final List<NotificationEmitter> watched = new ArrayList<>();

    /** Starts watching from the heap in use now. */
    HeapPeak() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                watched.add(emitter);
            }
        }
        sampleNow();
    }

    /** The most heap in use at once since this watch began, in bytes, including the heap in use now. */
    long bytes() {
        sampleNow();
        return peak.get();
    }

    /** {@link #bytes()} in whole megabytes. */
    long megabytes() {
        return bytes() / (1024 * 1024);
    }

    /** Records what one collection found in use before it ran and left after it. */
    void record(Map<String, MemoryUsage> before, Map<String, MemoryUsage> after) {
        raise(Math.max(heapUsed(before), heapUsed(after)));
    }

    private void collected(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            record(info.getGcInfo().getMemoryUsageBeforeGc(), info.getGcInfo().getMemoryUsageAfterGc());
        }
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private void sampleNow() {
        raise(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private void raise(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : watched) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing left to stop.
            }
        }
    }
}
