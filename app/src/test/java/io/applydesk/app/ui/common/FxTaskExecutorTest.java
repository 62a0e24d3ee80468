package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.applydesk.core.common.CpuPriority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's background work (page reads, session creation, exports) runs below the FX thread's priority, so
 * that on a two-core laptop the window gets a CPU first, and its results still arrive on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Test
    void aPageReadRunsBelowTheWindowsPriorityAndHandsItsResultToTheFxThread() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(Stream.of("/usr/bin/renice", "/bin/renice").anyMatch(p -> Files.isExecutable(Path.of(p))),
                "no renice here");
        String callers = nicenessSeenByAChild();
        CompletableFuture<String> delivered = new CompletableFuture<>();
        try (FxTaskExecutor executor = new FxTaskExecutor(1)) {
            BackgroundTask.of(FxTaskExecutorTest::nicenessSeenByAChild)
                    .onSuccess(niceness -> delivered.complete(
                            niceness + " on the FX thread: " + Platform.isFxApplicationThread()))
                    .onFailure(delivered::completeExceptionally)
                    .executeWith(executor);

            assertEquals(CpuPriority.BACKGROUND_NICENESS + " on the FX thread: true",
                    delivered.get(20, TimeUnit.SECONDS));
        }
        assertEquals(callers, nicenessSeenByAChild(), "the thread that asked keeps its priority");
    }

    @Test
    void workAskedForAfterTheWindowClosedIsDroppedNotThrown() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();

        // As a pause in typing ending after the window closed: on the FX thread, where a throw reaches no one.
        CompletableFuture<Void> asked = CompletableFuture.runAsync(() -> BackgroundTask.ofRunnable(() -> ran.set(true))
                .executeWith(executor), Platform::runLater);

        asked.get(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        assertFalse(ran.get(), "nothing runs on a closed executor");
    }

    /** What {@code nice} prints in a process the calling thread starts: the thread's own niceness, inherited. */
    private static String nicenessSeenByAChild() throws IOException, InterruptedException {
        Process child = new ProcessBuilder("sh", "-c", "nice").start();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
