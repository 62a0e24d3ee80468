package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.ashby.AshbyJob;
import io.applydesk.automation.sandbox.ashby.AshbyJobs;
import io.applydesk.automation.sandbox.ashby.AshbyReplica;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine against the Ashby replica in real headless Chromium: the form appears only after hydration,
 * the location must be picked from suggestions, the resume goes through an upload handle, and the verdict
 * replaces the form at the same URL.
 */
class AshbyEngineTest extends PracticeEngineTest {
    /** As the answer engine writes it for the field's "1-415-555-1234..." placeholder. */
    private static final String PHONE = "(512) 555-0147";
    private static final String LINKEDIN = "https://www.linkedin.com/in/jordan-rivera-demo";
    private static final String COVER_LETTER = "I build dependable Java services and enjoy working with the people "
            + "who run them. I would like to bring that care to your team.";

    @Test
    void javaEngineerSendsPickedLocationYesNoAndDropdown(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(AshbyJobs.JAVA_ENGINEER, evidenceDir);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(AshbyJobs.NAME, List.of("Jordan Rivera"));
        expected.put(AshbyJobs.EMAIL, List.of("jordan.rivera@example.com"));
        expected.put(AshbyJobs.PHONE, List.of(PHONE));
        expected.put(AshbyJobs.LOCATION, List.of("Austin, Texas, United States"));
        expected.put("0f5a3c1e-2b44-4d6e-8a71-93c2d4e5f601", List.of(LINKEDIN));
        expected.put("1a6b4d2f-3c55-4e7f-9b82-a4d3e5f60702", List.of("true"));
        expected.put("2b7c5e30-4d66-4f80-8c93-b5e4f6071803", List.of("false"));
        expected.put("3c8d6f41-5e77-4091-9da4-c6f507182904", List.of("LinkedIn"));
        assertEquals(expected, submission.fields());
    }

    @Test
    void paymentsEngineerSendsCoverLetterRadioAndCheckboxesFromTheAnswerBank(@TempDir Path evidenceDir)
            throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(AshbyJobs.PAYMENTS_ENGINEER, evidenceDir);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(AshbyJobs.NAME, List.of("Jordan Rivera"));
        expected.put(AshbyJobs.EMAIL, List.of("jordan.rivera@example.com"));
        expected.put(AshbyJobs.PHONE, List.of(PHONE));
        expected.put(AshbyJobs.LOCATION, List.of("Austin, Texas, United States"));
        expected.put("4d9e7052-6f88-41a2-8eb5-d7061829300a", List.of("https://github.com/jordan-rivera-demo"));
        expected.put("5eaf8163-7099-42b3-9fc6-e8172930411b", List.of(COVER_LETTER));
        expected.put("6fb09274-81aa-43c4-a0d7-f9283a41522c", List.of("LinkedIn"));
        expected.put("70c1a385-92bb-44d5-b1e8-0a394b52633d", List.of("Berlin", "Remote within the EU"));
        assertEquals(expected, submission.fields());
    }

    @Test
    void aLinkToTheOverviewTabIsFollowedToTheApplicationTab(@TempDir Path evidenceDir) {
        AshbyJob posted = AshbyJobs.JAVA_ENGINEER;
        String overview = practice.ats.baseUrl() + AshbyReplica.PREFIX + posted.path();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(overview, ApplyMode.REVIEW, evidenceDir), listener);

        assertEquals(ApplicationStatus.AWAITING_REVIEW, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.ASHBY, outcome.atsType());
        assertTrue(outcome.answers().stream().anyMatch(a -> a.fieldName().equals(AshbyJobs.LOCATION)
                && a.answer().equals("Austin, Texas, United States")), () -> outcome.answers().toString());
    }

    @Test
    void aRecaptchaScoreFailureIsReportedAsBlocked(@TempDir Path evidenceDir) {
        ApplyOutcome outcome = applyWith(PracticeFailure.CAPTCHA, evidenceDir);
        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("RECAPTCHA_SCORE_BELOW_THRESHOLD"), outcome.errorMessage());
    }

    @Test
    void alreadyAppliedIsSkippedAsADuplicate(@TempDir Path evidenceDir) {
        ApplyOutcome outcome = applyWith(PracticeFailure.ALREADY_APPLIED, evidenceDir);
        assertEquals(ApplicationStatus.SKIPPED, outcome.status());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("already applied"), outcome.errorMessage());
    }

    @Test
    void aRefusedSubmissionFailsWithTheSitesMessage(@TempDir Path evidenceDir) {
        ApplyOutcome outcome = applyWith(PracticeFailure.REJECTED, evidenceDir);
        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("We couldn\u2019t submit your application"), outcome.errorMessage());
    }

    /** Applies to the Java engineer job in the given failure state; nothing may be recorded. */
    private ApplyOutcome applyWith(PracticeFailure failure, Path evidenceDir) {
        AshbyJob job = AshbyJobs.JAVA_ENGINEER;
        practice.ats.setFailure(job.jobId(), failure);
        int before = practice.submissionsFor(job.jobId()).size();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(practice.job(job.jobId()).url(), ApplyMode.SUBMIT,
                evidenceDir), listener);
        assertEquals(AtsType.ASHBY, outcome.atsType(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(1, listener.beforeSubmitCalls);
        assertEquals(before, practice.submissionsFor(job.jobId()).size());
        return outcome;
    }

    private RecordedSubmission applyAndGetSubmission(AshbyJob posted, Path evidenceDir) throws IOException {
        PracticeJob job = practice.job(posted.jobId());
        int before = practice.submissionsFor(job.jobId()).size();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.ASHBY, outcome.atsType());
        assertEquals(job.url(), outcome.confirmationUrl(), "Ashby confirms at the same URL");
        assertEquals(posted.title(), listener.seenTitle);
        assertEquals(posted.companyName(), listener.seenCompany);
        List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
        assertEquals(before + 1, received.size());
        RecordedSubmission submission = received.get(received.size() - 1);
        UploadedFile resume = submission.file(AshbyJobs.RESUME);
        assertArrayEquals(Files.readAllBytes(practice.resume), resume.bytes());
        assertEquals("demo-candidate-resume.pdf", resume.fileName());
        assertTrue(Files.size(outcome.evidence().confirmationScreenshot()) > 0);
        return submission;
    }
}
