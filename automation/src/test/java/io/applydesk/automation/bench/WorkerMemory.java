package io.applydesk.automation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The memory one browser worker costs: the peak proportional set size (PSS, so pages shared between
 * Chromium's processes are counted once) of the processes started while it runs — its Playwright
 * driver, Chromium's browser, GPU, network and renderer processes. Sampled every 50 ms from
 * {@code /proc}; Linux only (elsewhere it reports 0).
 */
final class WorkerMemory implements AutoCloseable {
    private final Set<Long> before;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private WorkerMemory() {
        this.before = descendants();
        this.sampler = new Thread(this::sample, "worker-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling; processes already running now are not counted. */
    static WorkerMemory start() {
        return new WorkerMemory();
    }

    /** The highest total seen so far, in MB. */
    double peakMb() {
        return peakKb.get() / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    private void sample() {
        while (running) {
            long total = 0;
            for (long pid : descendants()) {
                if (!before.contains(pid)) {
                    total += pssKb(pid);
                }
            }
            peakKb.accumulateAndGet(total, Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** {@code Pss:} of /proc/PID/smaps_rollup; 0 when the process has gone or the file is unreadable. */
    private static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between listing and reading, or this is not Linux.
        }
        return 0;
    }
}
