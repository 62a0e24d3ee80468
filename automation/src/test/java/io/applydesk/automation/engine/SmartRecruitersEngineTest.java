package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJob;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine against the SmartRecruiters OneClick replica in real headless Chromium: resume-first, read by hand
 * first ("I don't have a resume"), two steps, the CV parse that overwrites the personal fields (and must be
 * overridden) and the posting page followed to OneClick (its failure states are rows of
 * {@link FailureStatesEngineTest}).
 */
class SmartRecruitersEngineTest extends PracticeEngineTest {

    @Test
    void platformEngineerSendsTheCandidatesValuesNotTheParsedOnes(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(SmartRecruitersJobs.PLATFORM_ENGINEER, evidenceDir);
        Map<String, List<String>> expected = personal();
        expected.put("answers[5f2a9c10]", List.of("LinkedIn"));
        expected.put("answers[5f2a9c11]", List.of("Yes"));
        expected.put("answers[5f2a9c12]", List.of("6"));
        expected.put("consent", List.of("true"));
        // WHY this proves the override: the resume's parse replaced every personal field with PARSED's values.
        assertEquals(expected, submission.fields());
        assertFalse(submission.fields().containsValue(List.of(SmartRecruitersReplica.PARSED.get("email"))));
    }

    @Test
    void qaEngineerAnswersBothYesNoQuestionsAndLeavesTheOptionalOneBlank(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(SmartRecruitersJobs.QA_ENGINEER, evidenceDir);
        Map<String, List<String>> expected = personal();
        expected.put("answers[7a1b2c30]", List.of("No"));
        expected.put("answers[7a1b2c31]", List.of("Yes"));
        expected.put("consent", List.of("true"));
        assertEquals(expected, submission.fields());
    }

    @Test
    void aLinkToThePostingPageIsFollowedToOneClickAndNothingIsSentInReview(@TempDir Path evidenceDir) {
        SmartRecruitersJob posted = SmartRecruitersJobs.PLATFORM_ENGINEER;
        String postingPage = practice.ats.baseUrl() + SmartRecruitersReplica.PREFIX + posted.postingPath();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(postingPage, ApplyMode.REVIEW, evidenceDir), listener);

        assertEquals(ApplicationStatus.AWAITING_REVIEW, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.SMARTRECRUITERS, outcome.atsType());
        assertTrue(outcome.answers().stream().anyMatch(a -> a.fieldName().equals("question-5f2a9c12")
                && a.answer().equals("6")), () -> outcome.answers().toString());
        assertEquals(0, practice.submissionsFor(posted.publication()).size());
    }

    /** What the demo candidate's profile says, in the order the replica records it. */
    private static Map<String, List<String>> personal() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("firstName", List.of("Jordan"));
        expected.put("lastName", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("confirmEmail", List.of("jordan.rivera@example.com"));
        expected.put("phoneNumber", List.of("+1 5125550147"));
        expected.put("location", List.of("Austin, TX, United States"));
        return expected;
    }

    private RecordedSubmission applyAndGetSubmission(SmartRecruitersJob posted, Path evidenceDir) throws IOException {
        PracticeJob job = practice.job(posted.publication());
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.SMARTRECRUITERS, outcome.atsType());
        assertEquals(job.url(), outcome.confirmationUrl(), "OneClick confirms at the same URL");
        assertEquals(posted.title(), listener.seenTitle);
        assertEquals(posted.companyName(), listener.seenCompany);
        List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
        assertEquals(1, received.size());
        RecordedSubmission submission = received.get(0);
        UploadedFile resume = submission.file("resume");
        assertArrayEquals(Files.readAllBytes(practice.resume), resume.bytes());
        assertEquals("demo-candidate-resume.pdf", resume.fileName());
        assertTrue(Files.size(outcome.evidence().confirmationScreenshot()) > 0);
        return submission;
    }
}
