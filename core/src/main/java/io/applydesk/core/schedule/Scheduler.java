package io.applydesk.core.schedule;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.schedule.store.ScheduleDao;
import io.applydesk.core.schedule.store.ScheduledSessionRow;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import io.applydesk.core.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the slots of every active autopilot_recurring session, and keeps each one's
 * {@code session.next_run_at} right: computed when the session is new or resumed, cleared while it
 * is paused or ended, computed again when its schedule changes.
 *
 * <p>Each slot is claimed in the transaction that moves {@code next_run_at} past it, under the
 * session's row lock, and recorded in {@code schedule_slot} (primary key session + slot): a slot
 * fires once across restarts and when several schedulers share the database. The {@link SlotHandler}
 * is called after the claim is committed, so a slot claimed just before the app dies is not run
 * again (at most once; its record shows no {@code handledAt}).
 *
 * <p>Slots that passed while ApplyDesk was closed (or the computer slept) are handled by the
 * {@link MissedSlotPolicy} setting as one record: one run, or none. A slot is on time when it is
 * the only one due and at most {@code grace} late.
 *
 * <p>{@link #start()} runs it on one daemon thread that sleeps until the next slot; call
 * {@link #sessionsChanged()} after a recurring session is created, paused, resumed or stopped so
 * it looks again at once. {@link #tick()} does one pass on the caller's thread (tests, a simulated
 * clock). Thread-safe.
 */
public final class Scheduler implements AutoCloseable {
    /** The default lateness up to which a slot still counts as on time rather than missed. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final String RECURRING = SessionType.AUTOPILOT_RECURRING.apiValue();
    // The executor's delays run on the monotonic clock, which stops while the computer sleeps and
    // ignores changes of the wall clock: looking again at least every minute bounds how late a
    // slot can be after either.
    private static final long MAX_SLEEP_MILLIS = 60_000;
    // After a pass that failed (the database busy or broken), wait before trying again.
    private static final long RETRY_MILLIS = 30_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SlotHandler handler;
    private final Supplier<MissedSlotPolicy> policy;
    private final Duration grace;
    private final Object wakeLock = new Object();
    private ScheduledExecutorService executor;
    private Thread thread;
    private ScheduledFuture<?> pending;
    private boolean closed;

    /**
     * @param policy read whenever missed slots are found, so a changed setting applies at once
     * @param grace  how late a slot may be and still count as on time
     */
    public Scheduler(Database db, Clock clock, SlotHandler handler, Supplier<MissedSlotPolicy> policy,
                     Duration grace) {
        this.jdbi = db.jdbi();
        this.clock = clock;
        this.handler = handler;
        this.policy = policy;
        this.grace = grace;
    }

    /** Starts the scheduler's thread; it makes a first pass at once. */
    public void start() {
        synchronized (wakeLock) {
            if (executor != null || closed) {
                throw new IllegalStateException("The scheduler was already started or closed.");
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "applydesk-scheduler");
                t.setDaemon(true);
                synchronized (wakeLock) {
                    thread = t;
                }
                return t;
            });
        }
        wakeIn(0);
    }

    /** Makes the started scheduler look at the sessions again now (a session changed). */
    public void sessionsChanged() {
        wakeIn(0);
    }

    /**
     * One pass at the clock's instant: updates next runs, claims every due slot and hands the
     * ones to run to the handler.
     *
     * @return when the next slot is due, or empty when no active recurring session has one
     */
    public Optional<Instant> tick() {
        return pass().next();
    }

    /** {@link #tick()}, telling also whether some session could not be looked at (tried again later). */
    private Pass pass() {
        Instant now = now();
        // One connection for the whole pass: opening one per statement costs more than the work.
        return jdbi.withHandle(h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            boolean failed = false;
            for (String sessionId : dao.needingAttention(now)) {
                try {
                    Optional<DueSlot> due = h.inTransaction(t -> claim(dao, sessionId, now));
                    if (due.isPresent()) {
                        handle(dao, due.get());
                    }
                } catch (RuntimeException e) {
                    // One session's trouble (a lock held too long by another scheduler) never stops the others.
                    LOG.warn("Could not bring session {} up to date; trying again later", sessionId, e);
                    failed = true;
                }
            }
            return new Pass(dao.earliestNextRun(), failed);
        });
    }

    private record Pass(Optional<Instant> next, boolean failed) {
    }

    /**
     * Changes a recurring session's schedule; its next run is computed from the new one at once.
     *
     * @return the session's next run; empty while it is paused
     * @throws ApplyDeskException VALIDATION_ERROR (the schedule, or a session that is not recurring
     *                            or has ended), NOT_FOUND
     */
    public Optional<Instant> reschedule(String sessionId, Schedule schedule) {
        Instant now = now();
        Optional<Instant> next = jdbi.inTransaction(h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            ScheduledSessionRow row = dao.lock(sessionId).orElseThrow(() -> new ApplyDeskException(
                    ErrorCode.NOT_FOUND, "No session with id " + sessionId + " exists.", "sessionId"));
            if (!RECURRING.equals(row.type())) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "Only a recurring autopilot session has a schedule to change.", "sessionId");
            }
            SessionStatus status = SessionStatus.fromApiValue(row.status());
            if (status != SessionStatus.ACTIVE && status != SessionStatus.PAUSED) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "This session has already ended ("
                        + status.apiValue() + "), so its schedule cannot be changed.", "sessionId");
            }
            Recurrence recurrence = Recurrence.of(schedule, row.createdAt());
            Instant nextRun = status == SessionStatus.ACTIVE
                    ? recurrence.nextRunAfter(notBeforeLastClaim(dao, sessionId, now)) : null;
            dao.reschedule(sessionId, JsonText.write(schedule), nextRun, now);
            return Optional.ofNullable(nextRun);
        });
        wakeIn(0);
        return next;
    }

    /** The session's slot history, newest first, at most {@code limit} rows. */
    public List<SlotRecord> history(String sessionId, int limit) {
        return jdbi.withExtension(ScheduleDao.class, dao -> dao.history(sessionId, limit));
    }

    /** Stops the thread, letting a pass in progress finish. */
    @Override
    public void close() {
        ScheduledExecutorService toStop;
        Thread toJoin;
        synchronized (wakeLock) {
            closed = true;
            toStop = executor;
            toJoin = thread;
        }
        if (toStop == null) {
            return;
        }
        toStop.shutdownNow();
        try {
            // The executor counts as terminated a moment before its thread has ended: wait for the thread.
            if (!toStop.awaitTermination(30, TimeUnit.SECONDS) || !joined(toJoin)) {
                LOG.warn("The scheduler's thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean joined(Thread t) throws InterruptedException {
        if (t == null) {
            return true;
        }
        t.join(TimeUnit.SECONDS.toMillis(30));
        return !t.isAlive();
    }

    /** In the session's locked transaction: its next run brought up to date, and the due slot claimed. */
    private Optional<DueSlot> claim(ScheduleDao dao, String sessionId, Instant now) {
        Optional<ScheduledSessionRow> found = dao.lock(sessionId);
        if (found.isEmpty() || !RECURRING.equals(found.get().type())) {
            return Optional.empty();
        }
        ScheduledSessionRow row = found.get();
        if (!SessionStatus.ACTIVE.apiValue().equals(row.status())) {
            // No schedule basis either: a resumed session is scheduled afresh from its resume.
            dao.setNextRun(sessionId, null, null);
            return Optional.empty();
        }
        Recurrence recurrence;
        try {
            recurrence = Recurrence.of(JsonText.read(row.schedule(), Schedule.class), row.createdAt());
        } catch (RuntimeException e) {
            // A stored schedule that is not valid (edited by hand, an old import) never stops the others.
            LOG.warn("Session {} has a schedule that cannot run ({}); it gets no next run until it is changed",
                    sessionId, e.getMessage());
            dao.setNextRun(sessionId, null, row.schedule());
            return Optional.empty();
        }
        if (row.nextRunAt() == null || !row.schedule().equals(row.nextRunSchedule())) {
            // New, resumed or rescheduled: slots count from that change, and never again before a claimed one.
            Instant from = row.updatedAt().isAfter(now) ? now : row.updatedAt();
            Instant next = recurrence.nextRunAfter(notBeforeLastClaim(dao, sessionId, from));
            dao.setNextRun(sessionId, next, row.schedule());
            if (next.isAfter(now)) {
                return Optional.empty();
            }
            row = new ScheduledSessionRow(row.id(), row.type(), row.status(), row.schedule(), next, row.schedule(),
                    row.createdAt(), row.updatedAt());
        }
        if (row.nextRunAt().isAfter(now)) {
            return Optional.empty();
        }
        List<Instant> due = new ArrayList<>();
        Instant next = row.nextRunAt();
        while (!next.isAfter(now)) {
            due.add(next);
            next = recurrence.nextRunAfter(next);
        }
        Instant first = due.get(0);
        Instant latest = due.get(due.size() - 1);
        boolean onTime = due.size() == 1 && !now.isAfter(first.plus(grace));
        SlotOutcome outcome = onTime ? SlotOutcome.FIRED
                : policy.get() == MissedSlotPolicy.SKIP ? SlotOutcome.SKIPPED : SlotOutcome.CAUGHT_UP;
        dao.claim(sessionId, latest, outcome.name(), due.size(), first, now);
        dao.setNextRun(sessionId, next, row.schedule());
        if (!onTime) {
            LOG.info("Session {} missed {} slot(s) from {} to {}: {}", sessionId, due.size(), first, latest, outcome);
        }
        return outcome == SlotOutcome.SKIPPED ? Optional.empty()
                : Optional.of(new DueSlot(sessionId, latest, outcome, due.size(), first));
    }

    private static Instant notBeforeLastClaim(ScheduleDao dao, String sessionId, Instant from) {
        return dao.lastClaimed(sessionId).filter(last -> last.isAfter(from)).orElse(from);
    }

    /** Runs the claimed slot and records what came of it; a failing handler never stops the scheduler. */
    private void handle(ScheduleDao dao, DueSlot slot) {
        String runId = null;
        String error = null;
        try {
            runId = handler.fire(slot);
        } catch (ApplyDeskException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("The scheduled run of session {} at {} could not start", slot.sessionId(), slot.slotAt(), e);
            error = "The scheduled run could not start because of an unexpected error; the log has the details.";
        }
        dao.handled(slot.sessionId(), slot.slotAt(), now(), runId, error);
    }

    /** One pass on the scheduler's thread, then sleep until the next slot. */
    private void runOnThread() {
        synchronized (wakeLock) {
            // This pass has started: a wake-up asked for from now on must schedule another one.
            pending = null;
        }
        long delay;
        try {
            Pass pass = pass();
            delay = pass.next().map(next -> Duration.between(clock.instant(), next).toMillis())
                    .map(ms -> Math.max(0, Math.min(ms, MAX_SLEEP_MILLIS))).orElse(MAX_SLEEP_MILLIS);
            if (pass.failed()) {
                delay = Math.max(delay, RETRY_MILLIS);
            }
        } catch (RuntimeException e) {
            LOG.error("A scheduler pass failed; trying again in {} s", RETRY_MILLIS / 1000, e);
            delay = RETRY_MILLIS;
        }
        wakeIn(delay);
    }

    /** Schedules the next pass in {@code delayMillis}, unless one is already due sooner. */
    private void wakeIn(long delayMillis) {
        synchronized (wakeLock) {
            if (executor == null || closed) {
                return;
            }
            if (pending != null && !pending.isDone() && pending.getDelay(TimeUnit.MILLISECONDS) <= delayMillis) {
                return;
            }
            if (pending != null) {
                pending.cancel(false);
            }
            pending = executor.schedule(this::runOnThread, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stored timestamps keep milliseconds, so what is compared equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
