package io.applydesk.app.ui.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionSection;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The Needs-you ViewModels' world: real services on H2 and a stand-in engine scripted per job to wait on the
 * candidate in each way the inbox knows.
 */
final class InboxTestKit implements AutoCloseable {
    static final String QUESTION = "Which of our products have you used?";
    /** A multi-select, as the practice site's offices question. */
    static final PendingQuestion OFFICES = new PendingQuestion("Which of our offices would you consider working from?",
            QuestionType.MULTI_SELECT.apiValue(), List.of("Berlin", "Lisbon", "Remote within the EU"), true);

    final UiTestKit kit;
    final FollowUpService followUp;
    final NeedsYouBadge badge;
    final InlineTaskExecutor executor = new InlineTaskExecutor();
    final Profile profile;

    InboxTestKit(Path dataDir) {
        kit = new UiTestKit(dataDir, 1);
        followUp = new FollowUpService(kit.database, kit.profiles, kit.coordinator, kit.dirs, Clock.systemUTC());
        badge = new NeedsYouBadge(followUp, kit.coordinator, executor);
        profile = kit.completeProfile("dana@example.com");
    }

    /** The job asks {@link #QUESTION} and succeeds once the answer bank answers it. */
    void asksTheQuestion(int job) {
        kit.engine.script(UiTestKit.greenhouseUrl(job), request ->
                AnswerResolver.bankAnswer(QUESTION, request.answerBank()).isPresent() ? success(request)
                        : waiting(ApplicationStatus.NEEDS_INPUT, ErrorCode.MISSING_REQUIRED_FIELD,
                                "A required question has no saved answer.",
                                List.of(new PendingQuestion(QUESTION, "text", List.of(), true))));
    }

    /** The job asks {@link #OFFICES} and, as the engine does, succeeds once the answer bank names its options. */
    void asksTheOffices(int job) {
        FormQuestion field = new FormQuestion(OFFICES.label(), "offices", QuestionType.MULTI_SELECT,
                OFFICES.options(), true, QuestionSection.CUSTOM);
        kit.engine.script(UiTestKit.greenhouseUrl(job), request ->
                new AnswerResolver().resolve(field, request.profile(), request.answerBank()).isPresent()
                        ? success(request)
                        : waiting(ApplicationStatus.NEEDS_INPUT, ErrorCode.MISSING_REQUIRED_FIELD,
                                "A required question has no saved answer.", List.of(OFFICES)));
    }

    /** The job stops at an e-mailed code until it is applied to again. */
    void asksForACode(int job) {
        kit.engine.script(UiTestKit.greenhouseUrl(job), request -> waiting(ApplicationStatus.NEEDS_INPUT,
                ErrorCode.ATS_BLOCKED, "The site e-mailed you a security code.",
                List.of(new PendingQuestion("Security code", "text", List.of(), true))));
    }

    /** In review mode the job stops before submit; approved, it is sent. */
    void reviewable(int job) {
        kit.engine.script(UiTestKit.greenhouseUrl(job), request -> request.mode() == ApplyMode.REVIEW
                ? waiting(ApplicationStatus.AWAITING_REVIEW, null, null, List.of()) : success(request));
    }

    /** Submit is clicked but no confirmation comes. */
    void unconfirmed(int job) {
        kit.engine.script(UiTestKit.greenhouseUrl(job), request -> waiting(ApplicationStatus.UNCONFIRMED,
                ErrorCode.WORKER_TIMEOUT, "The site did not answer in time.", List.of()));
    }

    /** Applies to the jobs in one run_once session and returns the applications once the run ended. */
    List<Application> apply(boolean review, int... jobs) {
        List<JobRef> refs = java.util.Arrays.stream(jobs).mapToObj(UiTestKit::greenhouseJob).toList();
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(), refs, null, null,
                review));
        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        return kit.applications.inRun(created.run().sessionRunId());
    }

    /** Waits for the runs the applications were queued in again (a retry or approval) to end. */
    void awaitSettled(String... applicationIds) {
        for (String id : applicationIds) {
            assertTrue(kit.coordinator.awaitRun(kit.applications.get(id).sessionRunId(), Duration.ofSeconds(30)));
        }
    }

    ApplicationStatus status(String applicationId) {
        return kit.applications.get(applicationId).status();
    }

    private static ApplyOutcome success(ApplyRequest request) {
        return new ApplyOutcome(ApplicationStatus.SUCCESS, AtsType.GREENHOUSE, request.job().uri() + "/confirmation",
                null, null, List.of(), List.of(), null);
    }

    private static ApplyOutcome waiting(ApplicationStatus status, ErrorCode code, String message,
                                        List<PendingQuestion> pending) {
        return new ApplyOutcome(status, AtsType.GREENHOUSE, null, code, message, List.of(), pending, null);
    }

    @Override
    public void close() {
        badge.close();
        kit.close();
    }
}
