package io.applydesk.core.schedule;

import java.time.Instant;

/**
 * A claimed slot of a recurring session, handed to the {@link SlotHandler} to run.
 *
 * @param sessionId   the autopilot_recurring session
 * @param slotAt      the slot (for caught-up slots, the latest one missed)
 * @param outcome     FIRED or CAUGHT_UP (SKIPPED slots are never handed over)
 * @param slotCount   how many slots this run stands for: 1 on time, all missed ones when caught up
 * @param firstSlotAt the earliest slot it stands for
 */
public record DueSlot(String sessionId, Instant slotAt, SlotOutcome outcome, int slotCount, Instant firstSlotAt) {
}
