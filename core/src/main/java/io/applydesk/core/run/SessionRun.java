package io.applydesk.core.run;

import java.time.Instant;

public record SessionRun(
        String sessionRunId,
        String sessionId,
        Instant startedAt,
        Instant completedAt,
        RunStatus status,
        RunStats stats) {
}
