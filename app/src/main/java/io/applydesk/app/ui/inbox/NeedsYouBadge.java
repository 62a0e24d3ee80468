package io.applydesk.app.ui.inbox;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.run.LogLine;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.Subscription;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How many applications wait on the candidate, for the sidebar's "Needs you (3)", kept live: run events
 * (worker threads) only mark it stale, and {@link #tick()} (UI thread, on a timer) counts again at most
 * once per tick, so a burst of events costs one indexed count. {@link #close()} unsubscribes.
 */
public final class NeedsYouBadge implements AutoCloseable {
    static final String LABEL = "Needs you";

    private final FollowUpService followUp;
    private final TaskExecutor executor;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final Subscription subscription;

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(LABEL);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(0);

    public NeedsYouBadge(FollowUpService followUp, RunCoordinator runs, TaskExecutor executor) {
        this.followUp = followUp;
        this.executor = executor;
        // Log lines change no status; every other event may add or remove a waiting application.
        this.subscription = runs.addListener(event -> {
            if (!(event instanceof LogLine)) {
                stale.set(true);
            }
        });
    }

    /** How many applications wait on the candidate (all profiles). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "Needs you", or "Needs you (3)" when something waits. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Goes up after every count taken because something changed; the inbox reloads on it. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** UI thread, on a timer: counts again if runs changed anything since the last count. */
    public void tick() {
        if (stale.getAndSet(false)) {
            recount();
        }
    }

    /** UI thread: counts again now (after the candidate's own answer, approval or decision). */
    public void recount() {
        BackgroundTask.of(followUp::inboxCount)
                .onSuccess(n -> {
                    count.set(n);
                    label.set(n == 0 ? LABEL : LABEL + " (" + n + ")");
                    changes.set(changes.get() + 1);
                })
                // WHY: a badge that cannot be counted just keeps its last number; the inbox page shows the error.
                .onFailure(error -> stale.set(true))
                .executeWith(executor);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
