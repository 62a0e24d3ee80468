package io.applydesk.core.search.fetch;

import java.time.Duration;

/**
 * How politely and patiently boards are fetched.
 *
 * @param concurrency     boards fetched at once (default 16: the per-host limits below keep each host's pace)
 * @param perHostInFlight requests in flight to one host at once (default 4): every Greenhouse board is on one host
 * @param perHostSpacing  the least time between two requests to one host (default 100 ms)
 * @param timeout         how long one request may take (default 15 s)
 * @param maxAttempts     tries per request, the first included (default 3)
 * @param backoffBase     the first retry's backoff ceiling; it doubles per retry (default 500 ms)
 * @param backoffCap      the highest backoff ceiling (default 10 s)
 * @param maxRetryAfter   the longest {@code Retry-After} honoured; a longer one gives up on the board (default 60 s)
 */
public record FetchSettings(int concurrency, int perHostInFlight, Duration perHostSpacing, Duration timeout,
                            int maxAttempts, Duration backoffBase, Duration backoffCap, Duration maxRetryAfter) {

    public FetchSettings {
        if (concurrency < 1 || perHostInFlight < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("concurrency, per-host requests and attempts must be at least 1");
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(16, 4, Duration.ofMillis(100), Duration.ofSeconds(15), 3, Duration.ofMillis(500),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public FetchSettings withConcurrency(int boardsAtOnce, int perHost) {
        return new FetchSettings(boardsAtOnce, perHost, perHostSpacing, timeout, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter);
    }

    public FetchSettings withSpacing(Duration spacing) {
        return new FetchSettings(concurrency, perHostInFlight, spacing, timeout, maxAttempts, backoffBase, backoffCap,
                maxRetryAfter);
    }

    public FetchSettings withTimeout(Duration requestTimeout) {
        return new FetchSettings(concurrency, perHostInFlight, perHostSpacing, requestTimeout, maxAttempts, backoffBase,
                backoffCap, maxRetryAfter);
    }
}
