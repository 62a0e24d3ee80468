package io.applydesk.app.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Calls an action on the FX thread at a fixed interval while started. Views use it to copy
 * buffered worker-thread events into their ViewModel in one batch per tick, instead of one
 * {@code Platform.runLater} per event (STYLE.md §3.5). Must be created and used on the FX thread.
 *
 * <p>WHY not a {@code Timeline}: a running animation keeps JavaFX pulsing 60 times a second for as long as it runs,
 * so a window with a live badge never rested (CPU in the tray, battery). Here one shared daemon thread posts each
 * tick, and a tick is not posted again while the previous one still waits for a busy FX thread.
 */
public final class FxTicker {
    /** For pages that follow a run live: often enough to feel live, seldom enough to repaint little. */
    public static final Duration LIVE_INTERVAL = Duration.millis(500);

    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "applydesk-ticks");
        thread.setDaemon(true);
        return thread;
    });

    private final long intervalMillis;
    private final Runnable action;
    private final AtomicBoolean posted = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    public FxTicker(Duration interval, Runnable action) {
        this.intervalMillis = Math.max(1, (long) interval.toMillis());
        this.action = action;
    }

    public void start() {
        if (schedule == null) {
            schedule = TICKS.scheduleWithFixedDelay(this::post, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    private void post() {
        if (posted.compareAndSet(false, true)) {
            Platform.runLater(this::tick);
        }
    }

    private void tick() {
        posted.set(false);
        // A tick posted just before stop() must not run after it.
        if (schedule != null) {
            action.run();
        }
    }
}
