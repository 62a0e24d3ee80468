package io.applydesk.automation.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.evidence.EvidenceRecorder;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJob;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine against the practice ATS's Greenhouse replica, in real headless Chromium. */
class PlaywrightApplicationEngineTest extends PracticeEngineTest {
    /** Fields the page itself fills (anti-bot, Rails, question ids, upload URL): not answers. */
    private static final Pattern PAGE_GENERATED = Pattern.compile(
            "utf8|fingerprint|render_date|page_load_time|.*\\[(question_id|priority)]"
                    + "|job_application\\[(resume_url|resume_url_filename|latitude|longitude)]");
    private static final String LINKEDIN = "https://www.linkedin.com/in/jordan-rivera-demo";
    private static final String COVER_LETTER = "I build dependable Java services and enjoy working with the people "
            + "who run them. I would like to bring that care to your team.";

    private static Map<String, String> contact() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("job_application[first_name]", "Jordan");
        expected.put("job_application[last_name]", "Rivera");
        expected.put("job_application[email]", "jordan.rivera@example.com");
        expected.put("job_application[phone]", "+1 5125550147");
        expected.put("job_application[cover_letter_text]", COVER_LETTER);
        return expected;
    }

    /** Every non-empty field the server received, minus those the page generates itself. */
    private static Map<String, String> answersSent(RecordedSubmission submission) {
        Map<String, String> sent = new LinkedHashMap<>();
        submission.fields().forEach((name, values) -> {
            List<String> nonEmpty = values.stream().filter(v -> !v.isBlank()).toList();
            if (!nonEmpty.isEmpty() && !PAGE_GENERATED.matcher(name).matches()) {
                sent.put(name, String.join("|", nonEmpty));
            }
        });
        return sent;
    }

    private RecordedSubmission applyAndGetSubmission(String jobId, Path evidenceDir) throws IOException {
        PracticeJob job = practice.job(jobId);
        int before = practice.submissionsFor(jobId).size();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.GREENHOUSE, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith(GreenhouseJobs.all().stream()
                .filter(j -> j.jobId().equals(jobId)).findFirst().orElseThrow().path() + "/confirmation"),
                outcome.confirmationUrl());
        assertEquals(1, listener.beforeSubmitCalls);
        GreenhouseJob posted = GreenhouseJobs.all().stream().filter(j -> j.jobId().equals(jobId)).findFirst().orElseThrow();
        assertEquals(posted.title(), listener.seenTitle);
        assertEquals(posted.companyName(), listener.seenCompany);
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(before + 1, received.size());
        RecordedSubmission submission = received.get(received.size() - 1);
        UploadedFile resume = submission.file("resume");
        assertArrayEquals(Files.readAllBytes(practice.resume), resume.bytes());
        assertEquals("demo-candidate-resume.pdf", resume.fileName());
        assertTrue(Files.size(outcome.evidence().confirmationScreenshot()) > 0);
        return submission;
    }

    @Test
    void backendEngineerSendsContactLinksAndCoverLetter(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(GreenhouseJobs.BACKEND_ENGINEER.jobId(), evidenceDir);
        Map<String, String> expected = contact();
        expected.put("job_application[answers_attributes][0][text_value]", LINKEDIN);
        expected.put("job_application[answers_attributes][1][text_value]", "https://jordanrivera.example.com");
        assertEquals(expected, answersSent(submission));
    }

    @Test
    void dataAnalystSendsLocationYesNoSelectAndSelfIdentification(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(GreenhouseJobs.DATA_ANALYST.jobId(), evidenceDir);
        Map<String, String> expected = contact();
        expected.put("job_application[location]", "Austin, Texas, United States");
        expected.put("job_application[answers_attributes][0][text_value]", LINKEDIN);
        expected.put("job_application[answers_attributes][1][boolean_value]", "1");
        expected.put("job_application[answers_attributes][2][boolean_value]", "0");
        expected.put("job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]",
                "5521880301");
        // The demo candidate declines everything but veteran status ("I am not a protected veteran" = 1).
        expected.put("job_application[gender]", "3");
        expected.put("job_application[hispanic_ethnicity]", "Decline To Self Identify");
        expected.put("job_application[veteran_status]", "1");
        expected.put("job_application[disability_status]", "3");
        assertEquals(expected, answersSent(submission));
        assertFalse(submission.field("job_application[latitude]").isBlank(), "the autocomplete sets the coordinates");
    }

    @Test
    void platformEngineerSendsAnswerBankAnswersOfficesAndGdprConsent(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(GreenhouseJobs.PLATFORM_ENGINEER.jobId(), evidenceDir);
        Map<String, String> expected = contact();
        expected.put("job_application[location]", "Austin, Texas, United States");
        expected.put("job_application[answers_attributes][0][text_value]", LINKEDIN);
        expected.put("job_application[answers_attributes][1][text_value]", practice.profile.answers().get(0).answer());
        expected.put("job_application[answers_attributes][2][text_value]", "6");
        expected.put("job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]",
                "6630140401");
        expected.put("job_application[answers_attributes][3][answer_selected_options_attributes][2][question_option_id]",
                "6630140403");
        expected.put("job_application[data_compliance][gdpr_processing_consent_given]", "1");
        assertEquals(expected, answersSent(submission));
    }

    @Test
    void evidenceHoldsScreenshotsPageAndAnswersWithProvenance(@TempDir Path evidenceDir) throws IOException {
        PracticeJob job = practice.job(GreenhouseJobs.PLATFORM_ENGINEER.jobId());
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());

        for (String file : List.of(EvidenceRecorder.FILLED, EvidenceRecorder.CONFIRMATION, EvidenceRecorder.ANSWERS,
                EvidenceRecorder.PAGE_HTML)) {
            assertTrue(Files.size(evidenceDir.resolve(file)) > 0, file);
        }
        assertFalse(Files.exists(evidenceDir.resolve(EvidenceRecorder.TRACE)), "traces are kept only on failure");
        assertEquals(EvidenceRecorder.sha256(practice.resume), outcome.evidence().resumeSha256());
        assertTrue(Files.readString(evidenceDir.resolve(EvidenceRecorder.PAGE_HTML)).contains(GreenhouseJobs.WHY_JOIN_LABEL));

        JsonNode answers = Json.mapper().readTree(evidenceDir.resolve(EvidenceRecorder.ANSWERS).toFile());
        assertEquals(outcome.evidence().resumeSha256(), answers.at("/resume/sha256").asText());
        Map<String, JsonNode> byQuestion = new LinkedHashMap<>();
        answers.get("answers").forEach(a -> byQuestion.put(a.get("question").asText(), a));
        assertEquals(outcome.answers().size(), byQuestion.size());
        assertEquals("ANSWER_BANK", byQuestion.get(GreenhouseJobs.JAVA_YEARS_LABEL).at("/provenance/kind").asText());
        assertEquals("PROFILE_FIELD", byQuestion.get("First Name").at("/provenance/kind").asText());
        assertEquals("personalInformation.firstName", byQuestion.get("First Name").at("/provenance/source").asText());
        assertEquals("RESUME_FILE", byQuestion.get("Resume/CV").at("/provenance/kind").asText());
        assertEquals("Berlin; Remote within the EU", byQuestion.get(GreenhouseJobs.OFFICES_LABEL).get("answer").asText());
        JsonNode consent = answers.get("answers").findParents("fieldName").stream()
                .filter(a -> a.get("fieldName").asText().contains("gdpr")).findFirst().orElseThrow();
        assertEquals("SAFE_DEFAULT", consent.at("/provenance/kind").asText());
        Set<Provenance.Kind> kinds = new HashSet<>();
        outcome.answers().stream().map(AnsweredQuestion::provenance).forEach(p -> kinds.add(p.kind()));
        assertTrue(kinds.containsAll(Set.of(Provenance.Kind.PROFILE_FIELD, Provenance.Kind.ANSWER_BANK,
                Provenance.Kind.SAFE_DEFAULT, Provenance.Kind.RESUME_FILE)), kinds.toString());
    }

    @Test
    void aRequiredQuestionNobodyAnsweredStopsWithNeedsInputAndSubmitsNothing(@TempDir Path evidenceDir) {
        PracticeJob job = practice.job(GreenhouseJobs.DEVELOPER_ADVOCATE.jobId());
        assertTrue(job.needsCandidateInput());
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status());
        assertEquals(ErrorCode.MISSING_REQUIRED_FIELD, outcome.errorCode());
        assertEquals(List.of(new PendingQuestion(GreenhouseJobs.OPEN_SOURCE_LABEL, "textarea", List.of(), true)),
                outcome.pendingQuestions());
        assertTrue(outcome.errorMessage().contains(GreenhouseJobs.OPEN_SOURCE_LABEL));
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(List.of(), practice.submissionsFor(job.jobId()));
        assertTrue(Files.exists(evidenceDir.resolve(EvidenceRecorder.FILLED)));
        assertTrue(Files.exists(evidenceDir.resolve(EvidenceRecorder.PAGE_HTML)));
        assertNull(outcome.evidence().confirmationScreenshot());
    }

    @Test
    void reviewModeFillsAndStopsBeforeSubmitting(@TempDir Path evidenceDir) {
        PracticeJob job = practice.job(GreenhouseJobs.DATA_ANALYST.jobId());
        int before = practice.submissionsFor(job.jobId()).size();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.REVIEW, evidenceDir), listener);

        assertEquals(ApplicationStatus.AWAITING_REVIEW, outcome.status(), outcome.errorMessage());
        assertEquals(0, listener.beforeSubmitCalls);
        assertEquals(before, practice.submissionsFor(job.jobId()).size());
        assertTrue(Files.exists(evidenceDir.resolve(EvidenceRecorder.FILLED)));
        assertTrue(outcome.answers().stream().anyMatch(a -> a.question().equals(GreenhouseJobs.WORK_AUTHORIZATION_LABEL)
                && a.answer().equals("Yes")));
        // The record shows the autocomplete suggestion the form holds, not the profile's wording.
        AnsweredQuestion location = outcome.answers().stream()
                .filter(a -> a.fieldName().equals("job_application[location]")).findFirst().orElseThrow();
        assertEquals("Austin, Texas, United States", location.answer());
        assertEquals(Provenance.Kind.COMPUTED, location.provenance().kind());
    }

    @Test
    void theFormOnAnEmployerCareersPageIsRecognisedFromThePage(@TempDir Path evidenceDir) {
        PracticeJob job = practice.job(GreenhouseJobs.BACKEND_ENGINEER.jobId());
        String employerUrl = practice.ats.employerSiteUrl(job);
        ApplyOutcome outcome = engine.apply(practice.request(employerUrl, ApplyMode.REVIEW, evidenceDir),
                new PracticeFixture.RecordingListener());
        assertEquals(ApplicationStatus.AWAITING_REVIEW, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.GREENHOUSE, outcome.atsType());
    }

    @Test
    void aPageWithoutAKnownFormIsNotSupported(@TempDir Path evidenceDir) throws IOException {
        ApplyOutcome outcome = engine.apply(practice.request(practice.ats.baseUrl() + "/", ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertEquals(ErrorCode.ATS_NOT_SUPPORTED, outcome.errorCode());
        assertEquals(AtsType.UNKNOWN, outcome.atsType());
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.FAILURE)) > 0, "a screenshot of what was seen");
        assertTrue(Files.size(evidenceDir.resolve(EvidenceRecorder.TRACE)) > 0, "a Playwright trace on failure");
    }
}
