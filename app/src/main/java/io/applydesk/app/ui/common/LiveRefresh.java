package io.applydesk.app.ui.common;

import io.applydesk.core.run.Subscription;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throttles a live page's reloads: changes arriving on worker threads only raise a flag, and the page's
 * UI tick (once a second) reloads when the flag was raised and no reload is running — so a burst of
 * engine events costs one reload, and a page never reloads more than once a tick (STYLE.md §3.5).
 * {@link #start()} and {@link #stop()} follow the page being shown and hidden; call them, and
 * {@link #takeChange()}, on the UI thread.
 */
public final class LiveRefresh {
    private final ChangeSource source;
    private final AtomicBoolean changed = new AtomicBoolean();
    private Subscription subscription;

    public LiveRefresh(ChangeSource source) {
        this.source = source;
    }

    /** Starts listening (idempotent). */
    public void start() {
        if (subscription == null) {
            subscription = source.watch(() -> changed.set(true));
        }
    }

    /** Stops listening and forgets changes not yet taken. */
    public void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        changed.set(false);
    }

    /** True once after one or more changes since the last call. */
    public boolean takeChange() {
        return changed.getAndSet(false);
    }
}
