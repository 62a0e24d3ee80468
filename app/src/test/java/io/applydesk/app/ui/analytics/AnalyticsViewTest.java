package io.applydesk.app.ui.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.application.ApplicationStatus;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Analytics page's charts as drawn, over real H2: the range buttons rebuild both charts' axes (the tick marks
 * drawn, not only the categories held), and a day's bar is one day wide.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsViewTest {
    private UiTestKit kit;
    private AnalyticsView view;
    private AnalyticsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        kit = new UiTestKit(Files.createTempDirectory("analytics-view"), 2);
        kit.applicationsIn(kit.completeProfile("dana@example.com"), List.of(ApplicationStatus.SUCCESS,
                ApplicationStatus.FAILED));
        viewModel = new AnalyticsViewModel(new AnalyticsService(kit.database, kit.profiles, Clock.systemUTC()),
                ZoneId.of("UTC"), new InlineTaskExecutor(), ChangeSource.of(kit.coordinator, kit.sessions), () -> { });
        view = new AnalyticsView(viewModel);
        Scene scene = new Scene(view.root(), 1200, 900);
        new ThemeManager().attach(scene);
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        fxRun(view::hidden);
        kit.close();
    }

    @Test
    void eachRangeRedrawsBothAxesWithItsOwnPeriodsAndADaysBarIsOneDayWide(FxRobot robot) throws Exception {
        StackedBarChart<String, Number> perPeriod = chart("#perPeriodChart");
        LineChart<String, Number> rate = chart("#successRateChart");
        // All time: the history is today's only, and still a day among a month of them.
        Map<String, Integer> days = Map.of("#range7d", 7, "#rangeAll", 30, "#range90d", 90, "#range30d", 30);
        for (String button : List.of("#range7d", "#rangeAll", "#range90d", "#range30d", "#rangeAll")) {
            robot.clickOn(button);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> labels = viewModel.trendProperty().get().labels();
            assertEquals(days.get(button), labels.size(), button);
            assertEquals(labels, fx(() -> drawnTicks(perPeriod.getXAxis())), button + ": the bars' axis");
            assertEquals(labels, fx(() -> drawnTicks(rate.getXAxis())), button + ": the rate's axis");
            double slot = fx(() -> perPeriod.getXAxis().getWidth()) / days.get(button);
            double todaysBar = fx(() -> ((Region) perPeriod.getData().get(0).getData().get(labels.size() - 1)
                    .getNode()).getWidth());
            assertTrue(todaysBar <= slot, button + ": today's bar is " + todaysBar + " wide, a day " + slot);
        }
    }

    /** The categories of the tick marks the axis drew, left to right. */
    private static List<String> drawnTicks(Axis<String> axis) {
        return ((CategoryAxis) axis).getTickMarks().stream().map(Axis.TickMark::getValue).toList();
    }

    @SuppressWarnings("unchecked")
    private <C> C chart(String id) {
        return (C) view.root().lookup(id);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void fxRun(Runnable work) {
        WaitForAsyncUtils.asyncFx(work);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
