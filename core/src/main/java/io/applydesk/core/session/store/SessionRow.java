package io.applydesk.core.session.store;

import io.applydesk.core.json.JsonText;
import io.applydesk.core.session.Session;
import java.time.Instant;

/** The stored columns of one {@code session} (stats are derived, never stored). */
public record SessionRow(
        String id,
        String type,
        String candidateProfileId,
        String status,
        String schedule,
        String filters,
        String limits,
        String searchId,
        String overrideEmail,
        String resumeId,
        boolean reviewMode,
        String searchContext,
        Instant nextRunAt,
        Instant createdAt,
        Instant updatedAt) {

    public static SessionRow of(Session s) {
        return new SessionRow(s.sessionId(), s.type().apiValue(), s.candidateProfileId(), s.status().apiValue(),
                JsonText.write(s.schedule()), JsonText.write(s.filters()), JsonText.write(s.limits()), s.searchId(),
                s.overrideEmail(), s.resumeId(), s.reviewMode(), JsonText.write(s.searchContext()),
                s.stats() == null ? null : s.stats().nextRunAt(), s.createdAt(), s.updatedAt());
    }
}
