package io.applydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On Linux, runs the JIT's optimising compiler (HotSpot's C2 threads) below normal CPU priority, so that it works
 * with the CPU the window and the opening do not need. On a two-core laptop C2 took ~1.5 s of CPU in the first
 * seconds, competing with the window's start, and later with the JavaFX thread while browsers run. It still gets
 * every idle core, so long work (analytics, exports) is compiled as fully as before.
 *
 * <p>Linux gives each thread its own niceness ({@code setpriority} on a thread id); raising one's own is allowed
 * to every user. Java has no call for it, so {@code renice} is run on the thread ids found in
 * {@code /proc/self/task}. Elsewhere, or without {@code renice}, nothing changes.
 */
public final class CompilerThreadPriority {
    private static final Logger LOG = LoggerFactory.getLogger(CompilerThreadPriority.class);
    private static final Path TASKS = Path.of("/proc/self/task");
    /** The kernel keeps 15 characters of a thread's name: "C2 CompilerThread0" reads "C2 CompilerThre". */
    private static final String C2_THREAD = "C2 CompilerThre";
    private static final int NICENESS = 10;

    private CompilerThreadPriority() {
    }

    /** Lowers the compiler threads' priority from a daemon thread: nothing on the caller's path waits for it. */
    public static void lowerInBackground() {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        Thread lowering = new Thread(CompilerThreadPriority::lower, "applydesk-jit-priority");
        lowering.setDaemon(true);
        lowering.start();
    }

    private static void lower() {
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(NICENESS), "-p"));
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.filter(CompilerThreadPriority::isCompilerThread).map(task -> task.getFileName().toString())
                    .forEach(command::add);
        } catch (IOException e) {
            LOG.debug("Could not list this process's threads", e);
            return;
        }
        if (command.size() == 4) {
            return;
        }
        try {
            int status = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            LOG.debug("renice of the JIT compiler threads ended with {}", status);
        } catch (IOException e) {
            LOG.debug("No renice on this machine", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isCompilerThread(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip().equals(C2_THREAD);
        } catch (IOException threadEnded) {
            return false;
        }
    }
}
