-- Recurring sessions' slots: each slot is claimed here once, in the transaction that moves the
-- session's next_run_at past it, so it fires exactly once across restarts and racing schedulers.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE schedule_slot (
    session_id    VARCHAR(40)   NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    -- the slot's instant; for missed slots, the latest of them
    slot_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- FIRED (on time), CAUGHT_UP (missed slots, one run at start), SKIPPED (missed slots, no run)
    outcome       VARCHAR(20)   NOT NULL,
    -- how many slots this row stands for: 1 when on time, every missed slot otherwise
    slot_count    INTEGER       NOT NULL,
    -- the earliest slot this row stands for (slot_at when slot_count is 1)
    first_slot_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set once the slot handler returned: the run it started, or why it failed
    handled_at    TIMESTAMP WITH TIME ZONE,
    run_id        VARCHAR(40),
    error_message VARCHAR(4000),
    CONSTRAINT schedule_slot_pk PRIMARY KEY (session_id, slot_at)
);

-- The schedule text next_run_at was computed from: a session whose schedule differs was edited,
-- and its next_run_at is computed again.
ALTER TABLE session ADD COLUMN next_run_schedule VARCHAR(1000000);
