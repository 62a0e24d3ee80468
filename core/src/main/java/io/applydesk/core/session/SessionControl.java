package io.applydesk.core.session;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.run.store.StopResult;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * The one place where a session's status is changed by the candidate: stop, pause, resume. Used
 * by {@link SessionService} and by the run coordinator (which also announces the change).
 * Thread-safe.
 */
public final class SessionControl {
    private final Jdbi jdbi;
    private final Clock clock;

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
        return jdbi.withExtension(RunStateDao.class, dao -> dao.stop(sessionId, now()))
                .orElseThrow(() -> notFound(sessionId));
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
        return get(sessionId);
    }

    static ApplyDeskException notFound(String sessionId) {
        return new ApplyDeskException(ErrorCode.NOT_FOUND, "No session with id " + sessionId + " exists.", "sessionId");
    }

    /** Stored timestamps keep milliseconds, so what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
