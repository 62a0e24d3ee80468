package io.applydesk.app.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link TaskExecutor}: wraps each {@link BackgroundTask} in a JavaFX {@link Task}
 * on a small bounded pool of daemon threads, so callbacks arrive on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "applydesk-ui-task-" + counter.incrementAndGet());
                    // Daemon: a stuck background read must never keep the JVM alive after the window closed.
                    thread.setDaemon(true);
                    return thread;
                });
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
        pool.execute(fxTask);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
