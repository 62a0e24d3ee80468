package io.applydesk.core.followup;

import static io.applydesk.core.session.SessionTestKit.greenhouseJob;
import static io.applydesk.core.session.SessionTestKit.greenhouseJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionSection;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.BankQuestion;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.ScriptedEngine;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUESTION = "Why do you want to work at Acme?";
    private static final PendingQuestion PENDING = new PendingQuestion(QUESTION, "textarea", List.of(), true);
    private static final PendingQuestion OFFICES = new PendingQuestion(
            "Which of our offices would you consider working from?", "multi_select",
            List.of("Berlin", "Lisbon", "Remote within the EU"), true);

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private Profile profile;
    private final ScriptedEngine engine = new ScriptedEngine();
    private RunCoordinator coordinator;
    private FollowUpService followUp;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        profile = kit.completeProfile("dana@example.com");
        // One attempt: the candidate's retries are under test here, not the coordinator's automatic ones.
        RunSettings defaults = RunSettings.defaults(java.time.ZoneOffset.UTC);
        coordinator = new RunCoordinator(kit.db, engine, kit.profiles, kit.dirs, 1, kit.clock,
                new RunSettings(1, defaults.retryBase(), defaults.retryCap(), defaults.totalCap(), defaults.monthlyCap(),
                        null, java.time.Duration.ZERO, null, defaults.zone()), new java.util.Random(1), null);
        followUp = new FollowUpService(kit.db, kit.profiles, coordinator, kit.dirs, kit.clock);
    }

    @AfterEach
    void tearDown() {
        coordinator.close();
        kit.close();
    }

    /** Runs a run_once session over the jobs and returns its applications in list order. */
    private List<Application> runOnce(int jobs, boolean review) {
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(jobs), null, null, review));
        coordinator.start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        return kit.applications.inRun(created.run().sessionRunId());
    }

    private Application app(String id) {
        return kit.applications.get(id);
    }

    private List<String> attemptStatuses(String id) {
        return app(id).attempts().stream().map(Attempt::status).toList();
    }

    /** The form asks QUESTION; the job succeeds once the answer bank answers it. */
    private static ApplyOutcome asksWhyAcme(ApplyRequest request) {
        return AnswerResolver.bankAnswer(QUESTION, request.answerBank()).isPresent()
                ? ScriptedEngine.success(request, noListener())
                : ScriptedEngine.needsInput(request, List.of(PENDING));
    }

    private static EngineListener noListener() {
        return new EngineListener() {
            @Override
            public void beforeSubmit() {
            }

            @Override
            public void log(String line) {
            }

            @Override
            public void postingSeen(String title, String companyName) {
            }
        };
    }

    @Test
    void answeringThePendingQuestionOnceRetriesTheApplicationToSuccess() throws Exception {
        String url = greenhouseJob(1).link();
        engine.script(url, (request, listener) -> asksWhyAcme(request));
        List<Application> first = runOnce(2, false);
        Application waiting = first.get(0);
        String sessionId = waiting.sessionId();
        String firstRun = waiting.sessionRunId();

        assertEquals(ApplicationStatus.NEEDS_INPUT, waiting.status());
        assertEquals(List.of(PENDING), waiting.pendingQuestions());
        assertEquals(List.of("needs_input"), attemptStatuses(waiting.applicationId()));
        assertEquals(ApplicationStatus.SUCCESS, first.get(1).status());
        assertEquals(List.of(QUESTION), kit.profiles.unansweredQuestions(profile.profileId()));
        List<WaitingApplication> listed = followUp.waiting(profile.profileId());
        assertEquals(1, listed.size());
        assertEquals(waiting.applicationId(), listed.get(0).application().applicationId());
        assertEquals(List.of(PENDING), listed.get(0).unanswered());
        assertFalse(listed.get(0).readyToRetry());
        assertEquals(SessionStatus.COMPLETED, kit.sessions.get(sessionId).status());

        // Phrased a little differently: matched by the resolver's normaliser.
        List<Application> ready = followUp.answer(profile.profileId(),
                new PendingQuestion("why do you want to work at Acme", "textarea", List.of(), true),
                "  I use Acme every day.  ");

        assertEquals(List.of(waiting.applicationId()), ready.stream().map(Application::applicationId).toList());
        assertEquals(List.of(), kit.profiles.unansweredQuestions(profile.profileId()));
        assertEquals(List.of(new AnswerBankEntry("why do you want to work at Acme", "I use Acme every day.")),
                kit.profiles.answers(profile.profileId()));
        assertTrue(followUp.waiting(profile.profileId()).get(0).readyToRetry());

        ScriptedEngine.Gate gate = engine.gate(url);
        kit.clock.advance(Duration.ofMinutes(5));
        List<SessionRun> runs = followUp.retry(List.of(waiting.applicationId()));
        gate.awaitEntered();

        assertEquals(1, runs.size());
        String retryRun = runs.get(0).sessionRunId();
        Session during = kit.sessions.get(sessionId);
        assertEquals(SessionStatus.ACTIVE, during.status(), "the ended session runs again");
        assertEquals(2, during.stats().totalRuns());
        assertEquals(ApplicationStatus.PROCESSING, app(waiting.applicationId()).status());
        assertEquals(retryRun, app(waiting.applicationId()).sessionRunId());
        assertEquals(RunStatus.IN_PROGRESS, kit.sessions.runs(sessionId, null, RunStatus.IN_PROGRESS).data().get(0)
                .status());
        gate.release();
        assertTrue(coordinator.awaitRun(retryRun, WAIT));

        Application done = app(waiting.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, done.status());
        assertEquals(url + "/confirmation", done.confirmationUrl());
        assertNull(done.error());
        assertEquals(List.of(new Attempt(1, "needs_input", waiting.attempts().get(0).timestamp()),
                new Attempt(2, "success", kit.clock.instant())), done.attempts());
        ApplyRequest retried = engine.requests.get(engine.requests.size() - 1);
        assertEquals(waiting.applicationId(), retried.applicationId());
        assertEquals(ApplyMode.SUBMIT, retried.mode());
        assertEquals("I use Acme every day.", AnswerResolver.bankAnswer(QUESTION, retried.answerBank())
                .orElseThrow().answer());
        Session after = kit.sessions.get(sessionId);
        assertEquals(SessionStatus.COMPLETED, after.status());
        assertEquals(2, after.stats().totalRuns());
        assertEquals(2, after.stats().totalApplications());
        assertEquals(2, after.stats().successfulApplications());
        assertEquals(0, after.stats().jobsQueued());
        List<SessionRun> allRuns = kit.sessions.runs(sessionId, null, null).data();
        SessionRun newest = allRuns.get(0);
        assertEquals(retryRun, newest.sessionRunId());
        assertEquals(RunStatus.COMPLETED, newest.status());
        assertEquals(new RunStats(1, 1, 1, 0), newest.stats());
        assertEquals(firstRun, allRuns.get(1).sessionRunId());
        assertEquals(new RunStats(1, 1, 1, 0), allRuns.get(1).stats(), "the first run keeps the other job");
        assertEquals(List.of(), followUp.waiting(profile.profileId()));
    }

    @Test
    void aSavedAnswerTheFormsChoicesCannotTakeKeepsTheApplicationWaitingUntilAnOptionIsChosen() {
        // The engine's own resolver on a form with the offices multi-select: it fills the field or stops at it.
        FormQuestion field = new FormQuestion(OFFICES.label(), "offices", QuestionType.MULTI_SELECT, OFFICES.options(),
                true, QuestionSection.CUSTOM);
        String url = greenhouseJob(1).link();
        engine.script(url, (request, listener) -> new AnswerResolver()
                .resolve(field, request.profile(), request.answerBank()).isPresent()
                ? ScriptedEngine.success(request, listener) : ScriptedEngine.needsInput(request, List.of(OFFICES)));
        kit.profiles.saveAnswer(profile.profileId(), OFFICES.label(), "Seattle");
        Application waiting = runOnce(1, false).get(0);
        assertEquals(ApplicationStatus.NEEDS_INPUT, waiting.status());

        WaitingApplication listed = followUp.waiting(profile.profileId()).get(0);
        assertEquals(List.of(OFFICES), listed.unanswered(), "a saved answer the form cannot take answers nothing");
        assertEquals(List.of(new WaitingApplication.UnfitAnswer(OFFICES, "Seattle")), listed.unfit());
        assertFalse(listed.readyToRetry(), "a retry would stop at the same question");
        assertEquals(List.of(new BankQuestion(OFFICES, "Seattle")), kit.profiles.answerBank(profile.profileId()),
                "the bank keeps the form's choices");

        ApplyDeskException refused = assertThrows(ApplyDeskException.class,
                () -> followUp.answer(profile.profileId(), OFFICES, "Seattle"));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals("\u201cSeattle\u201d is not among the form's choices for \"" + OFFICES.label()
                + "\". Choose one or more of: Berlin, Lisbon, Remote within the EU.", refused.getMessage());
        assertEquals("Seattle", kit.profiles.answers(profile.profileId()).get(0).answer(), "nothing was saved");

        List<Application> ready = followUp.answer(profile.profileId(), OFFICES, "berlin; Remote within the EU");
        assertEquals(List.of(waiting.applicationId()), ready.stream().map(Application::applicationId).toList());
        SessionRun retry = followUp.retry(List.of(waiting.applicationId())).get(0);
        assertTrue(coordinator.awaitRun(retry.sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.SUCCESS, app(waiting.applicationId()).status());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            select   | Yes / No | Maybe | “Maybe” is not one of the form's choices for "Q". Choose one of: Yes, No.
            yes_no   | Yes / No | Maybe | “Maybe” is not one of the form's choices for "Q". Choose one of: Yes, No.
            checkbox |          | Maybe | "Q" is a box to tick: answer Yes to tick it.
            select   |          | Maybe | ApplyDesk could not read the choices the form offers for "Q", so no answer can be chosen there: apply to this job on its site yourself.
            """)
    void anAnswerTheFormCannotTakeIsRefusedSayingWhatItTakes(String type, String options, String answer,
                                                             String message) {
        PendingQuestion question = new PendingQuestion("Q", type,
                options == null ? List.of() : List.of(options.split(" / ")), true);
        ApplyDeskException refused = assertThrows(ApplyDeskException.class,
                () -> followUp.answer(profile.profileId(), question, answer));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals(message, refused.getMessage());
        assertEquals(List.of(), kit.profiles.answerBank(profile.profileId()));
    }

    @Test
    void retryRefusesWhatCannotBeRetriedAndChangesNothing() {
        engine.script(greenhouseJob(2).link(), (request, listener) -> ApplyOutcome.failed(AtsType.GREENHOUSE,
                ErrorCode.ATS_NOT_SUPPORTED, "No form here.", null));
        List<Application> apps = runOnce(2, false);
        String succeeded = apps.get(0).applicationId();
        String unsupported = apps.get(1).applicationId();

        ApplyDeskException sent = assertThrows(ApplyDeskException.class, () -> followUp.retry(List.of(succeeded)));
        assertEquals(ErrorCode.VALIDATION_ERROR, sent.code());
        assertEquals("Application " + succeeded + " cannot be retried: it was already sent.", sent.getMessage());
        ApplyDeskException unfixable = assertThrows(ApplyDeskException.class,
                () -> followUp.retry(List.of(unsupported)));
        assertEquals(ErrorCode.VALIDATION_ERROR, unfixable.code());
        assertTrue(unfixable.getMessage().contains("a retry cannot fix: No form here."), unfixable.getMessage());
        assertEquals(ErrorCode.VALIDATION_ERROR, assertThrows(ApplyDeskException.class,
                () -> followUp.retry(List.of())).code());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class,
                () -> followUp.retry(List.of("app_nosuchthing"))).code());

        assertEquals(1, kit.sessions.get(apps.get(0).sessionId()).stats().totalRuns());
        assertEquals(ApplicationStatus.SUCCESS, app(succeeded).status());
        assertEquals(ApplicationStatus.FAILED, app(unsupported).status());
    }

    @Test
    void aFailedApplicationIsNotRetriedWhenTheJobWasAppliedToSinceThen() {
        String url = greenhouseJob(1).link();
        engine.script(url, (request, listener) -> ApplyOutcome.failed(AtsType.GREENHOUSE, ErrorCode.WORKER_TIMEOUT,
                "The job site took too long.", null));
        Application failed = runOnce(1, false).get(0);
        engine.script(url, (request, listener) -> ScriptedEngine.success(request, listener));
        assertEquals(ApplicationStatus.SUCCESS, runOnce(1, false).get(0).status(), "FAILED does not block");

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> followUp.retry(List.of(failed.applicationId())));

        assertEquals(ErrorCode.DUPLICATE_APPLICATION, e.code());
        assertEquals(ApplicationStatus.FAILED, app(failed.applicationId()).status());
        assertEquals(failed.sessionRunId(), app(failed.applicationId()).sessionRunId());
        assertEquals(1, kit.sessions.get(failed.sessionId()).stats().totalRuns(), "the new run was rolled back");
        assertEquals(SessionStatus.COMPLETED, kit.sessions.get(failed.sessionId()).status());
    }

    @Test
    void approvingAReviewedApplicationSubmitsItAndDiscardingCancelsIt() throws Exception {
        ScriptedEngine.Behaviour reviewThenSubmit = (request, listener) -> {
            if (request.mode() == ApplyMode.SUBMIT) {
                Files.writeString(request.evidenceDir().resolve("filled.png"), "submitted");
                return ScriptedEngine.success(request, listener);
            }
            Files.writeString(request.evidenceDir().resolve("filled.png"), "reviewed");
            return new ApplyOutcome(ApplicationStatus.AWAITING_REVIEW, AtsType.GREENHOUSE, null, null, null,
                    List.of(), List.of(), ScriptedEngine.evidence(request));
        };
        engine.script(greenhouseJob(1).link(), reviewThenSubmit);
        engine.script(greenhouseJob(2).link(), reviewThenSubmit);
        List<Application> reviewed = runOnce(2, true);
        String approved = reviewed.get(0).applicationId();
        String discarded = reviewed.get(1).applicationId();
        assertEquals(ApplicationStatus.AWAITING_REVIEW, reviewed.get(0).status());
        assertEquals(2, followUp.waiting(profile.profileId()).size());

        SessionRun run = followUp.approve(approved);
        assertTrue(coordinator.awaitRun(run.sessionRunId(), WAIT));

        Application sent = app(approved);
        assertEquals(ApplicationStatus.SUCCESS, sent.status());
        assertEquals(List.of("awaiting_review", "success"), attemptStatuses(approved));
        assertEquals(List.of(ApplyMode.REVIEW, ApplyMode.SUBMIT), engine.requests.stream()
                .filter(r -> r.applicationId().equals(approved)).map(ApplyRequest::mode).toList());
        Path evidence = kit.dirs.evidence().resolve(approved);
        assertEquals("reviewed", Files.readString(evidence.resolve("review").resolve("filled.png")));
        assertEquals("submitted", Files.readString(evidence.resolve("filled.png")));
        assertNotNull(sent.evidence());
        assertTrue(kit.sessions.get(sent.sessionId()).reviewMode(), "the session stays a review session");

        Application cancelled = followUp.discard(discarded);
        assertEquals(ApplicationStatus.CANCELLED, cancelled.status());
        assertEquals(List.of("awaiting_review", Attempt.DISCARDED), attemptStatuses(discarded));
        assertEquals(1, engine.callsFor(discarded));
        assertEquals(List.of(), followUp.waiting(profile.profileId()));

        ApplyDeskException again = assertThrows(ApplyDeskException.class, () -> followUp.approve(discarded));
        assertEquals(ErrorCode.VALIDATION_ERROR, again.code());
        assertEquals("Application " + discarded + " is CANCELLED, so it cannot be approved; only AWAITING_REVIEW "
                + "applications can.", again.getMessage());
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> followUp.discard(approved)).code());
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> followUp.retry(List.of(discarded))).code());
    }

    @Test
    void anUnconfirmedApplicationIsMarkedSentOrNotSentAndNotSentCanBeRetried() {
        ScriptedEngine.Behaviour crashAfterSubmit = (request, listener) -> {
            listener.beforeSubmit();
            throw new IllegalStateException("the browser crashed");
        };
        engine.script(greenhouseJob(1).link(), crashAfterSubmit);
        engine.script(greenhouseJob(2).link(), crashAfterSubmit);
        List<Application> unconfirmed = runOnce(2, false);
        String sent = unconfirmed.get(0).applicationId();
        String notSent = unconfirmed.get(1).applicationId();
        assertEquals(ApplicationStatus.UNCONFIRMED, unconfirmed.get(0).status());
        ApplyDeskException notYet = assertThrows(ApplyDeskException.class, () -> followUp.retry(List.of(notSent)));
        assertTrue(notYet.getMessage().contains("mark it as sent or not sent first"), notYet.getMessage());

        kit.clock.advance(Duration.ofHours(1));
        Application marked = followUp.markSent(sent);

        assertEquals(ApplicationStatus.SUCCESS, marked.status());
        assertNull(marked.confirmationUrl(), "no confirmation URL is made up");
        assertNull(marked.error());
        assertEquals(new Attempt(2, FollowUpService.MARKED_SENT, kit.clock.instant()), marked.attempts().get(1));
        assertEquals(1, kit.sessions.get(marked.sessionId()).stats().successfulApplications());

        Application failed = followUp.markNotSent(notSent);
        assertEquals(ApplicationStatus.FAILED, failed.status());
        assertEquals(ErrorCode.FORM_FILL_FAILED, failed.error().code());
        assertEquals("You said this application was not sent. Retry it to apply again.", failed.error().message());
        assertEquals(List.of("unconfirmed", FollowUpService.MARKED_NOT_SENT), attemptStatuses(notSent));
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> followUp.markSent(notSent)).code());
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> followUp.markNotSent(sent)).code());

        engine.script(greenhouseJob(2).link(), (request, listener) -> ScriptedEngine.success(request, listener));
        SessionRun retry = followUp.retry(List.of(notSent)).get(0);
        assertTrue(coordinator.awaitRun(retry.sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.SUCCESS, app(notSent).status());
        assertEquals(List.of("unconfirmed", FollowUpService.MARKED_NOT_SENT, "success"), attemptStatuses(notSent));
        assertEquals(2, kit.sessions.get(marked.sessionId()).stats().successfulApplications());
    }

    @Test
    void theInboxListsEveryProfilesWaitingApplicationsMostRecentlyChangedFirst() {
        String url = greenhouseJob(1).link();
        engine.script(url, (request, listener) -> asksWhyAcme(request));
        Application waiting = runOnce(2, false).get(0);
        kit.clock.advance(Duration.ofMinutes(5));
        engine.script(greenhouseJob(7).link(), (request, listener) -> new ApplyOutcome(
                ApplicationStatus.AWAITING_REVIEW, AtsType.GREENHOUSE, null, null, null, List.of(), List.of(),
                ScriptedEngine.evidence(request)));
        Profile other = kit.completeProfile("sam@example.com");
        SessionCreated reviewed = kit.sessions.createRunOnce(new RunOnceRequest(other.profileId(),
                List.of(greenhouseJob(7)), null, null, true));
        coordinator.start(reviewed.run().sessionRunId());
        assertTrue(coordinator.awaitRun(reviewed.run().sessionRunId(), WAIT));
        String review = kit.applications.inRun(reviewed.run().sessionRunId()).get(0).applicationId();

        List<WaitingApplication> inbox = followUp.inbox();

        assertEquals(List.of(review, waiting.applicationId()),
                inbox.stream().map(w -> w.application().applicationId()).toList());
        assertEquals(List.of(ApplicationStatus.AWAITING_REVIEW, ApplicationStatus.NEEDS_INPUT),
                inbox.stream().map(w -> w.application().status()).toList());
        assertEquals(List.of(List.of(), List.of(PENDING)), inbox.stream().map(WaitingApplication::unanswered).toList());
        assertEquals(2, followUp.inboxCount());

        followUp.discard(review);

        assertEquals(1, followUp.inboxCount());
        kit.profiles.saveAnswer(profile.profileId(), QUESTION, "The people.");
        assertTrue(followUp.inbox().get(0).readyToRetry(), "its profile's answer bank now answers it");
    }

    @Test
    void theInboxIsCountedPerSessionLeavingOutSessionsWithNothingWaiting() {
        engine.script(greenhouseJob(1).link(), (request, listener) -> asksWhyAcme(request));
        engine.script(greenhouseJob(2).link(), (request, listener) -> asksWhyAcme(request));
        List<Application> asked = runOnce(3, false);
        String waiting = asked.get(0).sessionId();
        Profile other = kit.completeProfile("sam@example.com");
        SessionCreated sent = kit.sessions.createRunOnce(new RunOnceRequest(other.profileId(),
                List.of(greenhouseJob(9)), null, null, false));
        coordinator.start(sent.run().sessionRunId());
        assertTrue(coordinator.awaitRun(sent.run().sessionRunId(), WAIT));

        assertEquals(Map.of(waiting, 2), followUp.waitingBySession(List.of(waiting, sent.session().sessionId())),
                "two of its three wait, the third was sent; the other session has nothing waiting");
        assertEquals(Map.of(), followUp.waitingBySession(List.of()));

        followUp.markFinishedYourself(asked.get(1).applicationId());
        assertEquals(Map.of(waiting, 1), followUp.waitingBySession(List.of(waiting)));
    }

    @Test
    void anApplicationTheCandidateFinishedOnTheSiteThemselvesIsMarkedSent() {
        engine.script(greenhouseJob(1).link(), (request, listener) -> asksWhyAcme(request));
        List<Application> apps = runOnce(2, false);
        String waiting = apps.get(0).applicationId();

        Application sent = followUp.markFinishedYourself(waiting);

        assertEquals(ApplicationStatus.SUCCESS, sent.status());
        assertEquals(List.of("needs_input", FollowUpService.MARKED_SENT), attemptStatuses(waiting));
        ApplyDeskException notWaiting = assertThrows(ApplyDeskException.class,
                () -> followUp.markFinishedYourself(apps.get(1).applicationId()));
        assertEquals(ErrorCode.VALIDATION_ERROR, notWaiting.code());
    }
}
