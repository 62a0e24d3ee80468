package io.applydesk.app.ui.common;

import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.session.SessionService;

/**
 * Something that says "the stored data changed" (a run event, a session created, paused or stopped), for
 * live pages that refresh themselves. The callback may come on any thread and must stay quick.
 */
@FunctionalInterface
public interface ChangeSource {

    /** Calls {@code onChange} after every change until the subscription is closed. */
    Subscription watch(Runnable onChange);

    /**
     * Every application and run event of the coordinator, and every session change of the coordinator (pause,
     * resume, stop: the tray's too) and of the session service (created, stopped).
     */
    static ChangeSource of(RunCoordinator runs, SessionService sessions) {
        return onChange -> {
            Subscription events = runs.addListener(event -> onChange.run());
            Subscription controlled = runs.addSessionWatcher(onChange);
            Subscription created = sessions.addSessionWatcher(onChange);
            return () -> {
                events.close();
                controlled.close();
                created.close();
            };
        };
    }
}
