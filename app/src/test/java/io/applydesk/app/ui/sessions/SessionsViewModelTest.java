package io.applydesk.app.ui.sessions;

import static io.applydesk.app.ui.common.UiTestKit.greenhouseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.schedule.MissedSlotPolicy;
import io.applydesk.core.schedule.Scheduler;
import io.applydesk.core.session.AutopilotRequest;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sessions page's ViewModel over a real coordinator on real H2 with a stand-in engine; no toolkit. */
class SessionsViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Monday 30 Nov 2026, 15:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z");

    @TempDir
    Path dataDir;

    private UiTestKit kit;
    private FollowUpService followUp;
    private Profile profile;
    private final StubDialogService dialogs = new StubDialogService();
    private SessionsViewModel viewModel;

    @BeforeEach
    void open() {
        kit = new UiTestKit(dataDir, 1);
        followUp = new FollowUpService(kit.database, kit.profiles, kit.coordinator, kit.dirs, Clock.systemUTC());
        profile = kit.completeProfile("dana@example.com");
        viewModel = viewModel(new InlineTaskExecutor());
    }

    private SessionsViewModel viewModel(TaskExecutor executor) {
        return new SessionsViewModel(kit.sessions, kit.profiles, followUp, kit.coordinator,
                (sessionId, runId, initial) -> new RunViewModel(sessionId, runId, initial, kit.applications,
                        kit.coordinator, new InlineTaskExecutor(), ZoneOffset.UTC),
                executor, dialogs, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        viewModel.deactivate();
        kit.close();
    }

    @Test
    void listsEverySessionWithItsTypeStatusStatsAndNextRunAndFiltersThem() {
        SessionCreated runOnce = runOnce(2);
        Session recurring = recurring();
        viewModel.activate();

        assertEquals(2, viewModel.rows().size());
        assertEquals("Page 1 of 1 · 2 sessions", viewModel.pageTextProperty().get());
        SessionRow once = row(runOnce.session().sessionId());
        assertEquals("Run once", once.type());
        assertEquals("Active", once.status());
        assertEquals("Dana Okafor", once.profileName());
        assertEquals("0 sent, 0 failed, 2 queued", once.stats());
        assertEquals("", once.nextRun(), "only a recurring session has a next run");
        SessionRow scheduled = row(recurring.sessionId());
        assertEquals("Recurring", scheduled.type());
        assertEquals("No applications yet", scheduled.stats());
        assertTrue(scheduled.nextRun().endsWith("09:00"), scheduled.nextRun());

        viewModel.typeFilterProperty().set(choice(viewModel.typeChoices(), SessionType.AUTOPILOT_RECURRING));
        assertEquals(List.of(recurring.sessionId()), ids());

        kit.sessions.stop(recurring.sessionId());
        viewModel.statusFilterProperty().set(choice(viewModel.statusChoices(), SessionStatus.CANCELLED));
        assertEquals(List.of(recurring.sessionId()), ids());
        assertEquals("Cancelled", viewModel.rows().get(0).status());
        assertEquals("", viewModel.rows().get(0).nextRun(), "a stopped session never runs again");
        viewModel.typeFilterProperty().set(viewModel.typeChoices().get(0));
        viewModel.statusFilterProperty().set(choice(viewModel.statusChoices(), SessionStatus.ACTIVE));
        assertEquals(List.of(runOnce.session().sessionId()), ids());
    }

    @Test
    void pagesHoldTwentySessionsEach() {
        IntStream.rangeClosed(1, SessionsViewModel.PAGE_SIZE + 1).forEach(n -> runOnce(n, 1));
        viewModel.activate();
        assertEquals(SessionsViewModel.PAGE_SIZE, viewModel.rows().size());
        assertEquals("Page 1 of 2 · 21 sessions", viewModel.pageTextProperty().get());
        assertFalse(viewModel.hasPreviousProperty().get());

        viewModel.nextPage();
        assertEquals(1, viewModel.rows().size());
        assertFalse(viewModel.hasNextProperty().get());
        viewModel.previousPage();
        assertEquals(SessionsViewModel.PAGE_SIZE, viewModel.rows().size());
    }

    @Test
    void aStartedRunOpensSelectedWithItsRunLiveAndPausesAndResumesAsTheHostedApiDoes() {
        SessionCreated created = runOnce(3);
        UiTestKit.Hold hold = kit.engine.hold(greenhouseUrl(1));
        viewModel.activate();
        viewModel.statusFilterProperty().set(choice(viewModel.statusChoices(), SessionStatus.PAUSED));
        viewModel.open(created);

        assertEquals(created.session().sessionId(), viewModel.selectedProperty().get().sessionId());
        assertEquals(viewModel.statusChoices().get(0), viewModel.statusFilterProperty().get(), "filters reset");
        RunViewModel live = viewModel.liveRunProperty().get();
        assertEquals(created.run().sessionRunId(), live.sessionRunId());
        assertEquals(1, viewModel.runs().size());
        assertEquals("Run once · Active", viewModel.detailTitleProperty().get());
        assertButtons(true, false, true);

        kit.coordinator.start(created.run().sessionRunId());
        hold.awaitEntered();
        viewModel.pause();
        assertEquals(SessionStatus.PAUSED, kit.sessions.get(created.session().sessionId()).status());
        assertEquals("Run once · Paused", viewModel.detailTitleProperty().get());
        assertButtons(false, true, true);
        hold.release();
        awaitStatus(created.applications().get(0), ApplicationStatus.SUCCESS);
        assertEquals(List.of(greenhouseUrl(1)), kit.engine.appliedUrls, "nothing new starts while paused");

        viewModel.resume();
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        viewModel.applyPendingEvents();
        assertEquals("Run once · Completed", viewModel.detailTitleProperty().get());
        assertEquals("3 sent, 0 failed, 0 queued", viewModel.selectedProperty().get().stats());
        assertButtons(false, false, false);
        assertEquals(live, viewModel.liveRunProperty().get(), "the same run stays live");
    }

    @Test
    void aRunStartedFromAnotherPageIsReadOnceWhenThePageShowsIt() {
        SessionCreated created = runOnce(2);
        AtomicInteger reads = new AtomicInteger();
        TaskExecutor counting = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                reads.incrementAndGet();
                new InlineTaskExecutor().execute(task);
            }
        };
        SessionsViewModel hidden = viewModel(counting);

        // As the window does after Start on the Run once page: the run is opened, then its page shown.
        hidden.open(created);
        hidden.statusFilterProperty().set(choice(hidden.statusChoices(), SessionStatus.PAUSED));
        hidden.statusFilterProperty().set(hidden.statusChoices().get(0));
        assertEquals(0, reads.get(), "nothing is read while the page is hidden");
        hidden.activate();
        assertEquals(1, reads.get(), "one read as it is shown");
        assertEquals(created.session().sessionId(), hidden.selectedProperty().get().sessionId());
        assertEquals(created.run().sessionRunId(), hidden.liveRunProperty().get().sessionRunId());
        assertEquals(1, hidden.runs().size());
        hidden.deactivate();
    }

    @Test
    void aRunsProgressReplacesOnlyItsOwnSessionsRowAndTheSelectionStays() {
        SessionCreated other = runOnce(10, 1);
        SessionCreated running = runOnce(2);
        viewModel.activate();
        viewModel.open(running);
        SessionRow otherRow = row(other.session().sessionId());
        List<String> changes = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<SessionRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> changes.add(row.sessionId()));
            }
        });

        kit.coordinator.start(running.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(running.run().sessionRunId(), WAIT));
        viewModel.applyPendingEvents();

        assertEquals(List.of(running.session().sessionId()), changes, "only the running session's row was replaced");
        assertSame(otherRow, row(other.session().sessionId()));
        assertEquals("2 sent, 0 failed, 0 queued", row(running.session().sessionId()).stats());
        assertEquals(running.session().sessionId(), viewModel.selectedProperty().get().sessionId());
        assertEquals(new RunStats(2, 2, 2, 0), viewModel.runs().get(0).stats());
    }

    @Test
    void theFormsOfAReviewRunThatWaitForTheCandidateAreCountedInTheSessionsStats() {
        SessionCreated review = kit.reviewRun(profile, 1, 4);
        SessionCreated sent = runOnce(10, 2);
        kit.coordinator.start(sent.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(sent.run().sessionRunId(), WAIT));
        viewModel.activate();
        viewModel.selectedProperty().set(row(review.session().sessionId()));

        SessionRow reviewed = row(review.session().sessionId());
        assertEquals("0 sent, 0 failed, 0 queued", reviewed.stats(), "the hosted stats");
        assertEquals("4 need you", reviewed.needYou());
        assertEquals("0 sent, 0 failed, 0 queued, 4 need you. Profile: Dana Okafor.",
                viewModel.detailSummaryProperty().get());
        assertEquals("", row(sent.session().sessionId()).needYou(), "nothing of it waits");

        // The candidate discards three of them on the Needs-you page, then comes back.
        kit.applications.inSession(review.session().sessionId()).subList(0, 3)
                .forEach(app -> followUp.discard(app.applicationId()));
        viewModel.deactivate();
        viewModel.activate();
        assertEquals("1 needs you", row(review.session().sessionId()).needYou());
    }

    @Test
    void stopAsksFirstThenCancelsWhatHasNotStarted() {
        SessionCreated created = runOnce(3);
        UiTestKit.Hold hold = kit.engine.hold(greenhouseUrl(1));
        viewModel.activate();
        viewModel.open(created);
        kit.coordinator.start(created.run().sessionRunId());
        hold.awaitEntered();

        dialogs.willConfirm(false);
        viewModel.stop();
        assertEquals(SessionStatus.ACTIVE, kit.sessions.get(created.session().sessionId()).status());
        assertEquals(1, dialogs.questionsAsked().size());

        dialogs.willConfirm(true);
        viewModel.stop();
        assertEquals(SessionStatus.CANCELLED, kit.sessions.get(created.session().sessionId()).status());
        assertEquals("Run once · Cancelled", viewModel.detailTitleProperty().get());
        assertButtons(false, false, false);
        hold.release();
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.CANCELLED, ApplicationStatus.CANCELLED),
                kit.applications.inRun(created.run().sessionRunId()).stream().map(Application::status).toList());
        assertEquals(List.of(greenhouseUrl(1)), kit.engine.appliedUrls);
    }

    @Test
    void anAutopilotOnceSessionCanBeStoppedButNotPausedAndSelectingShowsItsDetail() {
        Session once = kit.sessions.createAutopilotOnce(new AutopilotRequest(profile.profileId(),
                new Filters("Engineer", List.of("Leeds"), List.of()), null, null, null, null, false));
        Session scheduled = recurring();
        viewModel.activate();

        viewModel.selectedProperty().set(row(once.sessionId()));
        assertEquals("Autopilot once · Active", viewModel.detailTitleProperty().get());
        assertButtons(false, false, true);
        assertNull(viewModel.liveRunProperty().get(), "no run yet");

        viewModel.selectedProperty().set(row(scheduled.sessionId()));
        assertButtons(true, false, true);
        assertTrue(viewModel.detailSummaryProperty().get().contains("Every day at 09:00, UTC — next run Tue 1 Dec"),
                viewModel.detailSummaryProperty().get());
        assertNotNull(viewModel.selectedProperty().get());
    }

    @Test
    void aRecurringSessionsDetailReadsItsScheduleBackAsTheAutopilotPageDid() {
        Session weekly = kit.sessions.createAutopilotRecurring(new AutopilotRequest(profile.profileId(),
                new Filters("Engineer", List.of("Leeds"), List.of()), null,
                new Schedule("weekly", List.of("wednesday", "monday"), "09:00", "America/New_York"), null, null,
                false));
        viewModel.activate();
        viewModel.selectedProperty().set(row(weekly.sessionId()));

        assertEquals("No applications yet. Every Monday and Wednesday at 09:00, New York time — next run Wed 2 Dec, "
                + "09:00. Profile: Dana Okafor.", viewModel.detailSummaryProperty().get());

        kit.coordinator.pauseSession(weekly.sessionId());
        viewModel.applyPendingEvents();
        assertEquals("No applications yet. Every Monday and Wednesday at 09:00, New York time. Profile: Dana Okafor.",
                viewModel.detailSummaryProperty().get(), "a paused session has no next run due");
    }

    @Test
    void aSessionPausedFromElsewhereShowsPausedOnTheNextTick() {
        Session scheduled = recurring();
        viewModel.activate();
        viewModel.selectedProperty().set(row(scheduled.sessionId()));
        viewModel.applyPendingEvents();
        assertEquals("Active", row(scheduled.sessionId()).status());

        // As the tray's "Pause" does: no run, so no run event; the session's own change is what the page hears.
        kit.coordinator.pauseSession(scheduled.sessionId());
        viewModel.applyPendingEvents();

        assertEquals("Paused", row(scheduled.sessionId()).status());
        assertEquals("Recurring · Paused", viewModel.detailTitleProperty().get());
        assertButtons(false, true, true);
    }

    private void assertButtons(boolean pause, boolean resume, boolean stop) {
        assertEquals(List.of(pause, resume, stop), List.of(viewModel.canPauseProperty().get(),
                viewModel.canResumeProperty().get(), viewModel.canStopProperty().get()), "pause, resume, stop");
    }

    private SessionCreated runOnce(int jobs) {
        return runOnce(1, jobs);
    }

    private SessionCreated runOnce(int first, int jobs) {
        return kit.runOnce(profile, first, jobs);
    }

    /** A daily 09:00 session whose next run the scheduler has worked out (as the app's does at once). */
    private Session recurring() {
        Session created = kit.sessions.createAutopilotRecurring(new AutopilotRequest(profile.profileId(),
                new Filters("Engineer", List.of("Leeds"), List.of()), null,
                new Schedule("daily", null, "09:00", "UTC"), null, null, false));
        new Scheduler(kit.database, Clock.systemUTC(), slot -> null, () -> MissedSlotPolicy.RUN_ONCE_AT_START,
                Scheduler.DEFAULT_GRACE).tick();
        return created;
    }

    private SessionRow row(String sessionId) {
        return viewModel.rows().stream().filter(r -> r.sessionId().equals(sessionId)).findFirst().orElseThrow();
    }

    private List<String> ids() {
        return viewModel.rows().stream().map(SessionRow::sessionId).toList();
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    /** Spins until the worker stored the status (a stand-in engine finishes in microseconds). */
    private void awaitStatus(Application app, ApplicationStatus status) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (kit.applications.get(app.applicationId()).status() != status && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(status, kit.applications.get(app.applicationId()).status());
    }
}
