package io.applydesk.core.run;

import static io.applydesk.core.session.SessionTestKit.greenhouseJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.run.store.ClaimedApplication;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-table state changes on a real H2 database with the real migrations. */
class RunStateDaoTest {
    static final RunLimits DEFAULT_LIMITS = new RunLimits(RunSettings.defaults(java.time.ZoneOffset.UTC));
    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private RunStateDao dao;
    private SessionCreated created;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        dao = kit.db.jdbi().onDemand(RunStateDao.class);
        created = kit.runOnce(kit.completeProfile("dana@example.com"), greenhouseJobs(2));
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void claimTakesAQueuedApplicationOnceAndOpensAnAttempt() {
        String id = created.applications().get(0).applicationId();
        Optional<ClaimedApplication> claimed = dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken();

        assertTrue(claimed.isPresent());
        assertEquals(ApplicationStatus.PROCESSING, claimed.get().application().status());
        assertEquals(List.of(new Attempt(1, "processing", kit.clock.instant())), claimed.get().application().attempts());
        assertEquals(AtsType.GREENHOUSE, claimed.get().job().atsType());
        assertEquals("https://boards.greenhouse.io/acme/jobs/1001", claimed.get().job().uri().toString());
        assertEquals(created.applications().get(0).jobKey(), claimed.get().job().canonicalKey());
        assertFalse(dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().isPresent(), "a PROCESSING application is not claimed twice");
    }

    @Test
    void claimIsRefusedWhileTheSessionIsPausedOrStopped() {
        String sessionId = created.session().sessionId();
        String id = created.applications().get(0).applicationId();
        kit.sessions.pause(sessionId);
        assertFalse(dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().isPresent());
        kit.sessions.resume(sessionId);
        kit.sessions.stop(sessionId);
        assertFalse(dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().isPresent());
        assertEquals(ApplicationStatus.CANCELLED, kit.applications.get(id).status());
    }

    @Test
    void outcomeRoundTripsThroughTheJsonColumns() {
        String id = created.applications().get(0).applicationId();
        ClaimedApplication claimed = dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow();
        kit.clock.advance(Duration.ofSeconds(40));
        Path dir = kit.dirs.evidence().resolve(id);
        ApplyOutcome outcome = new ApplyOutcome(ApplicationStatus.NEEDS_INPUT, AtsType.GREENHOUSE, null, null, null,
                List.of(new AnsweredQuestion("LinkedIn profile", "question_1", "https://linkedin.com/in/dana",
                        Provenance.answerBank("linkedin profile"))),
                List.of(new PendingQuestion("Salary expectation", "text", List.of(), true)),
                new Evidence(dir, dir.resolve("filled.png"), null, dir.resolve("answers.json"),
                        dir.resolve("page.html"), "5e88"));

        Application stored = dao.recordOutcome(id, claimed.attempt(), outcome, kit.clock.instant()).orElseThrow();

        assertEquals(outcome.answers(), stored.questionsAndAnswers());
        assertEquals(outcome.pendingQuestions(), stored.pendingQuestions());
        assertEquals(outcome.evidence(), stored.evidence());
        assertEquals(List.of(new Attempt(1, "needs_input", kit.clock.instant())), stored.attempts());
        assertEquals(kit.clock.instant(), stored.updatedAt());
        assertEquals(stored, kit.applications.get(id));
        assertFalse(dao.recordOutcome(id, claimed.attempt(), outcome, kit.clock.instant()).isPresent(),
                "only a PROCESSING application takes an outcome");
    }

    @Test
    void aSecondClaimAfterARequeueIsAttemptTwo() {
        String id = created.applications().get(0).applicationId();
        dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow();
        kit.db.jdbi().useExtension(ApplicationDao.class,
                d -> d.transition(id, "PROCESSING", "QUEUED", kit.clock.instant()));
        assertEquals(2, dao.claim(id, kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow().attempt());
    }

    @Test
    void runCompletesOnlyWhenNothingIsQueuedOrProcessing() {
        String runId = created.run().sessionRunId();
        for (Application app : created.applications()) {
            assertFalse(dao.completeRunIfDone(runId, kit.clock.instant()));
            ClaimedApplication claimed = dao.claim(app.applicationId(), kit.clock.instant(), DEFAULT_LIMITS).taken().orElseThrow();
            assertFalse(dao.completeRunIfDone(runId, kit.clock.instant()));
            dao.recordOutcome(app.applicationId(), claimed.attempt(),
                    ApplyOutcome.failed(AtsType.GREENHOUSE, io.applydesk.core.error.ErrorCode.ATS_BLOCKED, "captcha",
                            null), kit.clock.instant());
        }
        assertTrue(dao.completeRunIfDone(runId, kit.clock.instant()));
        assertFalse(dao.completeRunIfDone(runId, kit.clock.instant()), "completed once");
        assertTrue(dao.isSettled(runId));
        assertEquals(RunStatus.COMPLETED, dao.runs().find(runId).orElseThrow().status());
    }
}
