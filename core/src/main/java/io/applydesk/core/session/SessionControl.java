package io.applydesk.core.session;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.run.store.StopResult;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a session's status is changed by the candidate: stop, pause, resume. Used
 * by {@link SessionService} and by the run coordinator (which also announces the change).
 * Watchers ({@link #addWatcher}) hear of every change, so the scheduler looks again at once.
 * Thread-safe.
 */
public final class SessionControl {
    private static final Logger LOG = LoggerFactory.getLogger(SessionControl.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();

    public SessionControl(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    /** @throws ApplyDeskException NOT_FOUND */
    public Session get(String sessionId) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.find(sessionId)).orElseThrow(() -> notFound(sessionId));
    }

    /**
     * The hosted stop: the session becomes cancelled, its in-progress runs cancelled, its QUEUED
     * applications CANCELLED; PROCESSING ones finish naturally and no new one starts. A session
     * that already ended is left unchanged ({@link StopResult#stopped()} false).
     *
     * @throws ApplyDeskException NOT_FOUND
     */
    public StopResult stop(String sessionId) {
        StopResult result = jdbi.withExtension(RunStateDao.class, dao -> dao.stop(sessionId, now()))
                .orElseThrow(() -> notFound(sessionId));
        if (result.stopped()) {
            announce();
        }
        return result;
    }

    /**
     * active → paused: its queued applications wait, and a recurring session's slots do not fire.
     * Pausing a paused session changes nothing. The hosted API pauses autopilot_recurring sessions;
     * ApplyDesk also lets a run_once list be held. An autopilot_once session is never paused: its
     * single search-and-apply is stopped instead.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended or is autopilot_once
     */
    public Session pause(String sessionId) {
        return transition(sessionId, SessionStatus.ACTIVE, SessionStatus.PAUSED, "paused");
    }

    /**
     * paused → active. Resuming an active session changes nothing.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended or is autopilot_once
     */
    public Session resume(String sessionId) {
        return transition(sessionId, SessionStatus.PAUSED, SessionStatus.ACTIVE, "resumed");
    }

    private Session transition(String sessionId, SessionStatus from, SessionStatus to, String verb) {
        if (get(sessionId).type() == SessionType.AUTOPILOT_ONCE) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "An autopilot_once session runs a single time, "
                    + "so it cannot be " + verb + "; stop it instead.", "sessionId");
        }
        SessionStatus after = jdbi.withExtension(RunStateDao.class,
                dao -> dao.transitionSession(sessionId, from, to, now())).orElseThrow(() -> notFound(sessionId));
        if (after != to && after != from) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "This session has already ended (" + after.apiValue() + "), so it cannot be " + verb + ".",
                    "sessionId");
        }
        if (after == to) {
            announce();
        }
        return get(sessionId);
    }

    /**
     * Calls {@code watcher} after every recurring session created (by {@link SessionService}) and every
     * session stopped, paused or resumed, on the thread that made the change, after it was committed. Keep it
     * quick: the scheduler's {@code sessionsChanged} only schedules a pass.
     */
    public Subscription addWatcher(Runnable watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** Tells the watchers that a session changed; a failing watcher never undoes or hides the change. */
    void announce() {
        for (Runnable watcher : watchers) {
            try {
                watcher.run();
            } catch (RuntimeException e) {
                LOG.warn("A session watcher failed", e);
            }
        }
    }

    static ApplyDeskException notFound(String sessionId) {
        return new ApplyDeskException(ErrorCode.NOT_FOUND, "No session with id " + sessionId + " exists.", "sessionId");
    }

    /** Stored timestamps keep milliseconds, so what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
