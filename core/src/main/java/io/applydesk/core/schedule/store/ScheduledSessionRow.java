package io.applydesk.core.schedule.store;

import java.time.Instant;

/**
 * The columns of a {@code session} row the scheduler works from.
 *
 * @param schedule        the schedule JSON text as stored
 * @param nextRunSchedule the schedule JSON text {@code nextRunAt} was computed from
 */
public record ScheduledSessionRow(String id, String type, String status, String schedule, Instant nextRunAt,
                                  String nextRunSchedule, Instant createdAt, Instant updatedAt) {
}
