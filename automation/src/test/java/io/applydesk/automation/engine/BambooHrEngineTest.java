package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJob;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine against the BambooHR replica in real headless Chromium: the form folded below the posting, the
 * resume behind a styled button, date available in the form's mm/dd/yyyy and custom questions (its failure
 * states are rows of {@link FailureStatesEngineTest}).
 */
class BambooHrEngineTest extends PracticeEngineTest {
    private static final String LINKEDIN = "https://www.linkedin.com/in/jordan-rivera-demo";

    @Test
    void javaDeveloperSendsEveryStandardFieldAndTheCustomAnswers(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(BambooHrJobs.JAVA_DEVELOPER, evidenceDir);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("firstName", List.of("Jordan"));
        expected.put("lastName", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("phone", List.of("+1 5125550147"));
        expected.put("streetAddress", List.of("2100 Lakeshore Blvd, Apt 4"));
        expected.put("city", List.of("Austin"));
        expected.put("state", List.of("Texas"));
        expected.put("zip", List.of("78741"));
        expected.put("countryId", List.of("United States"));
        expected.put("desiredPay", List.of("135000 USD"));
        expected.put("dateAvailable", List.of("09/01/2026"));
        expected.put("linkedinUrl", List.of(LINKEDIN));
        expected.put("websiteUrl", List.of("https://jordanrivera.example.com"));
        expected.put("customQuestions[301]", List.of("6"));
        expected.put("customQuestions[302]", List.of("LinkedIn"));
        expected.put("customQuestions[303]", List.of("Yes"));
        assertEquals(expected, submission.fields());
        assertNull(submission.file("coverLetter"), "no cover letter file is invented");
    }

    @Test
    void dataEngineerLeavesTheUnanswerableOptionalQuestionBlank(@TempDir Path evidenceDir) throws IOException {
        RecordedSubmission submission = applyAndGetSubmission(BambooHrJobs.DATA_ENGINEER, evidenceDir);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("firstName", List.of("Jordan"));
        expected.put("lastName", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("phone", List.of("+1 5125550147"));
        expected.put("linkedinUrl", List.of(LINKEDIN));
        expected.put("websiteUrl", List.of("https://jordanrivera.example.com"));
        expected.put("customQuestions[410]", List.of("No"));
        assertEquals(expected, submission.fields());
    }

    private RecordedSubmission applyAndGetSubmission(BambooHrJob posted, Path evidenceDir) throws IOException {
        PracticeJob job = practice.job(posted.jobId());
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.BAMBOOHR, outcome.atsType());
        assertEquals(job.url(), outcome.confirmationUrl(), "BambooHR confirms on the same page");
        assertEquals(posted.title(), listener.seenTitle);
        assertEquals(posted.companyName(), listener.seenCompany);
        List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
        assertEquals(1, received.size());
        RecordedSubmission submission = received.get(0);
        UploadedFile resume = submission.file(BambooHrJobs.RESUME);
        assertArrayEquals(Files.readAllBytes(practice.resume), resume.bytes());
        assertEquals("demo-candidate-resume.pdf", resume.fileName());
        assertTrue(Files.size(outcome.evidence().confirmationScreenshot()) > 0);
        return submission;
    }
}
