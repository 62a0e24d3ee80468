package io.applydesk.core.analytics.store;

/**
 * One row of a grouped count: how many applications of one group (an ATS, a session, a period's index)
 * are in one status.
 */
public record GroupCount(String groupKey, String status, int n) {
}
