package io.applydesk.automation.engine;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;
import io.applydesk.automation.sandbox.employer.EmployerJob;
import io.applydesk.automation.sandbox.employer.EmployerJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewReplica;
import io.applydesk.automation.sandbox.lever.LeverJobs;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;
import io.applydesk.automation.sandbox.workable.WorkableJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine in a visible window (headed Chromium; on Linux under Xvfb: {@code xvfb-run -a ./mvnw …}) hands
 * a captcha or an e-mailed security code to the candidate and carries on once they finish it. A
 * {@link CandidateStandIn} does in the practice page what the person would; without it the hand-off times
 * out into the headless outcome.
 */
class HandOffEngineTest extends PracticeEngineTest {
    private static final String EMAIL = "jordan.rivera@example.com";
    private static final Duration HAND_OFF = Duration.ofSeconds(6);

    /** What the stand-in does in the current test; nothing by default (nobody at the window). */
    private volatile CandidateStandIn person = CandidateStandIn.PERSON;

    @BeforeAll
    static void needsADisplay() {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                || System.getenv("DISPLAY") != null, "headed Chromium needs a display: run under xvfb-run -a");
    }

    @Override
    protected EngineSettings engineSettings(EngineSettings headless) {
        return headless.withHeadless(false).withHandOff(HAND_OFF, (page, instruction) -> person.act(page, instruction));
    }

    @AfterEach
    void nobodyAtTheWindow() {
        person = CandidateStandIn.PERSON;
    }

    private ApplyOutcome apply(String jobId, PracticeFixture.RecordingListener listener, Path evidenceDir) {
        return engine.apply(practice.request(practice.job(jobId).url(), ApplyMode.SUBMIT, evidenceDir), listener);
    }

    private static void clickSubmit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
    }

    private static void typeCode(Page page, String code) {
        for (int i = 0; i < code.length(); i++) {
            page.getByLabel("Security code character " + (i + 1), new Page.GetByLabelOptions().setExact(true))
                    .fill(String.valueOf(code.charAt(i)));
        }
    }

    @Test
    void theCandidateTypesTheEmailedCodeAfterOneTypoAndTheApplicationIsConfirmed(@TempDir Path evidenceDir)
            throws Exception {
        String jobId = GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.SECURITY_CODE);
        person = (page, instruction) -> {
            typeCode(page, "WRONG123");
            clickSubmit(page);
            page.getByText(GreenhouseNewReplica.WRONG_CODE_MESSAGE).waitFor();
            typeCode(page, practice.ats.securityCodeSentTo(jobId, EMAIL).orElseThrow());
            clickSubmit(page);
        };
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().endsWith("/confirmation"), outcome.confirmationUrl());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.candidateNeeded.get(0).startsWith(
                "Greenhouse asks for the 8-character security code it e-mailed to " + EMAIL + "."),
                listener.candidateNeeded.get(0));
        assertTrue(listener.candidateNeeded.get(0).endsWith("waits up to 6 seconds."), listener.candidateNeeded.get(0));
        assertTrue(listener.lines.contains(EngineListener.CANDIDATE_NEEDED_PREFIX + listener.candidateNeeded.get(0)));
        assertTrue(listener.lines.contains("You finished the job site's step in the browser window. Confirmed: "
                + outcome.confirmationUrl()), listener.lines.toString());
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals(practice.ats.securityCodeSentTo(jobId, EMAIL).orElseThrow(), received.get(0).field("security_code"));
        assertEquals(EMAIL, received.get(0).field("email"));
        assertArrayEquals(Files.readAllBytes(practice.resume), received.get(0).file("resume").bytes());
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the mistyped code was refused");
    }

    @Test
    void theCandidateTicksTheRobotCheckAndSubmitsAgainAndTheApplicationIsConfirmed(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.JAVA_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        person = (page, instruction) -> {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("not a robot")).check();
            clickSubmit(page);
        };
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.candidateNeeded.get(0).startsWith("The job site wants to check that a person is applying:"),
                listener.candidateNeeded.get(0));
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan", received.get(0).field("first_name"));
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the first, unchecked submit was refused");
    }

    @Test
    void theCandidateSolvesLeversChallengeAndThePagePostsTheForm(@TempDir Path evidenceDir) {
        String jobId = LeverJobs.JAVA_ENGINEER.postingId();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        person = (page, instruction) -> page.getByRole(AriaRole.DIALOG,
                        new Page.GetByRoleOptions().setName("hCaptcha challenge"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify")).click();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().endsWith("/thanks"), outcome.confirmationUrl());
        assertEquals(1, listener.candidateNeeded.size());
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan Rivera", received.get(0).field("name"));
    }

    @Test
    void theCandidatePassesWorkablesTurnstileAndThePageSendsTheApplicationAgain(@TempDir Path evidenceDir) {
        String jobId = WorkableJobs.BACKEND_ENGINEER.shortcode();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        // click, not check(): the page sends again at once and replaces the form, so no box is left to verify
        person = (page, instruction) -> page.frameLocator("iframe[title='Widget containing a Cloudflare security challenge']")
                .getByLabel("Verify you are human").click();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.candidateNeeded.get(0).contains("Cloudflare"), listener.candidateNeeded.get(0));
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan", received.get(0).field("firstname"));
        assertEquals(EMAIL, received.get(0).field("email"));
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the first, unverified submit was challenged");
    }

    @Test
    void theCandidatePassesSmartRecruitersDataDomeChallengeAndThePageSendsTheApplicationAgain(@TempDir Path evidenceDir) {
        String jobId = SmartRecruitersJobs.QA_ENGINEER.publication();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        person = (page, instruction) -> page.frameLocator("iframe[title='DataDome CAPTCHA']")
                .getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Verify")).click();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.candidateNeeded.get(0).contains("DataDome"), listener.candidateNeeded.get(0));
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan", received.get(0).field("firstName"));
        assertEquals(EMAIL, received.get(0).field("email"));
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the first submit was challenged");
    }

    @Test
    void theCandidateTicksBambooHrsRecaptchaAndSubmitsAgainAndTheApplicationIsConfirmed(@TempDir Path evidenceDir)
            throws Exception {
        String jobId = BambooHrJobs.DATA_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.CAPTCHA);
        person = (page, instruction) -> {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("not a robot")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit Application")).click();
        };
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.candidateNeeded.get(0).contains("reCAPTCHA"), listener.candidateNeeded.get(0));
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan", received.get(0).field("firstName"));
        assertArrayEquals(Files.readAllBytes(practice.resume), received.get(0).file(BambooHrJobs.RESUME).bytes());
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the first, unticked submit was refused");
    }

    @Test
    void theCandidateSolvesAnEmployerSitesCaptchaPageAndContinuesToTheThankYouPage(@TempDir Path evidenceDir)
            throws Exception {
        EmployerJob job = EmployerJobs.FERNLEAF_BACKEND;
        practice.ats.setFailure(job.jobSlug(), PracticeFailure.CAPTCHA);
        person = (page, instruction) -> {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("not a robot")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        };
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(job.jobSlug(), listener, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().endsWith("/fernleaf-studio/thank-you"), outcome.confirmationUrl());
        assertEquals(1, listener.candidateNeeded.size());
        List<RecordedSubmission> received = practice.submissionsFor(job.jobSlug());
        assertEquals(1, received.size(), "exactly one application");
        assertEquals("Jordan", received.get(0).field("first_name"));
        assertEquals(EMAIL, received.get(0).field("email"));
        assertArrayEquals(Files.readAllBytes(practice.resume), received.get(0).file(job.resumeField()).bytes());
        assertEquals(1, practice.ats.rejectedSubmissionCount(), "the application waited for the challenge");
    }

    /** The site refused the typo, but the engine cannot know what a submit in the window led to: never "not sent". */
    @Test
    void aSubmitInTheWindowWithoutAConfirmationIsUnconfirmed(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.SECURITY_CODE);
        person = (page, instruction) -> {
            typeCode(page, "WRONG123");
            clickSubmit(page);
        };

        ApplyOutcome outcome = apply(jobId, new PracticeFixture.RecordingListener(), evidenceDir);

        assertEquals(ApplicationStatus.UNCONFIRMED, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.WORKER_TIMEOUT, outcome.errorCode());
        assertEquals("The application was submitted again in the browser window, but the job site showed no"
                + " confirmation within 6 seconds; it may or may not have received the application. Check with the"
                + " employer before applying again.", outcome.errorMessage());
        assertEquals(List.of(), practice.submissionsFor(jobId));
    }

    @Test
    void nobodyTypesTheCodeSoAfterTheHandOffTimeoutItNeedsTheCandidate(@TempDir Path evidenceDir) {
        String jobId = GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId();
        practice.ats.setFailure(jobId, PracticeFailure.SECURITY_CODE);
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = apply(jobId, listener, evidenceDir);

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.ATS_BLOCKED, outcome.errorCode());
        assertEquals("Security code sent to " + EMAIL, outcome.pendingQuestions().get(0).label());
        assertEquals(1, listener.candidateNeeded.size());
        assertTrue(listener.lines.contains("The step was not finished within 6 seconds."), listener.lines.toString());
        assertEquals(List.of(), practice.submissionsFor(jobId));
    }
}
