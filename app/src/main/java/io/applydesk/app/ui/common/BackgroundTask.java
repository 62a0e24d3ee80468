package io.applydesk.app.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for a background thread with UI-thread callbacks, in the fluent shape
 * {@code BackgroundTask.of(() -> service.call()).onSuccess(..).onFailure(..).executeWith(executor)}.
 *
 * <p>Threading contract: {@link #call()} runs on a worker thread (inline in tests); the
 * {@code onSuccess}, {@code onFailure} and {@code onFinished} callbacks run on the UI thread, so
 * they may touch properties bound to nodes. ViewModels never create threads themselves.
 *
 * @param <T> the result handed to {@code onSuccess}
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that returns a result. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that returns nothing. */
    public static BackgroundTask<Void> ofRunnable(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after {@code onSuccess} or {@code onFailure}, e.g. to clear a "busy" flag. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    /** The work itself; called by a {@link TaskExecutor} on its worker thread. */
    public T call() throws Exception {
        return work.call();
    }

    /** Called by a {@link TaskExecutor} on the UI thread. */
    public void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    /** Called by a {@link TaskExecutor} on the UI thread. */
    public void failed(Exception error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }
}
