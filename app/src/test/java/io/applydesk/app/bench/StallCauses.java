package io.applydesk.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Says, for one long wait of the FX thread, where the time went: the FX thread on a CPU (our work or the toolkit's),
 * runnable but waiting for a CPU (the machine busy elsewhere), or asleep (waiting for the X server, the render
 * thread or a lock), and the garbage collector's pauses that overlapped it (every Java thread stopped). The probe
 * reads the FX thread's Linux {@code schedstat} just before it posts a task and just after the task ran: no thread
 * of its own, whose CPU would compete with the FX thread's. The GC pauses come from the collectors' notifications.
 */
final class StallCauses implements AutoCloseable {
    private final FileChannel schedstat;
    private final ByteBuffer buffer = ByteBuffer.allocate(128);
    /** {start nanoTime, end nanoTime} of each GC pause. */
    private final List<long[]> gcPauses = new ArrayList<>();
    private final long uptimeOrigin = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    private StallCauses(FileChannel schedstat) {
        this.schedstat = schedstat;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long start = uptimeOrigin + info.getGcInfo().getStartTime() * 1_000_000;
                long end = uptimeOrigin + info.getGcInfo().getEndTime() * 1_000_000;
                synchronized (gcPauses) {
                    gcPauses.add(new long[] {start, end});
                }
            }, null, null);
        }
    }

    /** Watches the thread of that kernel name; empty where there is no {@code /proc} (not Linux). */
    static Optional<StallCauses> watch(String kernelName) throws IOException {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (var all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().equals(kernelName)) {
                        return Optional.of(new StallCauses(FileChannel.open(task.resolve("schedstat"))));
                    }
                } catch (IOException threadEnded) {
                    // another thread ended while listing
                }
            }
        }
        return Optional.empty();
    }

    /** {nanoTime, ns on a CPU, ns runnable waiting for a CPU} of the watched thread, now. */
    long[] now() {
        try {
            buffer.clear();
            schedstat.read(buffer, 0);
            String[] fields = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip()
                    .split(" ");
            return new long[] {System.nanoTime(), Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException threadEnded) {
            return new long[] {System.nanoTime(), 0, 0};
        }
    }

    /** e.g. "over 84 ms: on a CPU 12, waiting for one 54, asleep 18; GC pauses 0 ms" between two readings. */
    String between(long[] before, long[] after) {
        long ran = after[1] - before[1];
        long waited = after[2] - before[2];
        long asleep = Math.max(0, after[0] - before[0] - ran - waited);
        long gc = 0;
        synchronized (gcPauses) {
            for (long[] pause : gcPauses) {
                gc += Math.max(0, Math.min(after[0], pause[1]) - Math.max(before[0], pause[0]));
            }
        }
        return String.format("over %.0f ms: on a CPU %.0f, waiting for one %.0f, asleep %.0f; GC pauses %.0f ms",
                (after[0] - before[0]) / 1e6, ran / 1e6, waited / 1e6, asleep / 1e6, gc / 1e6);
    }

    @Override
    public void close() throws IOException {
        schedstat.close();
    }
}
