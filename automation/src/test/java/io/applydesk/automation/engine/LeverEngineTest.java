package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.lever.LeverJob;
import io.applydesk.automation.sandbox.lever.LeverJobs;
import io.applydesk.automation.sandbox.lever.LeverReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the Lever replica in real headless Chromium: every field the server received for each
 * Lever job (the candidate's values, not the resume parser's guesses), the parsed resume's bytes, and
 * what it reports when the site blocks, refuses, says "already applied" or has closed the posting.
 */
class LeverEngineTest extends PracticeEngineTest {
    private static final String DECLINE = "Decline to self-identify";

    /** A short wait for the verdict: some tests wait for one that never comes. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(5);
    }

    private ApplyOutcome apply(LeverJob job, Path evidenceDir) {
        PracticeJob practiceJob = practice.job(job.postingId());
        return engine.apply(practice.request(practiceJob.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private RecordedSubmission onlySubmission(LeverJob job) {
        List<RecordedSubmission> received = practice.submissionsFor(job.postingId());
        assertEquals(1, received.size());
        return received.get(0);
    }

    /** Contact fields, links, resume and hidden fields every Lever job receives from the demo candidate. */
    private void assertStandardFields(RecordedSubmission sent) throws Exception {
        assertEquals("Jordan Rivera", sent.field("name"), "the profile wins over the parser's guess");
        assertEquals("jordan.rivera@example.com", sent.field("email"));
        assertEquals("+1 5125550147", sent.field("phone"));
        assertEquals("Bluebonnet Analytics", sent.field("org"));
        assertEquals("Austin, TX, United States", sent.field("location"));
        Map<?, ?> place = Json.mapper().readValue(sent.field("selectedLocation"), Map.class);
        assertEquals("Austin, TX, United States", place.get("name"), "the autocomplete suggestion was picked");
        assertEquals("https://www.linkedin.com/in/jordan-rivera-demo", sent.field("urls[LinkedIn]"));
        assertEquals("https://github.com/jordan-rivera-demo", sent.field("urls[GitHub]"));
        assertEquals("", sent.field("urls[Portfolio]"));
        assertEquals("https://jordanrivera.example.com", sent.field("urls[Other]"));
        assertEquals("", sent.field("comments"));
        assertEquals("true", sent.field("consent[store]"));
        assertNull(sent.field("consent[marketing]"), "marketing consent is never ticked");
        assertTrue(sent.field("h-captcha-response").startsWith("P1_practice."), sent.field("h-captcha-response"));
        assertTrue(!sent.field("timezone").isEmpty());
        assertTrue(sent.field("resumeStorageId").matches("[0-9a-f-]{36}"), sent.field("resumeStorageId"));
        assertEquals("demo-candidate-resume.pdf", sent.file("resume").fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), sent.file("resume").bytes());
    }

    @Test
    void appliesToTheJavaEngineerJobWithRadiosDropdownTextAndEeo(@TempDir Path evidenceDir) throws Exception {
        LeverJob job = LeverJobs.JAVA_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.LEVER, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith(job.path() + "/thanks"), outcome.confirmationUrl());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        String card = "cards[" + job.cards().get(0).id() + "]";
        assertEquals("Yes", sent.field(card + "[field0]"));
        assertEquals("No", sent.field(card + "[field1]"));
        assertEquals("LinkedIn", sent.field(card + "[field2]"));
        assertEquals("135000 USD", sent.field(card + "[field3]"));
        Map<?, ?> template = Json.mapper().readValue(sent.field(card + "[baseTemplate]"), Map.class);
        assertEquals(job.cards().get(0).id(), template.get("id"));
        assertEquals(4, ((List<?>) template.get("fields")).size());
        assertEquals(DECLINE, sent.field("eeo[gender]"));
        assertEquals(DECLINE, sent.field("eeo[race]"));
        assertEquals("I am not a protected veteran", sent.field("eeo[veteran]"));
        assertEquals(DECLINE, sent.field("eeo[disability]"));
    }

    @Test
    void appliesToTheReliabilityJobWithCheckboxesTextareaAndOptionalCard(@TempDir Path evidenceDir) throws Exception {
        LeverJob job = LeverJobs.RELIABILITY_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        String about = "cards[" + job.cards().get(0).id() + "]";
        assertEquals(List.of("Berlin", "Remote within the EU"), sent.fields().get(about + "[field0]"));
        assertEquals("2 weeks", sent.field(about + "[field1]"));
        String optional = "cards[" + job.cards().get(1).id() + "]";
        assertEquals("Yes", sent.field(optional + "[field0]"));
        assertEquals("they/them", sent.field(optional + "[field1]"));
        assertNull(sent.field("eeo[gender]"), "this job has no EEO survey");
    }

    @Test
    void fromThePostingPageTheEngineFollowsApplyToTheForm(@TempDir Path evidenceDir) {
        LeverJob job = LeverJobs.RELIABILITY_ENGINEER;
        String postingUrl = practice.ats.baseUrl() + LeverReplica.PREFIX + job.path();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(postingUrl, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(job.title(), listener.seenTitle);
        assertEquals(job.companyName(), listener.seenCompany);
        assertEquals(1, practice.submissionsFor(job.postingId()).size());
    }

    @Test
    void aSubmitWithoutConfirmationIsUnconfirmedAndTheSiteDidReceiveIt(@TempDir Path evidenceDir) {
        practice.ats.setFailure(LeverJobs.JAVA_ENGINEER.postingId(), PracticeFailure.NO_CONFIRMATION);
        ApplyOutcome outcome = apply(LeverJobs.JAVA_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals("Jordan Rivera", onlySubmission(LeverJobs.JAVA_ENGINEER).field("name"));
    }

    @Test
    void anHCaptchaChallengeIsReportedAsBlockedAndNothingIsPosted(@TempDir Path evidenceDir) {
        practice.ats.setFailure(LeverJobs.JAVA_ENGINEER.postingId(), PracticeFailure.CAPTCHA);
        ApplyOutcome outcome = apply(LeverJobs.JAVA_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(0, practice.ats.rejectedSubmissionCount(), "the form was never posted");
    }

    @Test
    void alreadyAppliedIsSkippedAsADuplicate(@TempDir Path evidenceDir) {
        practice.ats.setFailure(LeverJobs.JAVA_ENGINEER.postingId(), PracticeFailure.ALREADY_APPLIED);
        ApplyOutcome outcome = apply(LeverJobs.JAVA_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.SKIPPED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains(LeverReplica.ALREADY_RECEIVED_MESSAGE), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void aRefusedApplicationFailsWithTheSitesMessage(@TempDir Path evidenceDir) {
        practice.ats.setFailure(LeverJobs.RELIABILITY_ENGINEER.postingId(), PracticeFailure.REJECTED);
        ApplyOutcome outcome = apply(LeverJobs.RELIABILITY_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.FORM_FILL_FAILED, outcome.errorCode());
        assertTrue(outcome.errorMessage().contains(LeverReplica.REJECTED_MESSAGE), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void aClosedPostingFailsWithoutSubmitting(@TempDir Path evidenceDir) {
        practice.ats.setFailure(LeverJobs.RELIABILITY_ENGINEER.postingId(), PracticeFailure.CLOSED);
        ApplyOutcome outcome = apply(LeverJobs.RELIABILITY_ENGINEER, evidenceDir);

        assertEquals(ApplicationStatus.FAILED, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("no longer open"), outcome.errorMessage());
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(0, practice.ats.rejectedSubmissionCount());
    }
}
