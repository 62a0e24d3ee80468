package io.applydesk.core.analytics;

import io.applydesk.core.session.Session;

/**
 * One session's applications in the range, by status.
 *
 * @param session the session as stored now, with its all-time stats and {@code nextRunAt}
 * @param counts  its applications created in the range
 */
public record SessionFigures(Session session, StatusCounts counts) {
}
