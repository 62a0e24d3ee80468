package io.applydesk.app.ui.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.analytics.AnalyticsViewModel.AtsBar;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.analytics.Period;
import io.applydesk.core.analytics.RangeChoice;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Analytics page's ViewModel without the toolkit, over real services (real H2, the real run coordinator
 * with a stand-in engine): the empty state, then a run whose figures reach the cards and charts on the next
 * tick, and only then.
 */
class AnalyticsViewModelTest {
    @TempDir
    Path dataDir;
    private UiTestKit kit;
    private Profile profile;
    private AnalyticsService analytics;
    private int reads;
    private final List<String> opened = new java.util.ArrayList<>();
    private AnalyticsViewModel viewModel;

    @BeforeEach
    void setUp() {
        kit = new UiTestKit(dataDir, 2);
        profile = kit.completeProfile("dana@example.com");
        analytics = new AnalyticsService(kit.database, kit.profiles, Clock.systemUTC());
        TaskExecutor counting = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                reads++;
                new InlineTaskExecutor().execute(task);
            }
        };
        viewModel = new AnalyticsViewModel(analytics, ZoneId.of("UTC"), counting,
                ChangeSource.of(kit.coordinator, kit.sessions), () -> opened.add("run once"));
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void withoutApplicationsThePageSaysWhatToDoAndItsActionOpensRunOnce() {
        viewModel.activate();
        assertTrue(viewModel.emptyProperty().get());
        assertTrue(viewModel.loadedProperty().get());
        assertEquals("0", viewModel.applicationsTextProperty().get());
        assertEquals("—", viewModel.successRateTextProperty().get());
        assertEquals(30, viewModel.trendProperty().get().labels().size());
        assertEquals(List.of("Dana Okafor: 0 of 100 this month · 0 of 1,000 in all"), viewModel.caps());
        viewModel.applyToLinks();
        assertEquals(List.of("run once"), opened);
    }

    @Test
    void aFinishedRunReachesTheCardsAndChartsOnTheNextTickOnly() {
        viewModel.activate();
        int afterFirstRead = reads;
        SessionCreated created = kit.runOnce(profile, 2);
        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));

        assertEquals("0", viewModel.applicationsTextProperty().get(), "events only raise a flag");
        viewModel.tick();
        assertEquals(afterFirstRead + 1, reads, "a burst of events costs one read");
        assertFalse(viewModel.emptyProperty().get());
        assertEquals("2", viewModel.applicationsTextProperty().get());
        assertEquals("2", viewModel.successfulTextProperty().get());
        assertEquals("0", viewModel.failedTextProperty().get());
        assertEquals("100%", viewModel.successRateTextProperty().get());
        assertEquals(List.of(new AtsBar("Greenhouse", 2, 2)), viewModel.byAts());
        assertEquals(1, viewModel.bySession().size());
        AnalyticsViewModel.SessionLine line = viewModel.bySession().get(0);
        assertEquals(created.session().sessionId(), line.sessionId());
        assertEquals("Completed", line.status());
        assertEquals(2, line.applications());
        assertEquals("100%", line.successRate());
        assertEquals(List.of("Dana Okafor: 2 of 100 this month · 2 of 1,000 in all"), viewModel.caps());

        AnalyticsViewModel.Trend trend = viewModel.trendProperty().get();
        String today = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(analytics.today());
        assertEquals(today, trend.labels().get(29));
        assertEquals(100.0, trend.successRates().get(29));
        assertEquals(null, trend.successRates().get(28), "no rate on a day without applications");
        assertEquals(List.of(ApplicationStatus.SUCCESS), List.copyOf(trend.byStatus().keySet()));
        assertEquals(2, trend.byStatus().get(ApplicationStatus.SUCCESS).get(29));
        assertEquals("Applications per day", viewModel.trendTitleProperty().get());

        viewModel.tick();
        assertEquals(afterFirstRead + 1, reads, "no change, no read");
    }

    @Test
    void aHiddenPageDoesNotReadAndTheRangeChooserRegroups() {
        viewModel.activate();
        viewModel.deactivate();
        int before = reads;
        SessionCreated created = kit.runOnce(profile, 1);
        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        viewModel.tick();
        assertEquals(before, reads, "unsubscribed while hidden");

        viewModel.rangeProperty().set(RangeChoice.LAST_7_DAYS);
        assertEquals(7, viewModel.trendProperty().get().labels().size());
        assertEquals("1", viewModel.applicationsTextProperty().get());
        LocalDate today = analytics.today();
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        assertEquals(full.format(today.minusDays(6)) + " – " + full.format(today), viewModel.rangeTextProperty().get());
    }

    @Test
    void eachRangeHasOneLabelPerPeriodEndingTodayAndAllTimeAtLeastAMonthOfThem() {
        kit.applicationsIn(profile, List.of(ApplicationStatus.SUCCESS));
        viewModel.activate();
        LocalDate today = analytics.today();
        Map<RangeChoice, Integer> days = Map.of(RangeChoice.LAST_7_DAYS, 7, RangeChoice.LAST_30_DAYS, 30,
                RangeChoice.LAST_90_DAYS, 90, RangeChoice.ALL, 30);
        for (RangeChoice range : List.of(RangeChoice.LAST_7_DAYS, RangeChoice.ALL, RangeChoice.LAST_90_DAYS,
                RangeChoice.LAST_30_DAYS)) {
            viewModel.rangeProperty().set(range);
            List<String> expected = IntStream.range(0, days.get(range)).mapToObj(i -> AnalyticsViewModel.label(
                    today.minusDays(days.get(range) - 1L - i), Period.DAY)).toList();
            assertEquals(expected, viewModel.trendProperty().get().labels(),
                    range + ": a history of one day is still a day's bar among a month of them");
        }
    }

    @Test
    void theCardAndTheChartCountTheSameApplicationsAndTheRateLeavesOutThoseNotFinished() {
        // Mid-run: one sent, one failed, two being applied, one waiting on the candidate; three duplicates skipped
        // and one still queued, which never reached a form.
        SessionCreated created = kit.applicationsIn(profile, List.of(ApplicationStatus.SUCCESS,
                ApplicationStatus.FAILED, ApplicationStatus.PROCESSING, ApplicationStatus.PROCESSING,
                ApplicationStatus.NEEDS_INPUT, ApplicationStatus.SKIPPED, ApplicationStatus.SKIPPED,
                ApplicationStatus.SKIPPED, ApplicationStatus.QUEUED));
        viewModel.activate();

        assertEquals("5", viewModel.applicationsTextProperty().get());
        AnalyticsViewModel.Trend trend = viewModel.trendProperty().get();
        assertEquals(List.of(ApplicationStatus.PROCESSING, ApplicationStatus.SUCCESS, ApplicationStatus.FAILED,
                ApplicationStatus.NEEDS_INPUT), List.copyOf(trend.byStatus().keySet()));
        assertEquals(5, trend.byStatus().values().stream().mapToInt(counts -> counts.get(29)).sum(),
                "today's bar adds up to the card");
        assertEquals("1 queued · 3 skipped, not counted", viewModel.notCountedTextProperty().get());

        assertEquals("50%", viewModel.successRateTextProperty().get(), "one sent of the two that ended");
        assertEquals("of 2 sent or failed · 2 in progress", viewModel.successRateDetailProperty().get());
        assertEquals(50.0, trend.successRates().get(29));
        AnalyticsViewModel.SessionLine line = viewModel.bySession().get(0);
        assertEquals(created.session().sessionId(), line.sessionId());
        assertEquals(5, line.applications());
        assertEquals("50%", line.successRate());
    }

    @Test
    void ratesAndMonthsReadAsAPersonWritesThem() {
        assertEquals("66.7%", AnalyticsViewModel.percent(200.0 / 3));
        assertEquals("50%", AnalyticsViewModel.percent(50.0));
        assertEquals("—", AnalyticsViewModel.percent(null));
        assertEquals("Nov 2026", AnalyticsViewModel.label(LocalDate.of(2026, 11, 1), Period.MONTH));
        assertEquals("2 Nov", AnalyticsViewModel.label(LocalDate.of(2026, 11, 2), Period.WEEK));
    }
}
