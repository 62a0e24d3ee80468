package io.applydesk.core.schedule;

/**
 * What happens to a recurring session's slots that passed while ApplyDesk was not running (or the
 * computer slept past them): a setting, read by the {@link Scheduler} whenever it finds some.
 */
public enum MissedSlotPolicy {
    /** One run at the next start, however many slots were missed (recorded as CAUGHT_UP). */
    RUN_ONCE_AT_START,
    /** No run; the missed slots are recorded as SKIPPED and the session waits for its next slot. */
    SKIP
}
