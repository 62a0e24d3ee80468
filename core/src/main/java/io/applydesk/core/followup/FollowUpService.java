package io.applydesk.core.followup;

import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.WaitingApplication.UnfitAnswer;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * What the candidate does about applications that wait on them (the "Needs you" list): answer the
 * questions an application is waiting on and retry every application those answers complete,
 * approve or discard a reviewed application, and say whether an unconfirmed one was sent.
 *
 * <p>Retried and approved applications go back to QUEUED in a new run of their own session, applied
 * by the {@link RunCoordinator} (a new attempt each time, earlier attempts kept). Thread-safe.
 */
public final class FollowUpService {
    /** Attempt statuses of the candidate's own decisions, next to the engine's tries. */
    public static final String MARKED_SENT = "marked_sent";
    public static final String MARKED_NOT_SENT = "marked_not_sent";

    /** Failures that a retry cannot fix: the link is not an application ApplyDesk can fill in. */
    private static final Set<ErrorCode> FINAL_FAILURES = EnumSet.of(ErrorCode.ATS_NOT_SUPPORTED,
            ErrorCode.INVALID_JOB_URL);
    private static final Set<ApplicationStatus> WAITING = ApplicationStatus.waitingOnCandidate();
    private static final Set<ApplicationStatus> RETRIABLE = EnumSet.of(ApplicationStatus.NEEDS_INPUT,
            ApplicationStatus.FAILED);

    private final Jdbi jdbi;
    private final RunStateDao state;
    private final ProfileService profiles;
    private final RunCoordinator runs;
    private final DataDirectory dirs;
    private final Clock clock;

    public FollowUpService(Database db, ProfileService profiles, RunCoordinator runs, DataDirectory dirs,
                           Clock clock) {
        this.jdbi = db.jdbi();
        this.state = jdbi.onDemand(RunStateDao.class);
        this.profiles = profiles;
        this.runs = runs;
        this.dirs = dirs;
        this.clock = clock;
    }

    /**
     * The profile's applications waiting on the candidate, oldest first, each with the pending
     * questions the answer bank does not answer yet.
     *
     * @throws ApplyDeskException NOT_FOUND when the profile does not exist
     */
    public List<WaitingApplication> waiting(String profileId) {
        Profile profile = profiles.get(profileId);
        List<Application> apps = jdbi.withExtension(ApplicationDao.class, dao -> dao.withAttempts(
                dao.ofProfile(profileId, waitingStatuses())));
        return apps.stream().map(app -> waitingOn(app, profile)).toList();
    }

    /**
     * Every profile's applications waiting on the candidate (the "Needs you" inbox), the most recently
     * changed first, each with the pending questions its profile's answer bank does not answer yet.
     */
    public List<WaitingApplication> inbox() {
        List<Application> apps = jdbi.withExtension(ApplicationDao.class, dao -> dao.withAttempts(
                dao.inStatuses(waitingStatuses())));
        Map<String, Profile> byId = new HashMap<>();
        return apps.stream().map(app -> waitingOn(app, byId.computeIfAbsent(app.profileId(), profiles::get)))
                .toList();
    }

