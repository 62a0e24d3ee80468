package io.applydesk.core.search.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;

/** Politeness towards one host: a bounded number of requests in flight and a least spacing between their starts. */
final class HostGate {
    private final Semaphore inFlight;
    private final Duration spacing;
    private Instant nextStart = Instant.MIN;

    HostGate(int maxInFlight, Duration spacing) {
        this.inFlight = new Semaphore(maxInFlight, true);
        this.spacing = spacing;
    }

    void enter() throws InterruptedException {
        inFlight.acquire();
    }

    void leave() {
        inFlight.release();
    }

    /** Books the next start slot from {@code now} and says how long to wait for it. */
    synchronized Duration reserve(Instant now) {
        Instant start = now.isAfter(nextStart) ? now : nextStart;
        nextStart = start.plus(spacing);
        return Duration.between(now, start);
    }
}
