package io.applydesk.app.ui.run;

import static io.applydesk.app.ui.common.UiTestKit.greenhouseUrl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationError;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live run ViewModel with a real coordinator on real H2 and a stand-in engine; no toolkit. */
class RunViewModelTest {
    @TempDir
    Path dataDir;

    private UiTestKit kit;
    private Profile profile;

    @BeforeEach
    void open() {
        kit = new UiTestKit(dataDir, 1);
        profile = kit.completeProfile("dana@example.com");
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void eventsAreBufferedUntilTheTickAndThenAppliedInOneBatch() {
        SessionCreated created = runOnce(3);
        RunViewModel viewModel = viewModelOf(created);
        viewModel.activate();

        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));

        // Worker threads only queued the events: the rows still show what the last load saw.
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                statuses(viewModel));
        viewModel.applyPendingEvents();

        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS),
                statuses(viewModel));
        assertEquals(1.0, viewModel.progressProperty().get());
        assertEquals("3 of 3 finished", viewModel.progressTextProperty().get());
        assertEquals("3 SUCCESS", viewModel.countsTextProperty().get());
        assertTrue(viewModel.finishedProperty().get());
        assertEquals("Sent and confirmed: " + greenhouseUrl(1) + "/confirmation", viewModel.rows().get(0).detail());
    }

    @Test
    void afterDeactivateNoEventIsQueuedAndActivateCatchesUpFromTheDatabase() {
        SessionCreated created = runOnce(2);
        RunViewModel viewModel = viewModelOf(created);
        viewModel.activate();
        viewModel.deactivate();

        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        viewModel.applyPendingEvents();
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED), statuses(viewModel));

        viewModel.activate();
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS), statuses(viewModel));
        viewModel.deactivate();
    }

    @Test
    void theJobBeingFilledInShowsItsThumbnailAndTheLogFillsWhileWatched() {
        SessionCreated created = runOnce(2);
        UiTestKit.Hold hold = kit.engine.hold(greenhouseUrl(1));
        RunViewModel viewModel = viewModelOf(created);
        viewModel.activate();
        kit.coordinator.start(created.run().sessionRunId());
        hold.awaitEntered();
        viewModel.applyPendingEvents();

        assertEquals(1, viewModel.liveJobs().size());
        LiveJob live = viewModel.liveJobs().get(0);
        assertEquals(created.applications().get(0).applicationId(), live.applicationId());
        assertEquals("Opening the form", live.line());
        assertArrayEquals(UiTestKit.StandInEngine.SNAPSHOT, live.thumbnail());
        assertEquals(1, viewModel.log().size());
        assertTrue(viewModel.log().get(0).endsWith("Acme: Opening the form"), viewModel.log().get(0));

        hold.release();
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        viewModel.applyPendingEvents();
        assertTrue(viewModel.liveJobs().isEmpty(), "nothing is being filled in any more");
        assertEquals(4, viewModel.log().size(), "two lines per application");
        assertEquals(List.of(true, true), kit.engine.snapshotsWanted);

        viewModel.deactivate();
        SessionCreated unwatched = runOnce(3, 1);
        kit.coordinator.start(unwatched.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(unwatched.run().sessionRunId(), Duration.ofSeconds(30)));
        assertEquals(List.of(true, true, false), kit.engine.snapshotsWanted, "no thumbnail once nobody watches");
    }

    @Test
    void theDetailSaysWhatTheCandidateNeedsToKnow() {
        Application base = runOnce(1).applications().get(0);
        Application needsInput = with(base, ApplicationStatus.NEEDS_INPUT, null,
                List.of(new PendingQuestion("Which of our open-source projects have you contributed to?", "text",
                        List.of(), true)));
        Application failed = with(base, ApplicationStatus.FAILED,
                new ApplicationError(ErrorCode.FORM_FILL_FAILED, "The form rejected the phone number."), List.of());

        assertEquals("Needs your answer: Which of our open-source projects have you contributed to?",
                RunViewModel.describe(needsInput, null));
        assertEquals("FORM_FILL_FAILED: The form rejected the phone number.", RunViewModel.describe(failed, null));
        assertEquals("Uploading resume",
                RunViewModel.describe(with(base, ApplicationStatus.PROCESSING, null, List.of()), "Uploading resume"));
    }

    private SessionCreated runOnce(int jobs) {
        return runOnce(1, jobs);
    }

    private SessionCreated runOnce(int first, int jobs) {
        return kit.runOnce(profile, first, jobs);
    }

    private RunViewModel viewModelOf(SessionCreated created) {
        return new RunViewModel(created.session().sessionId(), created.run().sessionRunId(), created.applications(),
                kit.applications, kit.coordinator, new InlineTaskExecutor(), ZoneOffset.UTC);
    }

    private static List<ApplicationStatus> statuses(RunViewModel viewModel) {
        return viewModel.rows().stream().map(row -> row.application().status()).collect(Collectors.toList());
    }

    private static Application with(Application a, ApplicationStatus status, ApplicationError error,
                                    List<PendingQuestion> pending) {
        return new Application(a.applicationId(), a.sessionId(), a.sessionRunId(), a.profileId(), a.jobUrl(),
                a.jobKey(), a.jobTitle(), a.companyName(), a.jobRefId(), a.atsType(), status, a.candidateEmail(),
                a.searchId(), a.confirmationUrl(), a.questionsAndAnswers(), pending, error, a.attempts(), a.evidence(),
                a.submitClickedAt(), a.createdAt(), a.updatedAt());
    }
}