    /** How many applications of any profile wait on the candidate (one indexed count, for a badge). */
    public int inboxCount() {
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.countInStatuses(waitingStatuses()));
    }

    /**
     * How many applications of each of these sessions wait on the candidate (the inbox's, per session), in one
     * indexed count; a session with none is left out.
     */
    public Map<String, Integer> waitingBySession(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.countBySession(sessionIds, waitingStatuses()));
    }

    private static List<String> waitingStatuses() {
        return WAITING.stream().map(Enum::name).toList();
    }

    /**
     * The application with the pending questions the engine would still stop at: those the bank does not answer,
     * and those whose saved answer the form cannot take (a retry would stop at them again).
     */
    private static WaitingApplication waitingOn(Application app, Profile profile) {
        List<PendingQuestion> unanswered = new ArrayList<>();
        List<UnfitAnswer> unfit = new ArrayList<>();
        if (app.status() == ApplicationStatus.NEEDS_INPUT) {
            for (PendingQuestion q : app.pendingQuestions()) {
                Optional<String> saved = AnswerResolver.bankAnswer(q.label(), profile.answers())
                        .map(AnswerBankEntry::answer);
                if (saved.isEmpty() || !AnswerResolver.fits(q, saved.get())) {
                    unanswered.add(q);
                    saved.ifPresent(answer -> unfit.add(new UnfitAnswer(q, answer)));
                }
            }
        }
        return new WaitingApplication(app, profile.name(), unanswered, unfit);
    }

    /**
     * Saves the candidate's answer to a question, as a form asked it, in the answer bank (so it is no longer an
     * unanswered question; the bank keeps the form's choices) and returns the applications that now have an answer
     * for every pending question, ready for {@link #retry}. Questions are matched as the answer resolver matches them.
     *
     * @throws ApplyDeskException NOT_FOUND (profile); VALIDATION_ERROR (blank question or answer, or an answer
     *                            the form cannot take: none of a choice question's options)
     */
    public List<Application> answer(String profileId, PendingQuestion question, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Write an answer to \"" + question.label() + "\" before saving it.", "answer");
        }
        // WHY refused here: saved, an answer the form cannot take would stop every retry at the same question.
        if (!AnswerResolver.fits(question, answer)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, unfit(question, answer.strip()), "answer");
        }
        profiles.recordAsked(profileId, question);
        profiles.saveAnswer(profileId, question.label(), answer.strip());
        return waiting(profileId).stream().filter(WaitingApplication::readyToRetry)
                .map(WaitingApplication::application).toList();
    }

    /** Why the form cannot take the answer, and what it takes. */
    private static String unfit(PendingQuestion question, String answer) {
        QuestionType type = QuestionType.ofApiValue(question.type());
        if (type.isChoice() && question.options().isEmpty()) {
            return "ApplyDesk could not read the choices the form offers for \"" + question.label()
                    + "\", so no answer can be chosen there: apply to this job on its site yourself.";
        }
        String options = String.join(", ", question.options());
        return switch (type) {
            case CHECKBOX -> "\"" + question.label() + "\" is a box to tick: answer Yes to tick it.";
            case MULTI_SELECT -> "\u201c" + answer + "\u201d is not among the form's choices for \"" + question.label()
                    + "\". Choose one or more of: " + options + ".";
            default -> "\u201c" + answer + "\u201d is not one of the form's choices for \"" + question.label()
                    + "\". Choose one of: " + options + ".";
        };
    }

    /**
     * Queues applications that wait for input (NEEDS_INPUT) or failed in a way a retry can fix
     * (FAILED) again, in a new run of each one's session, and starts those runs. An ended session
     * becomes active again until its run completes.
     *
     * @return the new runs, one per session, in the order of the given ids
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when an application cannot be retried
     *                            (nothing is queued then); DUPLICATE_APPLICATION when the profile has
     *                            since applied to the same job in another application
     */
    public List<SessionRun> retry(Collection<String> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Choose at least one application to retry.",
                    "applicationIds");
        }
        Map<String, List<String>> bySession = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(applicationIds)) {
            Application app = get(id);
            requireRetriable(app);
            bySession.computeIfAbsent(app.sessionId(), s -> new ArrayList<>()).add(id);
        }
        List<SessionRun> started = new ArrayList<>();
        bySession.forEach((sessionId, ids) -> {
            SessionRun run = state.requeue(sessionId, ids, RETRIABLE, false, now());
            runs.start(run.sessionRunId());
            started.add(run);
        });
        return started;
    }

    /**
     * Approves a reviewed application (AWAITING_REVIEW): it is queued in a new run of its session and
     * applied again from scratch in submit mode, although the session is a review one. The review's
     * evidence files are kept in {@code evidence/<application id>/review/}.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when it is not awaiting review;
     *                            DUPLICATE_APPLICATION; FORM_FILL_FAILED when the review evidence
     *                            cannot be kept (nothing is changed then)
     */
    public SessionRun approve(String applicationId) {
        Application app = get(applicationId);
        requireStatus(app, ApplicationStatus.AWAITING_REVIEW, "approved");
        keepReviewEvidence(applicationId);
        SessionRun run = state.requeue(app.sessionId(), List.of(applicationId),
                EnumSet.of(ApplicationStatus.AWAITING_REVIEW), true, now());
        runs.start(run.sessionRunId());
        return run;
    }

    /**
     * Discards a reviewed application: AWAITING_REVIEW → CANCELLED. CANCELLED rather than SKIPPED:
     * SKIPPED is ApplyDesk's own decision (a duplicate), CANCELLED the candidate's, as a stop is. Unlike a
     * stop, which rejects a run, a discard rejects the job: its "discarded" attempt keeps the job from being
     * applied to again, as if it had been sent (see {@code ApplicationDao.blockingForJobs}).
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when it is not awaiting review
     */
    public Application discard(String applicationId) {
        return decide(applicationId, ApplicationStatus.AWAITING_REVIEW, ApplicationStatus.CANCELLED, null, null,
                Attempt.DISCARDED, "discarded");
    }

    /**
     * The candidate confirmed that an UNCONFIRMED application was sent (the employer's e-mail, say):
     * it becomes SUCCESS, with an attempt "marked_sent" saying so. No confirmation URL is made up.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when it is not UNCONFIRMED
     */
    public Application markSent(String applicationId) {
        return decide(applicationId, ApplicationStatus.UNCONFIRMED, ApplicationStatus.SUCCESS, null, null,
                MARKED_SENT, "marked as sent");
    }

    /**
     * The candidate finished a NEEDS_INPUT application on the job site themselves (its captcha or e-mailed
     * code, in their own browser): it becomes SUCCESS, with an attempt "marked_sent" saying so.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when it is not NEEDS_INPUT
     */
    public Application markFinishedYourself(String applicationId) {
        return decide(applicationId, ApplicationStatus.NEEDS_INPUT, ApplicationStatus.SUCCESS, null, null,
                MARKED_SENT, "marked as sent");
    }

    /**
     * The candidate says an UNCONFIRMED application was not sent: it becomes FAILED, with an attempt
     * "marked_not_sent", and can be retried with {@link #retry}.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when it is not UNCONFIRMED
     */
    public Application markNotSent(String applicationId) {
        return decide(applicationId, ApplicationStatus.UNCONFIRMED, ApplicationStatus.FAILED,
                ErrorCode.FORM_FILL_FAILED, "You said this application was not sent. Retry it to apply again.",
                MARKED_NOT_SENT, "marked as not sent");
    }

    private Application decide(String applicationId, ApplicationStatus from, ApplicationStatus to,
                               ErrorCode errorCode, String errorMessage, String attemptStatus, String verb) {
        requireStatus(get(applicationId), from, verb);
        Instant now = now();
        return jdbi.inTransaction(h -> {
            ApplicationDao dao = h.attach(ApplicationDao.class);
            if (dao.transitionWithError(applicationId, from.name(), to.name(),
                    errorCode == null ? null : errorCode.name(), errorMessage, now) == 0) {
                requireStatus(dao.find(applicationId).orElseThrow(), from, verb); // changed in the meantime
            }
            dao.insertAttempt(applicationId, dao.lastAttempt(applicationId) + 1, attemptStatus, now);
            return dao.find(applicationId).orElseThrow();
        });
    }

    private Application get(String applicationId) {
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.find(applicationId))
                .orElseThrow(() -> new ApplyDeskException(ErrorCode.NOT_FOUND,
                        "No application with id " + applicationId + " exists.", "applicationId"));
    }

    private static void requireStatus(Application app, ApplicationStatus expected, String verb) {
        if (app.status() != expected) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Application " + app.applicationId() + " is "
                    + app.status() + ", so it cannot be " + verb + "; only " + expected + " applications can.",
                    app.applicationId());
        }
    }

    private static void requireRetriable(Application app) {
        String why = switch (app.status()) {
            case NEEDS_INPUT -> null;
            case FAILED -> app.error() != null && FINAL_FAILURES.contains(app.error().code())
                    ? "it failed in a way a retry cannot fix: " + app.error().message() : null;
            case SUCCESS -> "it was already sent";
            case QUEUED, PROCESSING -> "it is already queued or being applied";
            case AWAITING_REVIEW -> "it is waiting for your review: approve it to send it";
            case UNCONFIRMED -> "nobody knows yet whether it was sent: mark it as sent or not sent first";
            case CANCELLED, SKIPPED -> "it was " + app.status().name().toLowerCase(Locale.ROOT)
                    + "; add the job to a new session to apply to it";
        };
        if (why != null) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Application " + app.applicationId() + " cannot be retried: " + why + ".", app.applicationId());
        }
    }

    /** Copies the review's evidence files aside: the submit attempt writes files of the same names. */
    private void keepReviewEvidence(String applicationId) {
        Path dir = dirs.evidence().resolve(applicationId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path review = dir.resolve("review");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            Files.createDirectories(review);
            for (Path file : regular) {
                Files.copy(file, review.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED, "ApplyDesk could not keep a copy of the review "
                    + "evidence in " + review + ", so the application was not approved. Try again.",
                    applicationId, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
