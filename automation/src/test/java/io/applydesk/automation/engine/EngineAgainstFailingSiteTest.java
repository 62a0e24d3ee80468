package io.applydesk.automation.engine;

import io.applydesk.automation.evidence.EvidenceRecorder;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine against practice jobs switched into failure states, in real headless Chromium: what it
 * reports when the site refuses, breaks, never answers or has closed the posting, and what the site
 * really received.
 */
class EngineAgainstFailingSiteTest extends PracticeEngineTest {
    /** The job every test applies to: a complete application for it is accepted when no failure is on. */
    private static final String JOB_ID = GreenhouseJobs.BACKEND_ENGINEER.jobId();

    /** A short wait for the verdict: some tests wait for one that never comes. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(5);
    }

    private ApplyOutcome applyWith(PracticeFailure failure, PracticeFixture.RecordingListener listener, Path evidenceDir) {
        practice.ats.setFailure(JOB_ID, failure);
        PracticeJob job = practice.job(JOB_ID);
        return engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);
    }

    @Test
    void aRefusedApplicationFailsWithThePagesOwnErrorsAndNothingIsRecorded(@TempDir Path evidenceDir) throws IOException {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = applyWith(PracticeFailure.REJECTED, listener, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertEquals(AtsType.GREENHOUSE, outcome.atsType());
        assertTrue(outcome.errorMessage().contains("There was a problem with your application"), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("Email: " + GreenhouseReplica.ALREADY_APPLIED_MESSAGE),
                outcome.errorMessage());
        assertNull(outcome.confirmationUrl());
        assertEquals(1, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.submissionsFor(JOB_ID));
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the site received and refused exactly one POST");
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.FAILURE)) > 0, "a screenshot of the refusal");
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.TRACE)) > 0, "a Playwright trace on failure");
        assertFalse(outcome.answers().isEmpty(), "what was filled is kept");
    }

    /**
     * A 500 page after the submit click is ambiguous: the server may have stored the application before
     * it broke. The engine saw the HTTP status of the submit, so it truthfully reports UNCONFIRMED with
     * the server error (never FAILED, which would be retried and could apply twice).
     */
    @Test
    void aServerErrorAfterSubmitIsUnconfirmedBecauseTheApplicationMayHaveBeenStored(@TempDir Path evidenceDir)
            throws IOException {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = applyWith(PracticeFailure.SERVER_ERROR, listener, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().startsWith("The job site answered with a server error (HTTP 500) after submit;"),
                outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("Check with the employer"), outcome.errorMessage());
        assertEquals(1, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.submissionsFor(JOB_ID), "this replica's server error stores nothing");
        assertEquals(0, practice.ats.rejectedSubmissionCount());
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.FAILURE)) > 0);
    }

    @Test
    void aSubmitWithoutAnyVerdictIsUnconfirmedAndTheSiteDidReceiveIt(@TempDir Path evidenceDir) throws IOException {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = applyWith(PracticeFailure.NO_CONFIRMATION, listener, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.WORKER_TIMEOUT, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("neither a confirmation nor an error"), outcome.errorMessage());
        assertNull(outcome.confirmationUrl());
        assertEquals(1, listener.beforeSubmitCalls);
        // Why UNCONFIRMED must never be retried: the application was sent although no page said so.
        List<RecordedSubmission> received = practice.submissionsFor(JOB_ID);
        assertEquals(1, received.size());
        assertEquals("jordan.rivera@example.com", received.get(0).field("job_application[email]"));
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.FAILURE)) > 0);
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.TRACE)) > 0);
    }

    @Test
    void aClosedPostingFailsSayingItIsNoLongerOpenAndSubmitsNothing(@TempDir Path evidenceDir) throws IOException {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = applyWith(PracticeFailure.CLOSED, listener, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.GREENHOUSE, outcome.atsType());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode(), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("no longer open"), outcome.errorMessage());
        assertTrue(listener.lines.contains(outcome.errorMessage()), "the candidate sees it live too");
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.ats.submissions());
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.FAILURE)) > 0, "a screenshot of the notice");
    }

    @Test
    void aSiteDownForMaintenanceFailsTransientlyAndSubmitsNothing(@TempDir Path evidenceDir) {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = applyWith(PracticeFailure.UNAVAILABLE, listener, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.transientFailure(), "the run coordinator may try again");
        assertTrue(outcome.errorMessage().contains("not answering right now (HTTP 503"), outcome.errorMessage());
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.ats.submissions());
    }
}
