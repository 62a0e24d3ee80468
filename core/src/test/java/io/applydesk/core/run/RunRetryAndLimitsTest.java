package io.applydesk.core.run;

import static io.applydesk.core.session.SessionTestKit.greenhouseJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.store.RunDao;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, limits, host spacing and recovery of the {@link RunCoordinator}, on real H2 with a scripted engine. */
class RunRetryAndLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final RunSettings BASE = new RunSettings(3, Duration.ofSeconds(10), Duration.ofSeconds(25), 1000,
            100, null, Duration.ZERO, null, ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private Profile profile;
    private final ScriptedEngine engine = new ScriptedEngine();
    private final ManualDelayer delayer = new ManualDelayer();
    private RunCoordinator coordinator;

    /** Keeps the waits until the test lets them run; the coordinator's workers stay free meanwhile. */
    static final class ManualDelayer implements Delayer {
        record Waiting(Duration delay, Runnable action) {
        }

        final LinkedBlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();

        @Override
        public void after(Duration delay, Runnable action) {
            waiting.add(new Waiting(delay, action));
        }

        Waiting next() throws InterruptedException {
            Waiting next = waiting.poll(30, TimeUnit.SECONDS);
            assertNotNull(next, "nothing was put to wait");
            return next;
        }
    }

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

    private RunCoordinator coordinator(RunSettings settings) {
        coordinator = new RunCoordinator(kit.db, engine, kit.profiles, kit.dirs, 1, kit.clock, settings,
                new Random(7), delayer);
        return coordinator;
    }

    private static ApplyOutcome timeout() {
        return ApplyOutcome.failed(AtsType.GREENHOUSE, ErrorCode.WORKER_TIMEOUT,
                "The job site did not answer in time; nothing was submitted.", null);
    }

    private Application app(String id) {
        return kit.applications.get(id);
    }

    @Test
    void aTimeoutBeforeSubmitIsRetriedAfterABackoffAndEveryAttemptIsRecorded() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application job = created.applications().get(0);
        AtomicInteger calls = new AtomicInteger();
        engine.script(job.jobUrl(), (request, listener) ->
                calls.incrementAndGet() < 3 ? timeout() : ScriptedEngine.success(request, listener));
        String runId = created.run().sessionRunId();
        coordinator(BASE).start(runId);

        ManualDelayer.Waiting first = delayer.next();
        Application waiting = app(job.applicationId());
        assertEquals(ApplicationStatus.QUEUED, waiting.status(), "waits in the queue, not on a worker");
        assertEquals(ErrorCode.WORKER_TIMEOUT, waiting.error().code(), "the candidate sees why it waits");
        assertTrue(first.delay().compareTo(Duration.ofSeconds(10)) <= 0, "first wait within the base");
        first.action().run();
        ManualDelayer.Waiting second = delayer.next();
        assertTrue(second.delay().compareTo(Duration.ofSeconds(20)) <= 0, "second wait within twice the base");
        second.action().run();

        assertTrue(coordinator.awaitRun(runId, WAIT));
        Application done = app(job.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, done.status());
        assertNull(done.error());
        assertEquals(List.of("failed", "failed", "success"),
                done.attempts().stream().map(a -> a.status()).toList());
        assertEquals(List.of(1, 2, 3), done.attempts().stream().map(a -> a.attempt()).toList());
        assertEquals(3, engine.callsFor(job.applicationId()));
    }

    /**
     * Another transaction holding the profile's row (as a session being created for it does): a worker's claim
     * waits for it past H2's lock timeout and fails. Rolling the transaction back releases it.
     */
    private Handle holdingTheProfilesRow() {
        Handle other = kit.db.jdbi().open();
        other.begin();
        other.createQuery("SELECT id FROM profile WHERE id = :id FOR UPDATE").bind("id", profile.profileId())
                .mapTo(String.class).one();
        return other;
    }

    @Test
    void anApplicationTheDatabaseWillNotLetStartIsTriedAgainLater() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application job = created.applications().get(0);
        String runId = created.run().sessionRunId();
        try (Handle other = holdingTheProfilesRow()) {
            coordinator(BASE).start(runId);

            ManualDelayer.Waiting retry = delayer.next();
            assertEquals(RunCoordinator.CLAIM_RETRY_DELAY, retry.delay());
            assertEquals(ApplicationStatus.QUEUED, app(job.applicationId()).status(), "still waits in the queue");
            other.rollback();
            retry.action().run();
        }

        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(ApplicationStatus.SUCCESS, app(job.applicationId()).status());
        assertEquals(1, engine.callsFor(job.applicationId()));
    }

    @Test
    void anApplicationThatCannotStartAtAllFailsSoThatItsRunEnds() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application job = created.applications().get(0);
        String runId = created.run().sessionRunId();
        try (Handle other = holdingTheProfilesRow()) {
            coordinator(BASE).start(runId);
            for (int retry = 1; retry < RunCoordinator.CLAIM_TRIES; retry++) {
                delayer.next().action().run();
            }
            assertTrue(coordinator.awaitRun(runId, WAIT), "the run ends");
            other.rollback();
        }

        Application failed = app(job.applicationId());
        assertEquals(ApplicationStatus.FAILED, failed.status());
        assertEquals(ErrorCode.FORM_FILL_FAILED, failed.error().code());
        assertEquals(RunCoordinator.UNSTARTED_MESSAGE, failed.error().message());
        assertEquals(0, engine.callsFor(job.applicationId()), "nothing was sent");
        assertTrue(delayer.waiting.isEmpty(), "no further try");
    }

    @Test
    void attemptsAreCappedAndTheLastFailureIsFinal() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application job = created.applications().get(0);
        engine.script(job.jobUrl(), (request, listener) -> timeout());
        String runId = created.run().sessionRunId();
        coordinator(BASE).start(runId);
        delayer.next().action().run();
        delayer.next().action().run();

        assertTrue(coordinator.awaitRun(runId, WAIT));
        Application done = app(job.applicationId());
        assertEquals(ApplicationStatus.FAILED, done.status());
        assertEquals(ErrorCode.WORKER_TIMEOUT, done.error().code());
        assertEquals(3, done.attempts().size());
        assertEquals(3, engine.callsFor(job.applicationId()));
        assertTrue(delayer.waiting.isEmpty(), "no fourth attempt");
    }

    @Test
    void aSiteThatWasDownBeforeSubmitIsRetriedLikeATimeout() throws Exception {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(1));
        Application job = created.applications().get(0);
        AtomicInteger calls = new AtomicInteger();
        engine.script(job.jobUrl(), (request, listener) -> calls.incrementAndGet() == 1
                ? ApplyOutcome.failedTransiently(AtsType.GREENHOUSE, ErrorCode.FORM_FILL_FAILED,
                        "The job site is not answering right now (HTTP 503 when opening the job).", null)
                : ScriptedEngine.success(request, listener));
        String runId = created.run().sessionRunId();
        coordinator(BASE).start(runId);

        ManualDelayer.Waiting retry = delayer.next();
        assertEquals(ErrorCode.FORM_FILL_FAILED, app(job.applicationId()).error().code(), "waits, saying why");
        retry.action().run();

        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(ApplicationStatus.SUCCESS, app(job.applicationId()).status());
        assertEquals(2, engine.callsFor(job.applicationId()));
    }

    @Test
    void neverRetriedOnceTheSubmitButtonWasClicked() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(2));
        Application clicked = created.applications().get(0);
        Application formError = created.applications().get(1);
        engine.script(clicked.jobUrl(), (request, listener) -> {
            listener.beforeSubmit();
            return timeout();
        });
        engine.script(formError.jobUrl(), (request, listener) -> ApplyOutcome.failed(AtsType.GREENHOUSE,
                ErrorCode.FORM_FILL_FAILED, "The form refused the phone number.", null));
        String runId = created.run().sessionRunId();
        coordinator(BASE).start(runId);

        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(1, engine.callsFor(clicked.applicationId()));
        assertEquals(1, engine.callsFor(formError.applicationId()), "only timeouts and server errors are transient");
        assertEquals(ApplicationStatus.FAILED, app(formError.applicationId()).status());
        assertTrue(delayer.waiting.isEmpty());
    }

    @Test
    void backoffHasFullJitterUnderADoublingCeilingThatStopsAtTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(25), new Random(3));
        assertEquals(Duration.ofSeconds(10), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(20), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(25), backoff.ceiling(3));
        assertEquals(Duration.ofSeconds(25), backoff.ceiling(400), "no overflow");
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(2))
                .peek(d -> assertTrue(!d.isNegative() && d.compareTo(Duration.ofSeconds(20)) <= 0))
                .distinct().count();
        assertTrue(distinct > 40, "the waits are spread, not equal: " + distinct);
    }

    @Test
    void theMonthlyCapSkipsWhatIsLeftWithItsCodeAndCountsInTheCandidatesZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        RunSettings settings = new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 2, null,
                Duration.ZERO, null, newYork);
        kit.clock.advance(Duration.between(kit.clock.instant(), Instant.parse("2026-11-30T12:00:00Z")));
        SessionCreated first = kit.runOnce(profile, greenhouseJobs(3));
        coordinator(settings).start(first.run().sessionRunId());
        assertTrue(coordinator.awaitRun(first.run().sessionRunId(), WAIT));
        List<Application> apps = kit.applications.inRun(first.run().sessionRunId());
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS, ApplicationStatus.SKIPPED),
                apps.stream().map(Application::status).toList());
        Application skipped = apps.get(2);
        assertEquals(ErrorCode.USER_MONTHLY_LIMIT_REACHED, skipped.error().code());
        assertEquals("This profile has reached its limit of 2 applications for November, so this one was not sent."
                + " Applications can go out again from December 1.", skipped.error().message());
        assertEquals(0, engine.callsFor(skipped.applicationId()));
        assertTrue(skipped.attempts().isEmpty(), "nothing was started");

        // 03:00 UTC on December 1 is still November 30 in New York: still refused.
        kit.clock.advance(Duration.ofHours(15));
        SessionCreated stillNovember = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(4)));
        coordinator.start(stillNovember.run().sessionRunId());
        assertTrue(coordinator.awaitRun(stillNovember.run().sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.SKIPPED, kit.applications.inRun(stillNovember.run().sessionRunId()).get(0).status());

        kit.clock.advance(Duration.ofHours(3));
        SessionCreated december = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(5)));
        coordinator.start(december.run().sessionRunId());
        assertTrue(coordinator.awaitRun(december.run().sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.SUCCESS, kit.applications.inRun(december.run().sessionRunId()).get(0).status());
    }

    @Test
    void changedCapsApplyToTheNextApplicationWithoutARestart() {
        ZoneId utc = ZoneId.of("UTC");
        RunSettings oneAMonth = new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 1, null,
                Duration.ZERO, null, utc);
        SessionCreated first = kit.runOnce(profile, greenhouseJobs(2));
        coordinator(oneAMonth).start(first.run().sessionRunId());
        assertTrue(coordinator.awaitRun(first.run().sessionRunId(), WAIT));
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SKIPPED),
                kit.applications.inRun(first.run().sessionRunId()).stream().map(Application::status).toList());

        coordinator.useLimits(new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 10, null,
                Duration.ZERO, null, utc));
        SessionCreated second = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(3)));
        coordinator.start(second.run().sessionRunId());
        assertTrue(coordinator.awaitRun(second.run().sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.SUCCESS, kit.applications.inRun(second.run().sessionRunId()).get(0).status());
    }

    @Test
    void totalAndDailyCapsCountSentAndMaybeSentApplicationsOnly() {
        RunSettings settings = new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 100, 1,
                Duration.ZERO, null, ZoneOffset.UTC);
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        List<Application> jobs = created.applications();
        engine.script(jobs.get(0).jobUrl(), (request, listener) -> ApplyOutcome.failed(AtsType.GREENHOUSE,
                ErrorCode.FORM_FILL_FAILED, "The form refused the phone number.", null));
        coordinator(settings).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        assertEquals(ApplicationStatus.FAILED, app(jobs.get(0).applicationId()).status(), "a failure sends nothing");
        assertEquals(ApplicationStatus.SUCCESS, app(jobs.get(1).applicationId()).status());
        Application daily = app(jobs.get(2).applicationId());
        assertEquals(ApplicationStatus.SKIPPED, daily.status());
        assertEquals("This profile has reached its limit of 1 applications a day, so this one was not sent today.",
                daily.error().message());

        kit.clock.advance(Duration.ofDays(1));
        SessionCreated next = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(4), SessionTestKit.greenhouseJob(5)));
        engine.script(next.applications().get(0).jobUrl(), (request, listener) -> {
            listener.beforeSubmit();
            return new ApplyOutcome(ApplicationStatus.UNCONFIRMED, AtsType.GREENHOUSE, null, ErrorCode.WORKER_TIMEOUT,
                    "No confirmation was seen.", List.of(), List.of(), null);
        });
        coordinator.start(next.run().sessionRunId());
        assertTrue(coordinator.awaitRun(next.run().sessionRunId(), WAIT));
        Application total = app(next.applications().get(1).applicationId());
        assertEquals(ApplicationStatus.SKIPPED, total.status(), "SUCCESS and UNCONFIRMED make the total of 2");
        assertEquals(ErrorCode.USER_TOTAL_LIMIT_REACHED, total.error().code());
    }

    @Test
    void maxJobsPerRunAndTheCompanyCooldownRefuseTheRest() {
        RunSettings settings = new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 100, null,
                Duration.ZERO, 30, ZoneOffset.UTC);
        List<JobRef> jobs = List.of(SessionTestKit.greenhouseJob(1),
                new JobRef("Beta", "Engineer", "b-1", "https://jobs.lever.co/beta/5e0b4e10-0000-4000-8000-000000000001"),
                new JobRef("Gamma", "Engineer", "g-1", "https://jobs.lever.co/gamma/5e0b4e10-0000-4000-8000-000000000002"),
                SessionTestKit.greenhouseJob(2));
        SessionCreated created = kit.runOnce(profile, jobs);
        kit.db.jdbi().useHandle(h -> h.execute("UPDATE session SET limits = ? WHERE id = ?",
                "{\"maxJobsPerRun\":3}", created.session().sessionId()));
        coordinator(settings).start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));

        List<Application> apps = kit.applications.inRun(created.run().sessionRunId());
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS,
                ApplicationStatus.SKIPPED), apps.stream().map(Application::status).toList());
        assertEquals(ErrorCode.MAX_JOBS_EXCEEDED, apps.get(3).error().code());

        SessionCreated again = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(3)));
        coordinator.start(again.run().sessionRunId());
        assertTrue(coordinator.awaitRun(again.run().sessionRunId(), WAIT));
        Application cooled = kit.applications.inRun(again.run().sessionRunId()).get(0);
        assertEquals(ApplicationStatus.SKIPPED, cooled.status());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, cooled.error().code());
        assertEquals("This profile applied to Acme in the last 30 days, so this application was not sent.",
                cooled.error().message());
    }

    @Test
    void aBusyHostDefersItsApplicationWhileTheWorkerTakesAnotherHost() throws Exception {
        RunSettings settings = new RunSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 100, null,
                Duration.ofSeconds(8), null, ZoneOffset.UTC);
        List<JobRef> jobs = List.of(SessionTestKit.greenhouseJob(1), SessionTestKit.greenhouseJob(2),
                new JobRef("Beta", "Engineer", "b-1", "https://jobs.lever.co/beta/5e0b4e10-0000-4000-8000-000000000001"));
        SessionCreated created = kit.runOnce(profile, jobs);
        String runId = created.run().sessionRunId();
        coordinator(settings).start(runId);

        ManualDelayer.Waiting deferred = delayer.next();
        assertEquals(Duration.ofSeconds(8), deferred.delay());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (engine.requests.size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        List<Application> apps = created.applications();
        assertEquals(List.of(apps.get(0).jobUrl(), apps.get(2).jobUrl()),
                engine.requests.stream().map(r -> r.job().uri().toString()).toList(),
                "the second Greenhouse job waits; the Lever job goes first");
        deferred.action().run();
        assertTrue(coordinator.awaitRun(runId, WAIT));
        assertEquals(apps.get(1).jobUrl(), engine.requests.get(2).job().uri().toString());
    }

    @Test
    void recoveryCompletesARunLeftInProgressWithNothingToDo() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(2));
        String runId = created.run().sessionRunId();
        // The process died after the last outcome and before the run was completed.
        kit.db.jdbi().useExtension(ApplicationDao.class, dao -> created.applications().forEach(a ->
                dao.transition(a.applicationId(), "QUEUED", "SUCCESS", kit.clock.instant())));

        coordinator(BASE).recoverInterrupted();

        SessionRun run = kit.db.jdbi().withExtension(RunDao.class, dao -> dao.find(runId)).orElseThrow();
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals(new RunStats(2, 2, 2, 0), run.stats());
    }
}
