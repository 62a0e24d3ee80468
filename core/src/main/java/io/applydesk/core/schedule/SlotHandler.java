package io.applydesk.core.schedule;

/**
 * Starts the run of a claimed slot (the app wires it to start a session run through the run
 * coordinator). Called on the scheduler's thread after the claim was committed, once per slot; it
 * should return quickly, leaving the run to the coordinator's workers.
 */
@FunctionalInterface
public interface SlotHandler {

    /**
     * Starts the slot's run.
     *
     * @return the id of the run it started, or null when it started none (recorded with the slot)
     * @throws RuntimeException when the run could not start; its message is recorded with the slot
     *                          ({@link io.applydesk.core.error.ApplyDeskException}'s sentence as is)
     */
    String fire(DueSlot slot);
}
