package io.applydesk.app.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.app.ui.dashboard.DashboardViewModel.RecentLine;
import io.applydesk.app.ui.dashboard.DashboardViewModel.SessionLine;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.AutopilotRequest;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dashboard's ViewModel without the toolkit over real services (real H2, the real coordinator with a
 * stand-in engine, the real follow-up service): figures, the Needs-you count, active sessions, the newest
 * applications, and where its buttons lead.
 */
class DashboardViewModelTest {
    @TempDir
    Path dataDir;
    private UiTestKit kit;
    private Profile profile;
    private final List<Destination> navigated = new ArrayList<>();
    private DashboardViewModel viewModel;

    @BeforeEach
    void setUp() {
        kit = new UiTestKit(dataDir, 2);
        profile = kit.completeProfile("dana@example.com");
        AnalyticsService analytics = new AnalyticsService(kit.database, kit.profiles, Clock.systemUTC());
        FollowUpService followUp = new FollowUpService(kit.database, kit.profiles, kit.coordinator, kit.dirs,
                Clock.systemUTC());
        viewModel = new DashboardViewModel(analytics, followUp, kit.sessions, true, ZoneId.of("UTC"),
                new InlineTaskExecutor(), ChangeSource.of(kit.coordinator, kit.sessions), navigated::add);
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void aFreshStartShowsZerosNothingWaitingAndThePracticeHint() {
        viewModel.activate();
        assertEquals("0", viewModel.todayTextProperty().get());
        assertEquals("0 sent · 0 failed", viewModel.todayDetailProperty().get());
        assertEquals("0", viewModel.weekTextProperty().get());
        assertEquals(0, viewModel.needsYouProperty().get());
        assertEquals("Nothing waits for you", viewModel.needsYouTextProperty().get());
        assertEquals(List.of(), viewModel.activeSessions());
        assertEquals(List.of(), viewModel.recent());
        assertEquals(DashboardViewModel.PRACTICE_HINT, viewModel.practiceHint());
    }

    @Test
    void aRunAndARecurringSessionShowUpOnTheNextTickWithWhatWaitsOnTheCandidate() {
        viewModel.activate();
        Session recurring = kit.sessions.createAutopilotRecurring(new AutopilotRequest(profile.profileId(),
                new Filters("Data Analyst", List.of("Remote"), List.of()), null,
                new Schedule("daily", List.of(), "09:00", "UTC"), null, null, false));
        SessionCreated created = kit.runOnce(profile, 3);
        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        assertEquals("0", viewModel.todayTextProperty().get(), "nothing read before the tick");

        viewModel.tick();
        assertEquals("3", viewModel.todayTextProperty().get());
        assertEquals("3 sent · 0 failed", viewModel.todayDetailProperty().get());
        assertEquals("3", viewModel.weekTextProperty().get());
        assertEquals("3 sent · 100% success", viewModel.weekDetailProperty().get());
        assertEquals(List.of(new SessionLine(recurring.sessionId(), "Recurring autopilot “Data Analyst”", "Active",
                "—", "0 of 0 sent")), viewModel.activeSessions(), "the finished run once session is not active");
        assertEquals(3, viewModel.recent().size());
        RecentLine newest = viewModel.recent().get(0);
        assertEquals(ApplicationStatus.SUCCESS, newest.status());
        assertTrue(newest.job().startsWith("Acme — Engineer "), newest.job());

        // One application turns out unconfirmed: it waits on the candidate.
        String id = created.applications().get(0).applicationId();
        kit.database.jdbi().useExtension(ApplicationDao.class,
                dao -> dao.transition(id, "SUCCESS", "UNCONFIRMED", Instant.now()));
        viewModel.reload();
        assertEquals(1, viewModel.needsYouProperty().get());
        assertEquals("1 application waits for you", viewModel.needsYouTextProperty().get());
        assertEquals("2 sent · 1 waits for you", viewModel.weekDetailProperty().get(),
                "no rate while one of them may yet be sent");
    }

    @Test
    void aReviewRunsFormsWaitingForTheCandidateDoNotReadAsFailures() {
        kit.reviewRun(profile, 1, 4);
        viewModel.activate();

        assertEquals("4", viewModel.weekTextProperty().get());
        assertEquals("0 sent · 4 wait for you", viewModel.weekDetailProperty().get());
        assertEquals(4, viewModel.needsYouProperty().get());
    }

    @Test
    void theButtonsLeadToNeedsYouRunOnceAndAutopilot() {
        viewModel.openNeedsYou();
        viewModel.applyToLinks();
        viewModel.startAutopilot();
        assertEquals(List.of(Destination.NEEDS_YOU, Destination.RUN_ONCE, Destination.AUTOPILOT), navigated);
    }
}
