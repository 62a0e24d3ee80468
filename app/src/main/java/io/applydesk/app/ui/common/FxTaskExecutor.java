package io.applydesk.app.ui.common;

import io.applydesk.core.common.CpuPriority;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link TaskExecutor}: wraps each {@link BackgroundTask} in a JavaFX {@link Task}
 * on a small bounded pool of daemon threads, so callbacks arrive on the FX thread.
 *
 * <p>The threads run below normal priority ({@link CpuPriority#backgroundThreads}): a page's reads, a session's
 * creation or an export must never take a CPU the FX and render threads want. On a two-core laptop they did at a
 * run's start, when the new session is stored and the pages read it while the window switches to the run
 * (docs/BENCHMARKS.md). They still get every CPU the window leaves idle.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                CpuPriority.backgroundThreads("applydesk-ui-task"));
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fxTask.setOnSucceeded(event -> task.succeeded(fxTask.getValue()));
        fxTask.setOnFailed(event -> {
            Throwable error = fxTask.getException();
            LOG.debug("Background task failed", error);
            task.failed(error instanceof Exception ? (Exception) error : new RuntimeException(error));
        });
        try {
            pool.execute(fxTask);
        } catch (RejectedExecutionException closed) {
            // The window is closing: work asked for meanwhile (a check after a pause in typing) has no one to show it.
            LOG.debug("Background task dropped: the window is closing");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
