package io.applydesk.app.ui.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.ShownText;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.application.ApplicationStatus;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
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
 * drawn, not only the categories held), a day's bar is one day wide, and every status charted has a colour of its
 * own in light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsViewTest {
    /** Every started status: what the chart stacks. */
    private static final List<ApplicationStatus> CHARTED = List.of(ApplicationStatus.PROCESSING,
            ApplicationStatus.SUCCESS, ApplicationStatus.FAILED, ApplicationStatus.NEEDS_INPUT,
            ApplicationStatus.AWAITING_REVIEW, ApplicationStatus.UNCONFIRMED);

    private UiTestKit kit;
    private final ThemeManager theme = new ThemeManager();
    private AnalyticsView view;
    private AnalyticsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        kit = new UiTestKit(Files.createTempDirectory("analytics-view"), 2);
        List<ApplicationStatus> today = new ArrayList<>(CHARTED);
        today.addAll(List.of(ApplicationStatus.QUEUED, ApplicationStatus.SKIPPED, ApplicationStatus.CANCELLED));
        kit.applicationsIn(kit.completeProfile("dana@example.com"), today);
        viewModel = new AnalyticsViewModel(new AnalyticsService(kit.database, kit.profiles, Clock.systemUTC()),
                ZoneId.of("UTC"), new InlineTaskExecutor(), ChangeSource.of(kit.coordinator, kit.sessions), () -> { });
        view = new AnalyticsView(viewModel);
        Scene scene = new Scene(view.root(), 1200, 900);
        theme.attach(scene);
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
            // Fired, not clicked: the page's scroll bar comes and goes with the range, and a pointer on its way to
            // "All time" once pressed "90 days" beside it as the buttons moved.
            robot.interact(() -> robot.lookup(button).queryAs(ToggleButton.class).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> fx(() -> viewModel.trendProperty().get().labels().size()) == days.get(button));
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

    @Test
    void everyStatusChartedHasAColourOfItsOwnInLightAndDark() throws Exception {
        StackedBarChart<String, Number> perPeriod = chart("#perPeriodChart");
        assertEquals(CHARTED.stream().map(AnalyticsView::statusName).toList(),
                fx(() -> perPeriod.getData().stream().map(XYChart.Series::getName).toList()),
                "started applications only, as the Applications card counts them");
        for (boolean dark : List.of(false, true)) {
            fxRun(() -> {
                theme.setDark(dark);
                view.root().applyCss();
            });
            Map<String, Paint> fills = fx(() -> perPeriod.getData().stream().collect(Collectors.toMap(
                    XYChart.Series::getName, series -> fill(series.getData().get(series.getData().size() - 1)))));
            assertEquals(CHARTED.size(), fills.values().stream().distinct().count(),
                    (dark ? "dark: " : "light: ") + fills);
        }
    }

    @Test
    void everyColumnHeaderOfTheSessionTableIsShownWholeInANarrowerTable() throws Exception {
        TableView<?> table = (TableView<?>) view.root().lookup("#sessionTable");
        // Narrower than the page gives it here, as a narrower page would: the columns give way, never below their
        // headers ("Success rate" read "Success r...").
        fxRun(() -> table.setMaxWidth(640));
        Map<String, String> shown = fx(() -> table.lookupAll(".column-header .label").stream()
                .map(Label.class::cast).collect(Collectors.toMap(Label::getText, ShownText::of)));
        Map<String, String> whole = fx(() -> table.getColumns().stream()
                .collect(Collectors.toMap(TableColumn::getText, TableColumn::getText)));
        assertEquals(whole, shown, "in a table " + fx(table::getWidth) + " px wide");
    }

    /** The categories of the tick marks the axis drew, left to right. */
    private static List<String> drawnTicks(Axis<String> axis) {
        return ((CategoryAxis) axis).getTickMarks().stream().map(Axis.TickMark::getValue).toList();
    }

    private static Paint fill(XYChart.Data<String, Number> bar) {
        return ((Region) bar.getNode()).getBackground().getFills().get(0).getFill();
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
