package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** This test JVM's own C2 compiler threads end up at nice 10; its other threads keep their priority. */
class CompilerThreadPriorityTest {

    @Test
    void theOptimisingCompilerThreadsRunBelowTheAppsThreads() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        int before = niceOf("C1 CompilerThre");

        CompilerThreadPriority.lowerInBackground();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Integer> compilers = nicesOf("C2 CompilerThre");
        while (compilers.stream().anyMatch(nice -> nice != 10) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            compilers = nicesOf("C2 CompilerThre");
        }
        assertFalse(compilers.isEmpty(), "a C2 compiler thread exists");
        assertEquals(List.of(10), compilers.stream().distinct().toList());
        assertEquals(before, niceOf("C1 CompilerThre"), "the other threads are left as they were");
    }

    private static int niceOf(String thread) throws IOException {
        return nicesOf(thread).get(0);
    }

    /** The niceness of each of this process's threads named {@code comm}. */
    private static List<Integer> nicesOf(String comm) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> read(task.resolve("comm")).strip().equals(comm))
                    .map(task -> {
                        // The name may hold spaces: the fields are counted after its closing parenthesis.
                        String stat = read(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Integer.parseInt(fields[16]);
                    })
                    .toList();
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
