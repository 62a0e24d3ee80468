package io.applydesk.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run on this test JVM itself: the threads asked for go to nice 10, the others keep their priority. */
class CpuPriorityTest {
    private static final Path OWN_TASKS = Path.of("/proc/self/task");

    @BeforeEach
    void onLinuxWithRenice() {
        assumeTrue(Files.isDirectory(OWN_TASKS) && Files.exists(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(Stream.of("/usr/bin/renice", "/bin/renice").anyMatch(p -> Files.isExecutable(Path.of(p))),
                "no renice here");
    }

    @Test
    void aBackgroundThreadAndTheProcessesItStartsRunLowerThanTheThreadThatMadeIt() throws Exception {
        int callers = nicenessOfCurrentThread();
        ExecutorService pool = Executors.newSingleThreadExecutor(CpuPriority.backgroundThreads("priority-test"));
        try {
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try {
                    Process child = new ProcessBuilder("sh", "-c", "nice").start();
                    assertTrue(child.waitFor(10, TimeUnit.SECONDS));
                    String childNice = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                    return Thread.currentThread().getName() + " " + nicenessOfCurrentThread() + " " + childNice;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, pool);
            int lowered = CpuPriority.BACKGROUND_NICENESS;
            assertEquals("priority-test-1 " + lowered + " " + lowered, seen.get(20, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(callers, nicenessOfCurrentThread(), "the caller keeps its priority");
    }

    @Test
    void theOptimisingCompilerThreadsRunBelowTheOthers() throws Exception {
        int before = nicesOf("C1 CompilerThre").get(0);

        CpuPriority.lowerJitCompilerInBackground();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Integer> compilers = nicesOf("C2 CompilerThre");
        while (compilers.stream().anyMatch(nice -> nice != CpuPriority.BACKGROUND_NICENESS)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            compilers = nicesOf("C2 CompilerThre");
        }
        assertFalse(compilers.isEmpty(), "a C2 compiler thread exists");
        assertEquals(List.of(CpuPriority.BACKGROUND_NICENESS), compilers.stream().distinct().toList());
        assertEquals(before, nicesOf("C1 CompilerThre").get(0), "the other threads are left as they were");
    }

    private static int nicenessOfCurrentThread() {
        return niceness(Path.of("/proc/thread-self"));
    }

    /** The niceness of each of this process's threads named {@code comm}. */
    private static List<Integer> nicesOf(String comm) throws IOException {
        try (Stream<Path> tasks = Files.list(OWN_TASKS)) {
            return tasks.filter(task -> read(task.resolve("comm")).strip().equals(comm))
                    .map(CpuPriorityTest::niceness).toList();
        }
    }

    /** Field 19 of a task's stat, counted after its name (which may hold spaces) ends with ")". */
    private static int niceness(Path task) {
        String stat = read(task.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException threadEnded) {
            return "";
        }
    }
}
