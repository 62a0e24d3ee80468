package io.applydesk.core.run;

import static io.applydesk.core.session.SessionTestKit.greenhouseJob;
import static io.applydesk.core.session.SessionTestKit.greenhouseJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.profile.ResumeRule;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.run.store.SubmitJournal;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCoordinatorTest {
    static final RunLimits DEFAULT_LIMITS = new RunLimits(RunSettings.defaults(java.time.ZoneOffset.UTC));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private Profile profile;
    private final ScriptedEngine engine = new ScriptedEngine();
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private RunCoordinator coordinator;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        profile = kit.completeProfile("dana@example.com");
    }

    @AfterEach
    void tearDown() {
        if (coordinator != null) {
            coordinator.close();
        }
        kit.close();
    }

    private RunCoordinator coordinator(int workers) {
        coordinator = new RunCoordinator(kit.db, engine, kit.profiles, kit.dirs, workers, kit.clock,
                withoutHostSpacing(), new java.util.Random(1), null);
        coordinator.addListener(events::add);
        return coordinator;
    }

    /** No host spacing: these tests are about the workers, and their jobs share one host. */
    static RunSettings withoutHostSpacing() {
        RunSettings settings = RunSettings.defaults(java.time.ZoneOffset.UTC);
        return new RunSettings(settings.maxAttempts(), settings.retryBase(), settings.retryCap(), settings.totalCap(),
                settings.monthlyCap(), null, Duration.ZERO, null, settings.zone());
    }

    @Test
    void appliesEveryQueuedApplicationThenCompletesRunAndSession() throws Exception {
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(3), null, "me@mine.test", false));
        String runId = created.run().sessionRunId();
        coordinator(2).start(runId);

        assertTrue(coordinator.awaitRun(runId, WAIT));

        List<Application> apps = kit.applications.inRun(runId);
        for (Application app : apps) {
            assertEquals(ApplicationStatus.SUCCESS, app.status());
            assertEquals(app.jobUrl() + "/confirmation", app.confirmationUrl());
            assertEquals(List.of(new Attempt(1, "success", kit.clock.instant())), app.attempts());
            assertEquals("me@mine.test", app.questionsAndAnswers().get(0).answer());
            assertEquals(kit.dirs.evidence().resolve(app.applicationId()).resolve("filled.png"),
                    app.evidence().filledScreenshot());
            assertEquals(1, engine.callsFor(app.applicationId()));
        }
        SessionRun run = kit.sessions.runs(created.session().sessionId(), null, null).data().get(0);
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals(kit.clock.instant(), run.completedAt());
        assertEquals(new RunStats(3, 3, 3, 0), run.stats());
        Session session = kit.sessions.get(created.session().sessionId());
        assertEquals(SessionStatus.COMPLETED, session.status());
        assertEquals(3, session.stats().successfulApplications());
        assertEquals(3, session.stats().totalApplications());
        assertEquals(0, session.stats().jobsQueued());

        ApplyRequest request = engine.requests.get(0);
        assertEquals("me@mine.test", request.profile().personalInformation().email(), "overrideEmail applied");
        assertEquals(ApplyMode.SUBMIT, request.mode());
        assertEquals(AtsType.GREENHOUSE, request.job().atsType());
        assertTrue(Files.isRegularFile(request.resume()));
        assertTrue(Files.isDirectory(request.evidenceDir()));
        assertTrue(engine.threadNames.stream().allMatch(n -> n.startsWith("applydesk-worker-")));
    }

    @Test
    void reviewModeAsksTheEngineToStopBeforeSubmit() {
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(1), null, null, true));
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        assertEquals(ApplyMode.REVIEW, engine.requests.get(0).mode());
    }

    @Test
    void eventsAnnounceWhatIsAlreadyStored() {
        List<String> mismatches = new CopyOnWriteArrayList<>();
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(4));
        coordinator(2).addListener(event -> {
            if (event instanceof ApplicationChanged) {
                Application announced = ((ApplicationChanged) event).application();
                Application stored = kit.applications.get(announced.applicationId());
                if (stored.status() != announced.status() && !stored.status().isFinished()) {
                    mismatches.add(announced.applicationId() + " announced " + announced.status()
                            + " but stored " + stored.status());
                }
                if (announced.status() == ApplicationStatus.SUCCESS && !announced.equals(stored)) {
                    mismatches.add(announced.applicationId() + " final state differs from H2");
                }
            } else if (event instanceof RunChanged) {
                RunChanged changed = (RunChanged) event;
                if (changed.run().status() != RunStatus.COMPLETED
                        || kit.sessions.get(changed.session().sessionId()).status() != SessionStatus.COMPLETED) {
                    mismatches.add("run announced before it was stored as completed");
                }
            }
        });
        coordinator.start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(List.of(), mismatches);
        for (Application app : created.applications()) {
            assertEquals(List.of(ApplicationStatus.PROCESSING, ApplicationStatus.SUCCESS),
                    statusesAnnounced(app.applicationId()));
        }
        // awaitRun returns once the run is stored; its announcement follows on the worker thread.
        awaitEvent(e -> e instanceof RunChanged);
        assertEquals(1, events.stream().filter(e -> e instanceof RunChanged).count());
        assertTrue(events.stream().anyMatch(e -> e instanceof LogLine
                && ((LogLine) e).sessionRunId().equals(created.run().sessionRunId())
                && ((LogLine) e).text().startsWith("Filling in ")));
    }

    @Test
    void skippedDuplicatesNeverReachTheEngine() {
        SessionCreated created = kit.runOnce(profile, List.of(greenhouseJob(1), greenhouseJob(1)));
        coordinator(2).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(1, engine.requests.size());
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SKIPPED),
                kit.applications.inRun(created.run().sessionRunId()).stream().map(Application::status).toList());
    }

    @Test
    void aRunWithNothingToDoCompletesAtOnce() {
        kit.runOnce(profile, List.of(greenhouseJob(1)));
        SessionCreated onlyDuplicates = kit.runOnce(profile, List.of(greenhouseJob(1)));
        coordinator(1).start(onlyDuplicates.run().sessionRunId());

        assertTrue(coordinator.awaitRun(onlyDuplicates.run().sessionRunId(), WAIT));
        assertEquals(SessionStatus.COMPLETED, kit.sessions.get(onlyDuplicates.session().sessionId()).status());
        assertEquals(0, engine.requests.size());
    }

    /** Stop through the coordinator, or through the session service alone: the claim must refuse either way. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stopLetsTheProcessingApplicationFinishAndStartsNoOther(boolean throughCoordinator) throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        String runId = created.run().sessionRunId();
        String sessionId = created.session().sessionId();
        Application first = created.applications().get(0);
        ScriptedEngine.Gate gate = engine.gate(first.jobUrl());
        coordinator(1).start(runId);
        gate.awaitEntered();

        Session stopped = throughCoordinator ? coordinator.stopSession(sessionId) : kit.sessions.stop(sessionId);

        assertEquals(SessionStatus.CANCELLED, stopped.status());
        assertEquals(RunStatus.CANCELLED, kit.sessions.runs(sessionId, null, null).data().get(0).status());
        assertEquals(List.of(ApplicationStatus.PROCESSING, ApplicationStatus.CANCELLED, ApplicationStatus.CANCELLED),
                statuses(runId));

        gate.release();
        assertTrue(coordinator.awaitRun(runId, WAIT));

        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.CANCELLED, ApplicationStatus.CANCELLED),
                statuses(runId));
        assertEquals(1, engine.requests.size(), "no new application started after the stop");
        assertEquals(1, engine.callsFor(first.applicationId()));
        SessionRun run = kit.sessions.runs(sessionId, null, null).data().get(0);
        assertEquals(RunStatus.CANCELLED, run.status(), "a stopped run stays cancelled");
        assertEquals(new RunStats(3, 1, 1, 0), run.stats());
        assertEquals(SessionStatus.CANCELLED, kit.sessions.get(sessionId).status());
        if (throughCoordinator) {
            assertEquals(List.of(ApplicationStatus.CANCELLED), statusesAnnounced(created.applications().get(1)
                    .applicationId()));
        }
    }

    @Test
    void pausedSessionStartsNothingUntilResumed() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        String runId = created.run().sessionRunId();
        ScriptedEngine.Gate gate = engine.gate(created.applications().get(0).jobUrl());
        coordinator(1).start(runId);
        gate.awaitEntered();

        assertEquals(SessionStatus.PAUSED, coordinator.pauseSession(created.session().sessionId()).status());
        gate.release();
        assertFalse(coordinator.awaitRun(runId, Duration.ofMillis(500)), "a paused run does not end");
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                statuses(runId));
        assertEquals(1, engine.requests.size());

        coordinator.resumeSession(created.session().sessionId());
        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS),
                statuses(runId));
        assertEquals(3, engine.requests.size());
    }

    @Test
    void needsInputStoresPendingQuestionsAndRecordsThemAsUnanswered() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application app = created.applications().get(0);
        PendingQuestion visa = new PendingQuestion("Do you hold a UK visa?", "select", List.of("Yes", "No"), true);
        engine.script(app.jobUrl(), (request, listener) -> ScriptedEngine.needsInput(request, List.of(visa)));
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        Application stored = kit.applications.get(app.applicationId());
        assertEquals(ApplicationStatus.NEEDS_INPUT, stored.status());
        assertEquals(List.of(visa), stored.pendingQuestions());
        assertEquals(ErrorCode.MISSING_REQUIRED_FIELD, stored.error().code());
        assertNull(stored.submitClickedAt());
        assertEquals("needs_input", stored.attempts().get(0).status());
        assertEquals(List.of("Do you hold a UK visa?"), kit.profiles.unansweredQuestions(profile.profileId()));
    }

    @Test
    void beforeSubmitIsStoredBeforeTheEngineGoesOn() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application app = created.applications().get(0);
        List<Object> seenAtSubmit = new ArrayList<>();
        engine.script(app.jobUrl(), (request, listener) -> {
            listener.beforeSubmit();
            seenAtSubmit.add(kit.applications.get(app.applicationId()).submitClickedAt());
            return ScriptedEngine.success(request, listener);
        });
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(List.of(kit.clock.instant()), seenAtSubmit);
        assertEquals(kit.clock.instant(), kit.applications.get(app.applicationId()).submitClickedAt());
    }

    @Test
    void aTitleRuleChoosesTheResumeSentForThatJob() {
        Resume data = kit.addResume(profile, "data-resume.pdf");
        kit.profiles.setResumeRules(profile.profileId(), List.of(new ResumeRule("Data", data.resumeId())));
        JobRef dataJob = new JobRef("Acme", "Senior Data Engineer", null, "https://boards.greenhouse.io/acme/jobs/3001");
        JobRef otherJob = new JobRef("Acme", "Backend Engineer", null, "https://boards.greenhouse.io/acme/jobs/3002");
        SessionCreated created = kit.runOnce(profile, List.of(dataJob, otherJob));

        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        Path defaultResume = kit.profiles.fileToSend(kit.profiles.get(profile.profileId()).defaultResume());
        assertEquals(kit.profiles.fileToSend(data), engine.requests.stream()
                .filter(r -> r.job().uri().toString().equals(dataJob.link())).findFirst().orElseThrow().resume());
        assertEquals(defaultResume, engine.requests.stream()
                .filter(r -> r.job().uri().toString().equals(otherJob.link())).findFirst().orElseThrow().resume());
    }

    @Test
    void theSessionsChosenResumeIsSentForEveryJobWhateverTheRules() {
        Resume data = kit.addResume(profile, "data-resume.pdf");
        Resume chosen = kit.addResume(profile, "chosen.pdf");
        kit.profiles.setResumeRules(profile.profileId(), List.of(new ResumeRule("Data", data.resumeId())));
        List<JobRef> jobs = List.of(new JobRef("Acme", "Senior Data Engineer", null,
                "https://boards.greenhouse.io/acme/jobs/3001"), greenhouseJob(2));
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(), jobs, null, null,
                chosen.resumeId(), false));

        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(List.of(kit.profiles.fileToSend(chosen), kit.profiles.fileToSend(chosen)),
                engine.requests.stream().map(ApplyRequest::resume).toList());
    }

    @Test
    void aChosenResumeRemovedAfterTheSessionWasCreatedLeavesTheChoiceToTheRules() {
        Resume chosen = kit.addResume(profile, "chosen.pdf");
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(1), null, null, chosen.resumeId(), false));
        kit.profiles.removeResume(profile.profileId(), chosen.resumeId());

        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(ApplicationStatus.SUCCESS, kit.applications.inRun(created.run().sessionRunId()).get(0).status());
        assertEquals(kit.profiles.fileToSend(profile.defaultResume()), engine.requests.get(0).resume());
    }

    @Test
    void postingNamesSeenOnThePageFillOnlyWhatTheCandidateLeftBlank() {
        JobRef bareLink = JobRef.ofLink("https://boards.greenhouse.io/acme/jobs/2001");
        JobRef named = new JobRef("Acme (given)", "Engineer (given)", "ref", "https://boards.greenhouse.io/acme/jobs/2002");
        SessionCreated created = kit.runOnce(profile, List.of(bareLink, named));
        for (Application app : created.applications()) {
            engine.script(app.jobUrl(), (request, listener) -> {
                listener.postingSeen("Platform Engineer", "Acme Robotics");
                return ScriptedEngine.success(request, listener);
            });
        }
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        Application fromPage = kit.applications.get(created.applications().get(0).applicationId());
        assertEquals("Platform Engineer", fromPage.jobTitle());
        assertEquals("Acme Robotics", fromPage.companyName());
        Application given = kit.applications.get(created.applications().get(1).applicationId());
        assertEquals("Engineer (given)", given.jobTitle());
        assertEquals("Acme (given)", given.companyName());
    }

    @Test
    void throwingEngineFailsTheApplicationAndTheWorkerGoesOn() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(2));
        Application broken = created.applications().get(0);
        engine.script(broken.jobUrl(), (request, listener) -> {
            throw new IllegalStateException("Upload button not found");
        });
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        Application failed = kit.applications.get(broken.applicationId());
        assertEquals(ApplicationStatus.FAILED, failed.status());
        assertEquals(ErrorCode.FORM_FILL_FAILED, failed.error().code());
        assertEquals("The application form could not be filled in because of Upload button not found.",
                failed.error().message());
        assertEquals("failed", failed.attempts().get(0).status());
        assertEquals(ApplicationStatus.SUCCESS, kit.applications.get(created.applications().get(1)
                .applicationId()).status());
        Session session = kit.sessions.get(created.session().sessionId());
        assertEquals(1, session.stats().failedApplications());
        assertEquals(SessionStatus.COMPLETED, session.status());
    }

    @Test
    void engineThatThrowsAfterTheSubmitClickLeavesTheApplicationUnconfirmed() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application app = created.applications().get(0);
        engine.script(app.jobUrl(), (request, listener) -> {
            listener.beforeSubmit();
            throw new IllegalStateException("Browser closed");
        });
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        Application stored = kit.applications.get(app.applicationId());
        assertEquals(ApplicationStatus.UNCONFIRMED, stored.status());
        assertNotNull(stored.submitClickedAt());
    }

    @Test
    void aThrowingListenerDoesNotHurtTheWorkers() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(2));
        coordinator(1).addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        Subscription unsubscribed = coordinator.addListener(event -> {
            throw new AssertionError("closed subscriptions get no events");
        });
        unsubscribed.close();
        coordinator.start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS),
                statuses(created.run().sessionRunId()));
        assertEquals(1, events.stream().filter(e -> e instanceof RunChanged).count());
    }

    @Test
    void startIsIdempotentPerApplication() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        coordinator(2);
        coordinator.start(created.run().sessionRunId());
        coordinator.start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        for (Application app : created.applications()) {
            assertEquals(1, engine.callsFor(app.applicationId()));
        }
    }

    @Test
    void afterACrashProcessingApplicationsAreMadeTruthfulAndTheRunGoesOn() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        String runId = created.run().sessionRunId();
        String clicked = created.applications().get(0).applicationId();
        String notClicked = created.applications().get(1).applicationId();
        RunStateDao dao = kit.db.jdbi().onDemand(RunStateDao.class);
        dao.claim(clicked, kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow();
        dao.claim(notClicked, kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow();
        kit.db.jdbi().useExtension(ApplicationDao.class, d -> d.markSubmitClicked(clicked, kit.clock.instant()));

        List<String> runsToResume = coordinator(2).recoverInterrupted();

        assertEquals(List.of(runId), runsToResume);
        Application unconfirmed = kit.applications.get(clicked);
        assertEquals(ApplicationStatus.UNCONFIRMED, unconfirmed.status());
        assertEquals(ErrorCode.FORM_FILL_FAILED, unconfirmed.error().code());
        assertEquals("interrupted", unconfirmed.attempts().get(0).status());
        assertEquals(ApplicationStatus.QUEUED, kit.applications.get(notClicked).status());

        coordinator.start(runId);
        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(List.of(ApplicationStatus.UNCONFIRMED, ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS),
                statuses(runId));
        assertEquals(0, engine.callsFor(clicked), "never resubmitted automatically");
        assertEquals(List.of("interrupted", "success"), kit.applications.get(notClicked).attempts().stream()
                .map(Attempt::status).toList());
    }

    @Test
    void theSubmitClickIsJournaledBeforeTheEngineGoesOn() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        String id = created.applications().get(0).applicationId();
        coordinator(1).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        List<SubmitJournal.Click> clicks = SubmitJournal.beside(kit.dirs.database()).clicks();
        assertEquals(List.of(new SubmitJournal.Click(id, 1, kit.applications.get(id).submitClickedAt())), clicks);
    }

    @Test
    void clicksTheDatabaseLostInACrashAreTakenFromTheJournal() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(4));
        String runId = created.run().sessionRunId();
        String clickLost = created.applications().get(0).applicationId();
        String claimLost = created.applications().get(1).applicationId();
        String requeued = created.applications().get(2).applicationId();
        String neverClicked = created.applications().get(3).applicationId();
        RunStateDao dao = kit.db.jdbi().onDemand(RunStateDao.class);
        Instant at = kit.clock.instant();
        // What H2 kept: the claim but not the click; nothing at all of the second one's attempt; the third
        // ended and was put back in the queue by the candidate after its click had been journaled.
        dao.claim(clickLost, at, DEFAULT_LIMITS).taken().orElseThrow();
        dao.claim(requeued, at, DEFAULT_LIMITS).taken().orElseThrow();
        dao.recordOutcome(requeued, 1, new ApplyOutcome(ApplicationStatus.SUCCESS,
                AtsType.GREENHOUSE, "https://boards.greenhouse.io/acme/jobs/1003/confirmation", null, null, List.of(),
                List.of(), null), at).orElseThrow();
        kit.db.jdbi().useExtension(ApplicationDao.class, d -> d.requeue(requeued,
                List.of(ApplicationStatus.SUCCESS.name()), runId, at));
        dao.claim(neverClicked, at, DEFAULT_LIMITS).taken().orElseThrow();
        SubmitJournal journal = SubmitJournal.beside(kit.dirs.database());
        journal.record(new SubmitJournal.Click(clickLost, 1, at));
        journal.record(new SubmitJournal.Click(claimLost, 1, at));
        journal.record(new SubmitJournal.Click(requeued, 1, at));

        coordinator(2).recoverInterrupted();

        for (String lost : List.of(clickLost, claimLost)) {
            Application app = kit.applications.get(lost);
            assertEquals(ApplicationStatus.UNCONFIRMED, app.status(), lost);
            assertEquals(at, app.submitClickedAt());
            assertEquals(List.of("interrupted"), app.attempts().stream().map(Attempt::status).toList());
        }
        assertEquals(ApplicationStatus.QUEUED, kit.applications.get(requeued).status(), "an old click is history");
        assertNull(kit.applications.get(requeued).submitClickedAt());
        assertEquals(ApplicationStatus.QUEUED, kit.applications.get(neverClicked).status());

        coordinator.start(runId);
        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(0, engine.callsFor(clickLost), "a journaled click is never sent again");
        assertEquals(0, engine.callsFor(claimLost), "a journaled click is never sent again");
        assertEquals(1, engine.callsFor(requeued));
        assertEquals(1, engine.callsFor(neverClicked));
    }

    @Test
    void aLostClickIsFoundAmongManyJournaledOnesAndRecordedClicksNeedNothing() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(2));
        String runId = created.run().sessionRunId();
        String sent = created.applications().get(0).applicationId();
        String clickLost = created.applications().get(1).applicationId();
        coordinator(1).start(runId);
        assertTrue(coordinator.awaitRun(runId, WAIT));
        coordinator.close();
        SubmitJournal journal = SubmitJournal.beside(kit.dirs.database());
        assertEquals(List.of(), coordinator(1).recoverInterrupted(), "every journaled click is in the database");
        assertEquals(ApplicationStatus.SUCCESS, kit.applications.get(sent).status());

        // Months of clicks (applications since deleted), then one the database lost: it is still found.
        Instant at = kit.clock.instant();
        for (int i = 0; i < 1200; i++) {
            journal.record(new SubmitJournal.Click("app_gone_" + i, 1, at));
        }
        kit.db.jdbi().useHandle(h -> h.createUpdate("UPDATE application SET status = 'PROCESSING', "
                + "submit_clicked_at = NULL WHERE id = :id").bind("id", clickLost).execute());
        journal.record(new SubmitJournal.Click(clickLost, 1, at));
        coordinator.close();
        coordinator(1).recoverInterrupted();

        assertEquals(ApplicationStatus.UNCONFIRMED, kit.applications.get(clickLost).status());
        assertEquals(at, kit.applications.get(clickLost).submitClickedAt());
        assertEquals(ApplicationStatus.SUCCESS, kit.applications.get(sent).status());
    }

    private List<ApplicationStatus> statuses(String runId) {
        return kit.applications.inRun(runId).stream().map(Application::status).toList();
    }

    private void awaitEvent(java.util.function.Predicate<RunEvent> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private List<ApplicationStatus> statusesAnnounced(String applicationId) {
        return events.stream().filter(e -> e instanceof ApplicationChanged)
                .map(e -> ((ApplicationChanged) e).application())
                .filter(a -> a.applicationId().equals(applicationId))
                .map(Application::status).toList();
    }
}
