package io.applydesk.core.run;

import java.time.Duration;

/**
 * Runs an action later without holding a worker: how a retry waits out its backoff and an application
 * waits for its ATS host to be free. Tests inject one that runs the actions when they advance their clock.
 */
@FunctionalInterface
public interface Delayer {
    void after(Duration delay, Runnable action);
}
