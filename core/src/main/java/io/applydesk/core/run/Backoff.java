package io.applydesk.core.run;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter: before retry n (after attempt n failed) wait a random time in
 * [0, min(cap, base * 2^(n-1))]. Jitter spreads the retries of many applications that failed together.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final Random random;

    public Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after the given failed attempt (1 for the first). */
    public Duration delayAfter(int failedAttempt) {
        return Duration.ofMillis((long) (random.nextDouble() * ceiling(failedAttempt).toMillis()));
    }

    /** The longest wait after the given failed attempt. */
    public Duration ceiling(int failedAttempt) {
        // Doubling stops at the cap long before it could overflow.
        Duration ceiling = base;
        for (int i = 1; i < failedAttempt && ceiling.compareTo(cap) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(cap) > 0 ? cap : ceiling;
    }
}
