package io.applydesk.core.session;

import java.time.Instant;

/** Derived from the session's runs and applications on every read; never stored twice. */
public record SessionStats(
        int totalRuns,
        int totalApplications,
        int successfulApplications,
        int failedApplications,
        int jobsQueued,
        Instant lastRunAt,
        Instant nextRunAt) {
}
