package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on the new Greenhouse form replica in real headless Chromium, checked against what the replica received. */
class GreenhouseNewEngineTest extends PracticeEngineTest {
    /** A short wait for the verdict: some tests wait for one that never comes. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(10);
    }

    private ApplyOutcome apply(String jobId, Path evidenceDir) {
        return engine.apply(practice.request(practice.job(jobId).url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    @Test
    void javaEngineerReceivesEveryStandardCustomAndDemographicAnswer(@TempDir Path evidenceDir) throws Exception {
        String jobId = GreenhouseNewJobs.JAVA_ENGINEER.jobId();
        ApplyOutcome outcome = apply(jobId, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().endsWith("/harborline/jobs/4781203/confirmation"), outcome.confirmationUrl());
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size());
        assertEquals(Map.ofEntries(
                Map.entry("first_name", List.of("Jordan")),
                Map.entry("last_name", List.of("Rivera")),
                Map.entry("preferred_name", List.of("Jordan")),
                Map.entry("email", List.of("jordan.rivera@example.com")),
                Map.entry("country", List.of("United States")),
                Map.entry("phone", List.of("+15125550147")),
                Map.entry("question_8120001", List.of("https://www.linkedin.com/in/jordan-rivera-demo")),
                Map.entry("question_8120002", List.of("LinkedIn")),
                Map.entry("question_8120003", List.of("Yes")),
                Map.entry("question_8120004", List.of("No")),
                Map.entry("4005628101", List.of(GreenhouseNewJobs.DECLINE)),
                Map.entry("4005628102", List.of(GreenhouseNewJobs.DECLINE)),
                Map.entry("4005628103", List.of(GreenhouseNewJobs.NOT_A_PROTECTED_VETERAN)),
                Map.entry("4005628104", List.of("I do not want to answer"))), received.get(0).fields());
        assertArrayEquals(Files.readAllBytes(practice.resume), received.get(0).file("resume").bytes());
        assertEquals(practice.resume.getFileName().toString(), received.get(0).file("resume").fileName());
    }

    @Test
    void siteReliabilityEngineerReceivesMultiSelectAndCheckboxesAndNothingUnanswered(@TempDir Path evidenceDir)
            throws Exception {
        String jobId = GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId();
        ApplyOutcome outcome = apply(jobId, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size());
        // The on-call rotations question is optional and nobody answered it: it is not sent.
        assertEquals(Map.ofEntries(
                Map.entry("first_name", List.of("Jordan")),
                Map.entry("last_name", List.of("Rivera")),
                Map.entry("preferred_name", List.of("Jordan")),
                Map.entry("email", List.of("jordan.rivera@example.com")),
                Map.entry("country", List.of("United States")),
                Map.entry("phone", List.of("+15125550147")),
                Map.entry("question_9230001", List.of("https://github.com/jordan-rivera-demo")),
                Map.entry("question_9230002", List.of("https://jordanrivera.example.com")),
                Map.entry("question_9230003", List.of("Berlin", "Remote within the EU")),
                Map.entry("question_9230004", List.of("1")),
                Map.entry("4005639201", List.of(GreenhouseNewJobs.DECLINE)),
                Map.entry("4005639202", List.of(GreenhouseNewJobs.DECLINE))), received.get(0).fields());
        assertArrayEquals(Files.readAllBytes(practice.resume), received.get(0).file("resume").bytes());
    }

    @Test
    void aRefusedApplicationFailsWithTheFieldErrorAndNothingIsRecorded(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.JAVA_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.REJECTED);
        int rejectedBefore = practice.ats.rejectedSubmissionCount();

        ApplyOutcome outcome = apply(jobId, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("Email: " + GreenhouseNewReplica.REJECTED_MESSAGE), outcome.errorMessage());
        assertEquals(List.of(), practice.submissionsFor(jobId));
        assertEquals(rejectedBefore + 1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void theEmailedSecurityCodeStepNeedsTheCandidateAndNothingIsGuessed(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.SECURITY_CODE);

        ApplyOutcome outcome = apply(jobId, evidenceDir);

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertEquals(1, outcome.pendingQuestions().size());
        assertEquals("Security code sent to jordan.rivera@example.com", outcome.pendingQuestions().get(0).label());
        assertEquals(List.of(), practice.submissionsFor(jobId));
    }

    @Test
    void aFailedCaptchaIsReportedAsBlockedAndADuplicateAsSkipped(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.JAVA_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        ApplyOutcome blocked = apply(jobId, evidenceDir.resolve("captcha"));
        assertEquals(ApplicationStatus.FAILED, blocked.status(), blocked.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, blocked.errorCode());

        practice.ats.setFailure(jobId, PracticeFailure.ALREADY_APPLIED);
        ApplyOutcome duplicate = apply(jobId, evidenceDir.resolve("duplicate"));
        assertEquals(ApplicationStatus.SKIPPED, duplicate.status(), duplicate.errorMessage());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, duplicate.errorCode());
        assertTrue(duplicate.errorMessage().contains(GreenhouseNewReplica.ALREADY_APPLIED_MESSAGE), duplicate.errorMessage());
        assertEquals(List.of(), practice.submissionsFor(jobId));
    }
}
