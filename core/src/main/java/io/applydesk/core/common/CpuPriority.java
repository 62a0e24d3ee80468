package io.applydesk.core.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On Linux, runs ApplyDesk's background work (the engine's workers and the Playwright drivers they start, the
 * practice server, the window's background reads, the JIT's optimising compiler) below normal CPU priority, so
 * that on a two-core laptop the window's thread gets a CPU first while four browsers apply. Background work still
 * gets every CPU nobody else wants.
 *
 * <p>Linux gives each thread its own niceness ({@code setpriority} on a thread id), a thread it starts inherits it,
 * and lowering one's own is allowed to every user. Java has no call for it, so {@code renice} is run on thread ids
 * found under {@code /proc}. Elsewhere, or without {@code renice}, nothing changes: a slower window is no reason
 * to stop applying.
 */
public final class CpuPriority {
    private static final Logger LOG = LoggerFactory.getLogger(CpuPriority.class);
    /** Enough for the scheduler to prefer normal threads ~10:1, not so much that a busy desktop stalls a run. */
    public static final int BACKGROUND_NICENESS = 10;
    private static final Path OWN_TASKS = Path.of("/proc/self/task");
    private static final Path CURRENT_THREAD = Path.of("/proc/thread-self");
    /** The kernel keeps 15 characters of a thread's name: "C2 CompilerThread0" reads "C2 CompilerThre". */
    private static final String JIT_OPTIMISER = "C2 CompilerThre";

    private CpuPriority() {
    }

    /**
     * Daemon threads named {@code prefix-1}, {@code prefix-2}…, each lowered before it runs its first task.
     * Daemon: a pool someone forgot to close must not keep the app from exiting.
     */
    public static ThreadFactory backgroundThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(() -> {
                lowerCurrentThread();
                task.run();
            }, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Lowers HotSpot's optimising compiler (C2) from a daemon thread: nothing on the caller's path waits for it. On
     * a two-core laptop C2 took ~1.5 s of CPU in the window's first seconds; long work (analytics, exports) is still
     * compiled as fully as before, with the CPU the window does not need.
     */
    public static void lowerJitCompilerInBackground() {
        Thread lowering = new Thread(() -> lowerOwnThreadsNamed(JIT_OPTIMISER), "applydesk-jit-priority");
        lowering.setDaemon(true);
        lowering.start();
    }

    /**
     * Lowers the calling thread, and so every thread and process it starts from now on: a worker's Playwright
     * driver (Node) and its browser inherit it.
     */
    public static void lowerCurrentThread() {
        try {
            // "/proc/thread-self" links to "<pid>/task/<tid>".
            renice(List.of(Files.readSymbolicLink(CURRENT_THREAD).getFileName().toString()));
        } catch (IOException | UnsupportedOperationException notLinux) {
            LOG.trace("No thread ids on this system", notLinux);
        }
    }

    /** Lowers every thread of this process the kernel names {@code comm} (15 characters at most). */
    static void lowerOwnThreadsNamed(String comm) {
        renice(threadIds(OWN_TASKS, task -> comm.equals(read(task.resolve("comm")).strip())));
    }

    private static List<String> threadIds(Path tasks, Predicate<Path> wanted) {
        if (!Files.isDirectory(tasks)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(tasks)) {
            return list.filter(wanted).map(task -> task.getFileName().toString()).toList();
        } catch (IOException ended) {
            LOG.debug("Could not list the threads in {}", tasks, ended);
            return List.of();
        }
    }

    private static void renice(List<String> threadIds) {
        if (threadIds.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(BACKGROUND_NICENESS), "-p"));
        command.addAll(threadIds);
        try {
            int status = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            LOG.trace("renice of {} thread(s) ended with {}", threadIds.size(), status);
        } catch (IOException e) {
            LOG.debug("No renice on this machine", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException threadEnded) {
            return "";
        }
    }
}
