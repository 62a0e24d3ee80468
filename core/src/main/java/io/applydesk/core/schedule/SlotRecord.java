package io.applydesk.core.schedule;

import java.time.Instant;

/**
 * One row of a recurring session's slot history, for the UI to say what happened: a run on time,
 * missed slots caught up or skipped, the run started, or why it could not start.
 *
 * @param handledAt    when the slot handler returned; null for SKIPPED slots, and for a slot claimed
 *                     just before ApplyDesk closed (it is not run again: a slot fires at most once)
 * @param runId        the run the handler started, if any
 * @param errorMessage why the run could not start, if it could not
 */
public record SlotRecord(String sessionId, Instant slotAt, SlotOutcome outcome, int slotCount, Instant firstSlotAt,
                         Instant claimedAt, Instant handledAt, String runId, String errorMessage) {
}
