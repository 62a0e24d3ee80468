package io.applydesk.core.run.store;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.run.RunLimits;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.Limits;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.store.Ids;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.CreateSqlObject;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Every status change that spans sessions, runs and applications, each in one transaction.
 * Changes that must agree with a session's status lock the session row first
 * ({@link SessionDao#lockStatus}), so a stop or pause and a worker's claim never interleave: once
 * a stop has committed, no application of the session can become PROCESSING.
 */
public interface RunStateDao {
    /** The attempt status of an attempt cut short by a crash. */
    String INTERRUPTED = "interrupted";

    /** Statuses of applications a run still has to finish. */
    List<String> UNFINISHED = List.of(ApplicationStatus.QUEUED.name(), ApplicationStatus.PROCESSING.name());

    @CreateSqlObject
    SessionDao sessions();

    @CreateSqlObject
    RunDao runs();

    @CreateSqlObject
    ApplicationDao applications();

    @CreateSqlObject
    LimitDao limits();

    /**
     * Takes a QUEUED application for processing when its session is active: PROCESSING, plus a new
     * attempt "processing". When one of the {@code limits} refuses it, the application ends SKIPPED
     * with the limit's code and sentence instead (no attempt: nothing was started). Nothing when the
     * application is no longer queued or the session is paused, stopped or ended. The profile is
     * locked, so two workers never both take a profile's last place under a cap.
     */
    @Transaction
    default Claim claim(String applicationId, Instant now, RunLimits limits) {
        Optional<ApplicationRow> row = applications().findRow(applicationId);
        if (row.isEmpty() || row.get().applicationStatus() != ApplicationStatus.QUEUED) {
            return Claim.NOTHING;
        }
        String sessionStatus = sessions().lockStatus(row.get().sessionId()).orElse(null);
        if (!SessionStatus.ACTIVE.apiValue().equals(sessionStatus)) {
            return Claim.NOTHING;
        }
        sessions().lockProfile(row.get().profileId());
        Limits sessionLimits = sessions().find(row.get().sessionId()).map(Session::limits).orElse(null);
        Optional<ApplyDeskException> refusal = limits.refusal(limits(), row.get(),
                sessionLimits == null ? null : sessionLimits.maxJobsPerRun(), now);
        if (refusal.isPresent()) {
            applications().transitionWithError(applicationId, ApplicationStatus.QUEUED.name(),
                    ApplicationStatus.SKIPPED.name(), refusal.get().code().name(), refusal.get().getMessage(), now);
            return new Claim(Optional.empty(), applications().find(applicationId));
        }
        if (applications().transition(applicationId, ApplicationStatus.QUEUED.name(),
                ApplicationStatus.PROCESSING.name(), now) == 0) {
            return Claim.NOTHING;
        }
        int attempt = applications().lastAttempt(applicationId) + 1;
        applications().insertAttempt(applicationId, attempt, attemptStatus(ApplicationStatus.PROCESSING), now);
        Application claimed = applications().find(applicationId).orElseThrow();
        return new Claim(Optional.of(new ClaimedApplication(claimed, row.get().jobLink(), attempt,
                applications().countApproved(applicationId) > 0)), Optional.empty());
    }

    /**
     * An application that could not be taken from the queue fails with the reason, nothing sent, so that its run
     * can end. Empty when it was no longer QUEUED (it was started, stopped or skipped meanwhile).
     */
    @Transaction
    default Optional<Application> failUnstarted(String applicationId, ErrorCode code, String message, Instant now) {
        if (applications().transitionWithError(applicationId, ApplicationStatus.QUEUED.name(),
                ApplicationStatus.FAILED.name(), code.name(), message, now) == 0) {
            return Optional.empty();
        }
        return applications().find(applicationId);
    }

    /**
     * A transient failure that will be tried again: the attempt is closed with the outcome's status and
     * the application goes back to QUEUED, keeping the failure's code and sentence so that the
     * candidate sees why it waits. Empty when the application was not PROCESSING, or its submit button
     * was clicked (never retried: that attempt may have been sent).
     */
    @Transaction
    default Optional<Application> queueForRetry(String applicationId, int attempt, ApplyOutcome outcome, Instant now) {
        Optional<ApplicationRow> row = applications().findRow(applicationId);
        if (row.isEmpty() || row.get().submitClickedAt() != null
                || applications().transitionWithError(applicationId, ApplicationStatus.PROCESSING.name(),
                ApplicationStatus.QUEUED.name(), outcome.errorCode() == null ? null : outcome.errorCode().name(),
                outcome.errorMessage(), now) == 0) {
            return Optional.empty();
        }
        applications().updateAttempt(applicationId, attempt, attemptStatus(outcome.status()), now);
        return applications().find(applicationId);
    }

    /**
     * Writes the engine's outcome and closes the attempt with the same status. Empty when the
     * application was not PROCESSING (nothing is overwritten).
     */
    @Transaction
    default Optional<Application> recordOutcome(String applicationId, int attempt, ApplyOutcome outcome,
                                                Instant now) {
        int changed = applications().writeOutcome(applicationId, outcome.status().name(),
                outcome.atsType().name(), outcome.confirmationUrl(), JsonText.write(outcome.answers()),
                JsonText.write(outcome.pendingQuestions()),
                outcome.errorCode() == null ? null : outcome.errorCode().name(), outcome.errorMessage(),
                JsonText.write(outcome.evidence()), now);
        if (changed == 0) {
            return Optional.empty();
        }
        applications().updateAttempt(applicationId, attempt, attemptStatus(outcome.status()), now);
        return applications().find(applicationId);
    }

    /**
     * The hosted stop: the session becomes cancelled, its in-progress runs cancelled (completed
     * now), its QUEUED applications CANCELLED; PROCESSING ones are left to finish. A session that
     * already ended is left as it is. Empty when the session does not exist.
     */
    @Transaction
    default Optional<StopResult> stop(String sessionId, Instant now) {
        Optional<String> status = sessions().lockStatus(sessionId);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        int changed = sessions().transition(sessionId,
                List.of(SessionStatus.ACTIVE.apiValue(), SessionStatus.PAUSED.apiValue()),
                SessionStatus.CANCELLED.apiValue(), now);
        if (changed == 0) {
            return Optional.of(new StopResult(false, List.of(), List.of()));
        }
        List<String> runIds = runs().idsWithStatus(sessionId, RunStatus.IN_PROGRESS.apiValue());
        runIds.forEach(runId -> runs().finish(runId, RunStatus.IN_PROGRESS.apiValue(),
                RunStatus.CANCELLED.apiValue(), now));
        List<String> queued = applications().inSession(sessionId, List.of(ApplicationStatus.QUEUED.name()))
                .stream().map(ApplicationRow::id).toList();
        applications().cancelQueued(sessionId, now);
        return Optional.of(new StopResult(true, runIds, queued));
    }

    /**
     * Puts applications of one session back in the queue, in a new in-progress run of that session
     * (the earlier runs keep their other applications). A session that had ended becomes active
     * again so that the run can be applied; a paused one stays paused until resumed. With
     * {@code approve}, the applications are also marked approved (submitted although the session
     * is a review one). All or nothing.
     *
     * @param from the statuses the applications must still be in
     * @throws ApplyDeskException NOT_FOUND (session or application); VALIDATION_ERROR when one is no
     *                            longer in {@code from}; DUPLICATE_APPLICATION when the profile has
     *                            another live application to the same job
     */
    @Transaction
    default SessionRun requeue(String sessionId, Collection<String> applicationIds, Set<ApplicationStatus> from,
                               boolean approve, Instant now) {
        if (sessions().lockStatus(sessionId).isEmpty()) {
            throw new ApplyDeskException(ErrorCode.NOT_FOUND, "No session with id " + sessionId + " exists.",
                    "sessionId");
        }
        List<String> fromNames = from.stream().map(Enum::name).toList();
        List<String> blocking = ApplicationStatus.blockingDuplicates().stream().map(Enum::name).toList();
        String runId = Ids.newId(Ids.RUN);
        runs().insert(runId, sessionId, now, RunStatus.IN_PROGRESS.apiValue());
        for (String id : applicationIds) {
            ApplicationRow row = applications().findRow(id).filter(r -> r.sessionId().equals(sessionId))
                    .orElseThrow(() -> new ApplyDeskException(ErrorCode.NOT_FOUND,
                            "No application with id " + id + " exists in session " + sessionId + ".",
                            "applicationId"));
            // The same lock as creating a session: two ways of applying to one job never interleave.
            sessions().lockProfile(row.profileId());
            boolean otherLive = applications().blockingForJobs(row.profileId(), List.of(row.jobKey()), blocking)
                    .stream().anyMatch(other -> !other.id().equals(id));
            if (otherLive) {
                throw new ApplyDeskException(ErrorCode.DUPLICATE_APPLICATION,
                        "This profile has applied, or is applying, to " + row.jobUrl()
                                + " in another application, so this one is not sent again.", id);
            }
            if (applications().requeue(id, fromNames, runId, now) == 0) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Application " + id
                        + " changed in the meantime (it is now " + row.status() + "), so it was not queued again.",
                        id);
            }
            if (approve) {
                applications().approve(id, now);
            }
        }
        sessions().transition(sessionId, List.of(SessionStatus.COMPLETED.apiValue(),
                SessionStatus.CANCELLED.apiValue()), SessionStatus.ACTIVE.apiValue(), now);
        return runs().find(runId).orElseThrow();
    }

    /**
     * Moves the session from one status to another under its lock. Empty when it does not exist;
     * otherwise its status after the call (unchanged when it was not in {@code from}).
     */
    @Transaction
    default Optional<SessionStatus> transitionSession(String sessionId, SessionStatus from, SessionStatus to,
                                                      Instant now) {
        Optional<String> status = sessions().lockStatus(sessionId);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        if (sessions().transition(sessionId, List.of(from.apiValue()), to.apiValue(), now) == 1) {
            return Optional.of(to);
        }
        return status.map(SessionStatus::fromApiValue);
    }

    /**
     * Completes an in-progress run once none of its applications is QUEUED or PROCESSING, and
     * then a run_once session that is still active or paused. True when the run was completed by
     * this call.
     */
    @Transaction
    default boolean completeRunIfDone(String runId, Instant now) {
        Optional<SessionRun> run = runs().find(runId);
        if (run.isEmpty() || run.get().status() != RunStatus.IN_PROGRESS) {
            return false;
        }
        String sessionId = run.get().sessionId();
        sessions().lockStatus(sessionId);
        if (applications().countInRun(runId, UNFINISHED) > 0
                || runs().finish(runId, RunStatus.IN_PROGRESS.apiValue(), RunStatus.COMPLETED.apiValue(), now) == 0) {
            return false;
        }
        Session session = sessions().find(sessionId).orElseThrow();
        if (session.type() == SessionType.RUN_ONCE) {
            sessions().transition(sessionId, List.of(SessionStatus.ACTIVE.apiValue(), SessionStatus.PAUSED.apiValue()),
                    SessionStatus.COMPLETED.apiValue(), now);
        }
        return true;
    }

    /**
     * After a crash or kill: every application left PROCESSING is made truthful. If the submit
     * button may have been clicked it becomes UNCONFIRMED (never resubmitted automatically);
     * otherwise nothing was sent and it is QUEUED again. Its open attempt is closed as
     * "interrupted" either way. Returns the applications changed.
     *
     * <p>Before that, the submit clicks of {@code journaled} (see {@link SubmitJournal}) that the
     * database lost in the crash are put back: a journaled click of the application's open attempt
     * marks it clicked; one of an attempt whose claim was lost too (the application reads QUEUED with
     * fewer attempts) reopens that attempt, clicked. Clicks of attempts that have ended, or of older
     * attempts than the last, are history and change nothing.
     */
    @Transaction
    default List<Application> recoverInterrupted(Instant now, List<SubmitJournal.Click> journaled) {
        journaled.forEach(this::restoreClick);
        List<ApplicationRow> interrupted = applications().processing();
        for (ApplicationRow row : interrupted) {
            if (row.submitClickedAt() != null) {
                applications().transitionWithError(row.id(), ApplicationStatus.PROCESSING.name(),
                        ApplicationStatus.UNCONFIRMED.name(), ErrorCode.FORM_FILL_FAILED.name(),
                        "ApplyDesk stopped after the form was submitted and before the confirmation was seen. "
                                + "Check with the employer before applying again.", now);
            } else {
                applications().transition(row.id(), ApplicationStatus.PROCESSING.name(),
                        ApplicationStatus.QUEUED.name(), now);
            }
            applications().updateAttempt(row.id(), applications().lastAttempt(row.id()), INTERRUPTED, now);
        }
        return applications().withAttempts(interrupted.stream()
                .map(row -> applications().findRow(row.id()).orElseThrow()).toList());
    }

    /** Puts one journaled click back, when the database lost it (see {@link #recoverInterrupted(Instant, List)}). */
    default void restoreClick(SubmitJournal.Click click) {
        Optional<ApplicationRow> row = applications().findRow(click.applicationId());
        if (row.isEmpty() || row.get().submitClickedAt() != null) {
            return;
        }
        int lastAttempt = applications().lastAttempt(click.applicationId());
        ApplicationStatus status = row.get().applicationStatus();
        if (status == ApplicationStatus.QUEUED && lastAttempt < click.attempt()) {
            // The claim was lost with the click: the attempt that clicked is brought back, still open.
            applications().transition(click.applicationId(), ApplicationStatus.QUEUED.name(),
                    ApplicationStatus.PROCESSING.name(), click.at());
            applications().insertAttempt(click.applicationId(), click.attempt(),
                    attemptStatus(ApplicationStatus.PROCESSING), click.at());
        } else if (status != ApplicationStatus.PROCESSING || lastAttempt != click.attempt()) {
            return;
        }
        applications().markSubmitClicked(click.applicationId(), click.at());
    }

    /** True when the run has ended (completed, failed or cancelled) and none of its applications is PROCESSING. */
    default boolean isSettled(String runId) {
        Optional<SessionRun> run = runs().find(runId);
        return run.isPresent() && run.get().status() != RunStatus.IN_PROGRESS
                && applications().countInRun(runId, List.of(ApplicationStatus.PROCESSING.name())) == 0;
    }

    /** The hosted attempts[].status: the application status in lower case. */
    static String attemptStatus(ApplicationStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
