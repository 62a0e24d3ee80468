package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.workable.WorkableJob;
import io.applydesk.automation.sandbox.workable.WorkableJobs;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the Workable replica in real headless Chromium: everything the server received for each
 * job (the candidate's values, not the CV parser's guesses), the resume's bytes, and what it reports when the
 * site challenges the browser, refuses, says "already applied", errors, never answers or has closed the job.
 */
class WorkableEngineTest extends PracticeEngineTest {

    /** A short wait for the verdict: some tests wait for one that never comes. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(4);
    }

    private ApplyOutcome apply(WorkableJob job, Path evidenceDir) {
        PracticeJob practiceJob = practice.job(job.shortcode());
        return engine.apply(practice.request(practiceJob.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private RecordedSubmission onlySubmission(WorkableJob job) {
        List<RecordedSubmission> received = practice.submissionsFor(job.shortcode());
        assertEquals(1, received.size());
        return received.get(0);
    }

    /** The standard fields and resume every Workable job receives from the demo candidate. */
    private void assertStandardFields(RecordedSubmission sent) throws Exception {
        assertEquals("Jordan", sent.field("firstname"), "the profile wins over the parser's JORDAN");
        assertEquals("Rivera", sent.field("lastname"));
        assertEquals("jordan.rivera@example.com", sent.field("email"));
        assertEquals("", sent.field("headline"), "no headline in the profile, none invented");
        assertEquals("+15125550147", sent.field("phone"));
        assertEquals("2100 Lakeshore Blvd, Apt 4", sent.field("address"));
        assertEquals("", sent.field("summary"));
        assertTrue(sent.field("cover_letter").startsWith("I build dependable Java services"), sent.field("cover_letter"));
        assertTrue(sent.field("resume").matches("[0-9a-f]{32}"), sent.field("resume"));
        assertEquals("demo-candidate-resume.pdf", sent.file("resume").fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), sent.file("resume").bytes());
    }

    @Test
    void appliesToTheBackendJobWithYesNoQuestionsAndACustomAttribute(@TempDir Path evidenceDir) throws Exception {
        WorkableJob job = WorkableJobs.BACKEND_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.WORKABLE, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith(job.path() + "/apply/"), outcome.confirmationUrl());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        assertEquals("true", sent.field("QA_6130201"));
        assertEquals("false", sent.field("QA_6130202"));
        assertEquals("135000 USD", sent.field("QA_6130203"));
        assertEquals("https://www.linkedin.com/in/jordan-rivera-demo", sent.field("CA_41001"));
        assertEquals(13, sent.fields().size(), sent.fields().toString());
    }

    @Test
    void appliesToTheReliabilityJobWithParagraphCheckboxesAndRadios(@TempDir Path evidenceDir) throws Exception {
        WorkableJob job = WorkableJobs.RELIABILITY_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        assertEquals("6", sent.field("QA_7240101"));
        assertEquals(List.of("Berlin", "Remote within the EU"), sent.fields().get("QA_7240102"));
        assertEquals("LinkedIn", sent.field("QA_7240103"));
        assertEquals("true", sent.field("QA_7240104"));
    }

    @Test
    void fromThePostingPageTheEngineFollowsApplyToTheForm(@TempDir Path evidenceDir) {
        WorkableJob job = WorkableJobs.RELIABILITY_ENGINEER;
        String postingUrl = practice.ats.baseUrl() + WorkableReplica.PREFIX + job.path() + "/";
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(postingUrl, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(job.title(), listener.seenTitle);
        assertEquals(job.companyName(), listener.seenCompany);
        assertEquals(1, practice.submissionsFor(job.shortcode()).size());
    }

    @Test
    void aCloudflareChallengeIsReportedAsBlocked(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.BACKEND_ENGINEER.shortcode(), PracticeFailure.CAPTCHA);
        ApplyOutcome outcome = apply(WorkableJobs.BACKEND_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("Cloudflare"), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void alreadyAppliedIsSkippedAsADuplicate(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.BACKEND_ENGINEER.shortcode(), PracticeFailure.ALREADY_APPLIED);
        ApplyOutcome outcome = apply(WorkableJobs.BACKEND_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.SKIPPED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains(WorkableReplica.ALREADY_APPLIED_MESSAGE), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void aRefusedApplicationFailsWithTheSitesMessages(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.RELIABILITY_ENGINEER.shortcode(), PracticeFailure.REJECTED);
        ApplyOutcome outcome = apply(WorkableJobs.RELIABILITY_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains(WorkableReplica.REJECTED_MESSAGE), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("Email: " + WorkableReplica.REJECTED_EMAIL_MESSAGE),
                outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void aServerErrorIsUnconfirmedAndNothingWasStored(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.BACKEND_ENGINEER.shortcode(), PracticeFailure.SERVER_ERROR);
        ApplyOutcome outcome = apply(WorkableJobs.BACKEND_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains("server error (HTTP 500)"), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(0, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void aSubmitWithoutConfirmationIsUnconfirmedAndTheSiteDidReceiveIt(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.BACKEND_ENGINEER.shortcode(), PracticeFailure.NO_CONFIRMATION);
        ApplyOutcome outcome = apply(WorkableJobs.BACKEND_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals("Jordan", onlySubmission(WorkableJobs.BACKEND_ENGINEER).field("firstname"));
    }

    @Test
    void aClosedJobFailsWithoutSubmitting(@TempDir Path evidenceDir) {
        practice.ats.setFailure(WorkableJobs.RELIABILITY_ENGINEER.shortcode(), PracticeFailure.CLOSED);
        ApplyOutcome outcome = apply(WorkableJobs.RELIABILITY_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("no longer open"), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(0, practice.ats.rejectedSubmissionCount());
    }
}
