package io.applydesk.app.ui.common;

import io.applydesk.core.run.Subscription;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reloads of a live page's ViewModel, throttled: changes arriving on worker threads only raise a flag,
 * and the page's UI tick (once a second) reads again when the flag was raised — so a burst of engine events
 * costs one read, a page never reads more than once a tick (STYLE.md §3.5), and a read asked for while one
 * runs is done once that one ends. {@link #activate()} and {@link #deactivate()} follow the page being shown
 * and hidden. Every method must be called on the UI thread; reads go through the {@link TaskExecutor}.
 *
 * @param <T> what one read brings back
 */
public final class LiveReload<T> {
    private final ChangeSource source;
    private final TaskExecutor executor;
    private final Supplier<Callable<T>> reads;
    private final Consumer<T> show;
    private final Consumer<String> fail;
    private final AtomicBoolean changed = new AtomicBoolean();
    private Subscription subscription;
    private boolean loading;
    private boolean again;

    /**
     * @param reads called on the UI thread for each read: the work to run in the background (so it can
     *              capture UI state, e.g. the chosen range)
     * @param show  gets what was read, on the UI thread
     * @param fail  gets the sentence saying why the read failed, on the UI thread
     */
    public LiveReload(ChangeSource source, TaskExecutor executor, Supplier<Callable<T>> reads, Consumer<T> show,
                      Consumer<String> fail) {
        this.source = source;
        this.executor = executor;
        this.reads = reads;
        this.show = show;
        this.fail = fail;
    }

    /** The page is shown: listen for changes and read. */
    public void activate() {
        if (subscription == null) {
            subscription = source.watch(() -> changed.set(true));
        }
        reload();
    }

    /** The page is hidden: stop listening, forgetting changes not yet read. */
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        changed.set(false);
    }

    /** The UI tick: reads again when something changed since the last tick. */
    public void tick() {
        if (changed.getAndSet(false)) {
            reload();
        }
    }

    /** Reads now, or once the read that is running ends. */
    public void reload() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        BackgroundTask.of(reads.get())
                .onSuccess(show)
                .onFailure(error -> fail.accept(ErrorText.of(error)))
                .onFinished(() -> {
                    loading = false;
                    if (again) {
                        again = false;
                        reload();
                    }
                })
                .executeWith(executor);
    }
}
