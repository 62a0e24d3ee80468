package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headless engine when the job site is slow or breaks (a new Greenhouse job): a page that does not load
 * in time, a submit the site answers too late or with a server error, and no hand-off without a window.
 */
class SlowSiteEngineTest extends PracticeEngineTest {
    private static final String JOB_ID = GreenhouseNewJobs.JAVA_ENGINEER.jobId();
    /** Longer than both of this class's engine timeouts. */
    private static final Duration SLOW_DELAY = Duration.ofSeconds(8);

    /** Would solve the captcha if the engine ever handed off: it must not when headless. */
    private final AtomicInteger standInCalls = new AtomicInteger();

    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(3);
    }

    @Override
    protected EngineSettings engineSettings(EngineSettings headless) {
        return headless.withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(5), confirmationTimeout())
                .withHandOff(Duration.ofSeconds(30), (page, instruction) -> standInCalls.incrementAndGet());
    }

    private ApplyOutcome apply(PracticeFixture.RecordingListener listener, Path evidenceDir) {
        practice.ats.setSlowDelay(SLOW_DELAY);
        return engine.apply(practice.request(practice.job(JOB_ID).url(), ApplyMode.SUBMIT, evidenceDir), listener);
    }

    @Test
    void aPageThatDoesNotLoadInTimeFailsWithWorkerTimeoutAndNothingIsSubmitted(@TempDir Path evidenceDir) {
        practice.ats.setFailure(JOB_ID, PracticeFailure.SLOW);
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(listener, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.WORKER_TIMEOUT, outcome.errorCode());
        assertEquals(AtsType.GREENHOUSE, outcome.atsType());
        assertEquals("The job site did not answer within 4 seconds; nothing was submitted. You can retry it later.",
                outcome.errorMessage());
        assertTrue(listener.lines.contains(outcome.errorMessage()), "the candidate sees it live too");
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.submissionsFor(JOB_ID));
    }

    /** The site turns slow at the submit click: it stores the application but answers after the engine gave up. */
    @Test
    void aSubmitAnsweredTooLateIsUnconfirmedSayingTheSiteDidNotAnswerInTime(@TempDir Path evidenceDir) {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener() {
            @Override
            public void beforeSubmit() {
                super.beforeSubmit();
                practice.ats.setFailure(JOB_ID, PracticeFailure.SLOW);
            }
        };

        ApplyOutcome outcome = apply(listener, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.WORKER_TIMEOUT, outcome.errorCode());
        assertEquals("ApplyDesk clicked submit but the job site did not answer within 3 seconds; it may or may not"
                + " have received the application. Check with the employer before applying again.", outcome.errorMessage());
        assertEquals(1, listener.beforeSubmitCalls);
        assertEquals(1, practice.submissionsFor(JOB_ID).size(), "the site did receive it: why it is never retried");
    }

    /** The page shows the 500 as "Something went wrong"; the engine saw the HTTP status and says what it means. */
    @Test
    void aServerErrorAnsweringTheSubmitIsUnconfirmedAndSaysSo(@TempDir Path evidenceDir) {
        practice.ats.setFailure(JOB_ID, PracticeFailure.SERVER_ERROR);
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(listener, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertEquals("The job site answered with a server error (HTTP 500) after submit; it may or may not have"
                + " received the application. Check with the employer before applying again.", outcome.errorMessage());
        assertEquals(List.of(), practice.submissionsFor(JOB_ID));
    }

    @Test
    void withoutAWindowACaptchaIsNotHandedOffAndEndsBlocked(@TempDir Path evidenceDir) {
        practice.ats.setFailure(JOB_ID, PracticeFailure.CAPTCHA);
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(listener, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertEquals(List.of(), listener.candidateNeeded);
        assertEquals(0, standInCalls.get());
        assertEquals(List.of(), practice.submissionsFor(JOB_ID));
    }
}
