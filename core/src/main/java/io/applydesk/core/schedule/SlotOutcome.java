package io.applydesk.core.schedule;

/** What the {@link Scheduler} did with a claimed slot, as stored in {@code schedule_slot.outcome}. */
public enum SlotOutcome {
    /** The slot came while ApplyDesk ran: its run was started on time. */
    FIRED,
    /** One or more slots were missed; one run was started for all of them. */
    CAUGHT_UP,
    /** One or more slots were missed and, by the setting, not run. */
    SKIPPED
}
