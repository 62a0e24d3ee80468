package io.applydesk.core.run;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The {@link Delayer} of the running app: one daemon timer thread that only hands actions on. */
public final class TimerDelayer implements Delayer, AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "applydesk-run-timer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void after(Duration delay, Runnable action) {
        if (!timer.isShutdown()) {
            timer.schedule(action, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** Drops the actions still waiting: the applications they concern stay QUEUED for the next start. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
