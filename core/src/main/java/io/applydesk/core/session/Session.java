package io.applydesk.core.session;

import java.time.Instant;

/**
 * A session as in the hosted API. {@code schedule}, {@code filters} and {@code limits} are null
 * for types that do not use them. {@code resumeId}: the resume chosen for the session, or null when the
 * profile's rules choose per job. {@code reviewMode}: fill and stop before submit.
 */
public record Session(
        String sessionId,
        SessionType type,
        String candidateProfileId,
        SessionStatus status,
        Schedule schedule,
        Filters filters,
        Limits limits,
        String searchId,
        String overrideEmail,
        String resumeId,
        boolean reviewMode,
        SearchContext searchContext,
        SessionStats stats,
        Instant createdAt,
        Instant updatedAt) {
}
