package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.WaitingApplication;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The candidate's follow-ups end to end, in practice mode: real H2, the practice ATS, headless
 * Chromium. One context for the class: one practice server and one browser.
 */
class FollowUpFlowTest {
    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    static Path home;

    private static AppContext context;
    private static PracticeAts practice;
    private static Profile candidate;

    @BeforeAll
    static void open() {
        context = AppContext.open(AppOptions.defaults().withDataDir(home).withPractice(true).withHeadless(true)
                .withWorkers(1));
        practice = context.practiceAts().orElseThrow();
        candidate = context.profiles().list().get(0);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /** Applies to one practice job in a new session and returns the application once its run ended. */
    private static Application applyTo(PracticeJob job, boolean review) {
        SessionCreated created = context.sessions().createRunOnce(new RunOnceRequest(candidate.profileId(),
                List.of(JobRef.ofLink(job.url())), null, null, review));
        String runId = created.run().sessionRunId();
        context.runs().start(runId);
        assertTrue(context.runs().awaitRun(runId, WAIT), "the run ended");
        return context.applications().inRun(runId).get(0);
    }

    private static Application awaitRetry(SessionRun run, String applicationId) {
        assertTrue(context.runs().awaitRun(run.sessionRunId(), WAIT), "the retry run ended");
        return context.applications().get(applicationId);
    }

    private static List<String> attemptStatuses(Application app) {
        return app.attempts().stream().map(Attempt::status).toList();
    }

    @Test
    void quillpadWaitsForTheCandidatesAnswerThenRetryingSendsIt() {
        PracticeJob quillpad = practice.jobs().stream().filter(PracticeJob::needsCandidateInput).findFirst()
                .orElseThrow();

        Application waiting = applyTo(quillpad, false);

        assertEquals(ApplicationStatus.NEEDS_INPUT, waiting.status(), () -> String.valueOf(waiting.error()));
        assertEquals(List.of(), practice.submissionsFor(quillpad.jobId()), "nothing sent");
        PendingQuestion pending = waiting.pendingQuestions().get(0);
        assertEquals(List.of(pending.label()), context.followUp().waiting(candidate.profileId()).get(0).unanswered()
                .stream().map(PendingQuestion::label).toList());
        String answer = "The Quillpad sync plugin and its Markdown exporter.";

        List<Application> ready = context.followUp().answer(candidate.profileId(), pending, answer);

        assertEquals(List.of(waiting.applicationId()), ready.stream().map(Application::applicationId).toList());
        Application sent = awaitRetry(context.followUp().retry(List.of(waiting.applicationId())).get(0),
                waiting.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, sent.status(), () -> String.valueOf(sent.error()));
        assertEquals(List.of("needs_input", "success"), attemptStatuses(sent));
        List<RecordedSubmission> received = practice.submissionsFor(quillpad.jobId());
        assertEquals(1, received.size());
        assertTrue(received.get(0).fields().values().stream().anyMatch(values -> values.contains(answer)),
                () -> "the answer was sent: " + received.get(0).fields());
        assertEquals(List.of(), context.profiles().unansweredQuestions(candidate.profileId()));
    }

    /**
     * The new-user tester's loop: "Seattle" typed into the answer bank for the offices multi-select (Berlin, Lisbon,
     * Remote within the EU). The application waits on that question again, with its choices, and is not offered a
     * retry; "Seattle" is refused in words; the chosen offices are sent.
     */
    @Test
    void aFreeTextAnswerTheMultiSelectCannotTakeIsAskedAgainAndTheChosenOfficesAreSent() {
        PracticeJob sre = practice.jobs().stream()
                .filter(job -> job.jobId().equals(GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId())).findFirst()
                .orElseThrow();
        context.profiles().saveAnswer(candidate.profileId(), GreenhouseNewJobs.OFFICES_LABEL, "Seattle");

        Application waiting = applyTo(sre, false);

        assertEquals(ApplicationStatus.NEEDS_INPUT, waiting.status(), () -> String.valueOf(waiting.error()));
        PendingQuestion offices = new PendingQuestion(GreenhouseNewJobs.OFFICES_LABEL, "multi_select",
                List.of("Berlin", "Lisbon", "Remote within the EU"), true);
        assertEquals(List.of(offices), waiting.pendingQuestions(), "the question as the form asked it");
        WaitingApplication listed = context.followUp().waiting(candidate.profileId()).stream()
                .filter(w -> w.application().applicationId().equals(waiting.applicationId())).findFirst()
                .orElseThrow();
        assertEquals(List.of(offices), listed.unanswered());
        assertFalse(listed.readyToRetry(), "a retry would stop at the same question");
        ApplyDeskException refused = assertThrows(ApplyDeskException.class,
                () -> context.followUp().answer(candidate.profileId(), offices, "Seattle"));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals("\u201cSeattle\u201d is not among the form's choices for \"" + GreenhouseNewJobs.OFFICES_LABEL
                + "\". Choose one or more of: Berlin, Lisbon, Remote within the EU.", refused.getMessage());
        assertEquals(List.of(), practice.submissionsFor(sre.jobId()), "nothing sent");

        List<Application> ready = context.followUp().answer(candidate.profileId(), offices, "Berlin; Lisbon");

        assertEquals(List.of(waiting.applicationId()), ready.stream().map(Application::applicationId).toList());
        Application sent = awaitRetry(context.followUp().retry(List.of(waiting.applicationId())).get(0),
                waiting.applicationId());
        assertEquals(ApplicationStatus.SUCCESS, sent.status(), () -> String.valueOf(sent.error()));
        List<RecordedSubmission> received = practice.submissionsFor(sre.jobId());
        assertEquals(1, received.size());
        assertEquals(List.of("Berlin", "Lisbon"), received.get(0).fields().get("question_9230003"));
    }

    @Test
    void aReviewedApplicationIsSentOnlyOnceApproved() {
        PracticeJob job = practice.jobs().stream().filter(j -> !j.needsCandidateInput()).findFirst().orElseThrow();

        Application reviewed = applyTo(job, true);

        assertEquals(ApplicationStatus.AWAITING_REVIEW, reviewed.status(), () -> String.valueOf(reviewed.error()));
        assertEquals(List.of(), practice.submissionsFor(job.jobId()), "review mode sends nothing");

        Application sent = awaitRetry(context.followUp().approve(reviewed.applicationId()),
                reviewed.applicationId());

        assertEquals(ApplicationStatus.SUCCESS, sent.status(), () -> String.valueOf(sent.error()));
        assertEquals(List.of("awaiting_review", "success"), attemptStatuses(sent));
        List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
        assertEquals(1, received.size());
        assertTrue(received.get(0).fields().values().stream()
                        .anyMatch(values -> values.contains(candidate.personalInformation().email())),
                () -> "the candidate's email was sent: " + received.get(0).fields());
    }
}
