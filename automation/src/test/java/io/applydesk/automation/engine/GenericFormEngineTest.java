package io.applydesk.automation.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.employer.EmployerJob;
import io.applydesk.automation.sandbox.employer.EmployerJobs;
import io.applydesk.automation.sandbox.employer.EmployerSiteReplica;
import io.applydesk.automation.sandbox.lever.LeverJobs;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on employers' own careers forms (no ATS) in real headless Chromium: what each form
 * received from the demo candidate, that only a recognised confirmation counts as SUCCESS (an ambiguous
 * answer is UNCONFIRMED), a page without a form, a missing required answer, and that pages of known ATSs
 * still go to their own adapters (the failure states are rows of {@link FailureStatesEngineTest}).
 */
class GenericFormEngineTest extends PracticeEngineTest {

    /** A short wait for the verdict: a site that never answers should not hold the test up. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(5);
    }

    private ApplyOutcome apply(EmployerJob job, Path evidenceDir) {
        return apply(job, evidenceDir, new PracticeFixture.RecordingListener());
    }

    private ApplyOutcome apply(EmployerJob job, Path evidenceDir, PracticeFixture.RecordingListener listener) {
        PracticeJob practiceJob = practice.job(job.jobSlug());
        return engine.apply(practice.request(practiceJob.url(), ApplyMode.SUBMIT, evidenceDir), listener);
    }

    private RecordedSubmission onlySubmission(EmployerJob job) {
        List<RecordedSubmission> received = practice.submissionsFor(job.jobSlug());
        assertEquals(1, received.size());
        return received.get(0);
    }

    private void assertResume(RecordedSubmission sent, String field) throws Exception {
        assertEquals("demo-candidate-resume.pdf", sent.file(field).fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), sent.file(field).bytes());
        assertEquals(1, sent.files().size());
    }

    @Test
    void appliesOnTheWellLabelledFormAndRecognisesTheThankYouPage(@TempDir Path evidenceDir) throws Exception {
        EmployerJob job = EmployerJobs.FERNLEAF_BACKEND;
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = apply(job, evidenceDir, listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.UNKNOWN, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith("/practice/careers/fernleaf-studio/thank-you"),
                outcome.confirmationUrl());
        assertEquals(job.title(), listener.seenTitle);
        assertEquals(job.companyName(), listener.seenCompany);
        assertTrue(listener.lines.contains("Found a generic application form"), listener.lines.toString());
        RecordedSubmission sent = onlySubmission(job);
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("first_name", List.of("Jordan"));
        expected.put("last_name", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("phone", List.of("+1 5125550147"));
        expected.put("linkedin", List.of("https://www.linkedin.com/in/jordan-rivera-demo"));
        expected.put("cover_letter", List.of("I build dependable Java services and enjoy working with the people who"
                + " run them. I would like to bring that care to your team."));
        expected.put("referral", List.of("linkedin"));
        expected.put("work_authorized", List.of("yes"));
        expected.put("notes", List.of(""));
        expected.put("website", List.of(""));
        expected.put("consent", List.of("yes"));
        assertEquals(expected, sent.fields(), "every field as sent; the honeypot and the unknown question stay empty");
        assertResume(sent, "cv");
        Map<String, String> recorded = outcome.answers().stream()
                .collect(Collectors.toMap(AnsweredQuestion::fieldName, AnsweredQuestion::answer));
        assertEquals("Yes", recorded.get("work_authorized"));
        assertEquals("LinkedIn", recorded.get("referral"));
        assertNull(recorded.get("website"), "a field nobody can see is never filled");
    }

    @Test
    void appliesOnThePoorlyLabelledFormWithAHiddenFileInput(@TempDir Path evidenceDir) throws Exception {
        EmployerJob job = EmployerJobs.BRIGHTWATER_DATA;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().endsWith(job.path()), "the same URL: " + outcome.confirmationUrl());
        RecordedSubmission sent = onlySubmission(job);
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("applicant[name]", List.of("Jordan Rivera"));
        expected.put("applicant[email]", List.of("jordan.rivera@example.com"));
        expected.put("applicant[phone]", List.of("+1 5125550147"));
        expected.put("applicant[company]", List.of("Bluebonnet Analytics"));
        expected.put("applicant[cover_letter]", List.of("I build dependable Java services and enjoy working with the"
                + " people who run them. I would like to bring that care to your team."));
        expected.put("applicant[relocate]", List.of("Yes"));
        assertEquals(expected, sent.fields());
        assertResume(sent, "resume");
    }

    @Test
    void theSameFormAgainAfterSubmitIsUnconfirmed(@TempDir Path evidenceDir) {
        EmployerJob job = EmployerJobs.BRIGHTWATER_DATA;
        practice.ats.setFailure(job.jobSlug(), PracticeFailure.NO_CONFIRMATION);
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.errorMessage().contains("the application form again"), outcome.errorMessage());
        assertEquals(1, practice.submissionsFor(job.jobSlug()).size());
    }

    @Test
    void aPageWithoutAnApplicationFormIsNotSupported(@TempDir Path evidenceDir) {
        String url = practice.ats.baseUrl() + EmployerSiteReplica.NO_FORM_PATH;
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(url, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertEquals(ErrorCode.ATS_NOT_SUPPORTED, outcome.errorCode());
        assertEquals(AtsType.UNKNOWN, outcome.atsType());
        assertTrue(outcome.errorMessage().contains("found no application form on this page"), outcome.errorMessage());
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.ats.submissions());
    }

    @Test
    void aRequiredQuestionWithoutAnAnswerNeedsInputAndNothingIsSent(@TempDir Path evidenceDir) throws Exception {
        ObjectNode tree = Json.mapper().valueToTree(practice.profile);
        ((ObjectNode) tree.get("personalInformation")).putNull("lastName");
        Profile noLastName = Json.mapper().treeToValue(tree, Profile.class);
        String url = practice.job(EmployerJobs.FERNLEAF_BACKEND.jobSlug()).url();
        ApplyRequest request = new ApplyRequest("app_test", new JobLinkParser(practice.ats.hostAliases()).parse(url),
                noLastName, practice.resume, noLastName.answers(), ApplyMode.SUBMIT, evidenceDir);
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(request, listener);

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.MISSING_REQUIRED_FIELD, outcome.errorCode());
        assertEquals(List.of(new PendingQuestion("Last name", "text", List.of(), true)), outcome.pendingQuestions());
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.ats.submissions());
        assertEquals(0, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void knownAtsFormsStillGoToTheirOwnAdapters(@TempDir Path evidenceDir) {
        PracticeJob lever = practice.job(LeverJobs.JAVA_ENGINEER.postingId());
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(lever.url(), ApplyMode.REVIEW, evidenceDir), listener);
        assertEquals(ApplicationStatus.AWAITING_REVIEW, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.LEVER, outcome.atsType());
        assertTrue(listener.lines.contains("Found a Lever application form"), listener.lines.toString());

        PracticeJob greenhouse = practice.ats.jobs().stream().filter(j -> j.atsType() == AtsType.GREENHOUSE)
                .findFirst().orElseThrow();
        PracticeFixture.RecordingListener embedded = new PracticeFixture.RecordingListener();
        ApplyOutcome viaEmployer = engine.apply(practice.request(practice.ats.employerSiteUrl(greenhouse),
                ApplyMode.REVIEW, evidenceDir.resolve("embed")), embedded);
        assertEquals(AtsType.GREENHOUSE, viaEmployer.atsType(), viaEmployer.errorMessage());
        assertTrue(embedded.lines.stream().anyMatch(l -> l.startsWith("Found a Greenhouse")), embedded.lines.toString());
    }
}
