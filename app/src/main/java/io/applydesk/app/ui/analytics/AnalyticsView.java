package io.applydesk.app.ui.analytics;

import io.applydesk.app.ui.analytics.AnalyticsViewModel.AtsBar;
import io.applydesk.app.ui.analytics.AnalyticsViewModel.SessionLine;
import io.applydesk.app.ui.analytics.AnalyticsViewModel.Trend;
import io.applydesk.app.ui.common.FormNodes;
import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.LivePageView;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.analytics.RangeChoice;
import io.applydesk.core.application.ApplicationStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Code-behind of {@code Analytics.fxml}: cards, charts and the by-session table bound to the ViewModel. While
 * shown, a once-a-second {@link FxTicker} lets the ViewModel reload when runs changed something.
 */
public final class AnalyticsView extends LivePageView {
    /** At most one reload a second while runs stream events. */
    static final Duration REFRESH = Duration.seconds(1);

    private final AnalyticsViewModel viewModel;
    private final Parent root;
    private final ToggleGroup ranges = new ToggleGroup();

    @FXML private Label rangeText;
    @FXML private ToggleButton range7d;
    @FXML private ToggleButton range30d;
    @FXML private ToggleButton range90d;
    @FXML private ToggleButton rangeAll;
    @FXML private Label analyticsMessage;
    @FXML private VBox analyticsEmpty;
    @FXML private Label emptyText;
    @FXML private VBox analyticsContent;
    @FXML private Label applicationsValue;
    @FXML private Label notCountedText;
    @FXML private Label successfulValue;
    @FXML private Label failedValue;
    @FXML private Label successRateValue;
    @FXML private Label successRateDetail;
    @FXML private VBox capsList;
    @FXML private LineChart<String, Number> successRateChart;
    @FXML private CategoryAxis rateAxis;
    @FXML private Label trendTitle;
    @FXML private StackedBarChart<String, Number> perPeriodChart;
    @FXML private CategoryAxis periodAxis;
    @FXML private BarChart<Number, String> atsChart;
    @FXML private TableView<SessionLine> sessionTable;
    @FXML private TableColumn<SessionLine, String> sessionNameColumn;
    @FXML private TableColumn<SessionLine, String> sessionStatusColumn;
    @FXML private TableColumn<SessionLine, String> sessionAppliedColumn;
    @FXML private TableColumn<SessionLine, String> sessionRateColumn;
    @FXML private TableColumn<SessionLine, String> sessionNextColumn;

    public AnalyticsView(AnalyticsViewModel viewModel) {
        super(viewModel::activate, viewModel::deactivate, REFRESH, viewModel::tick);
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Map<RangeChoice, ToggleButton> buttons = Map.of(RangeChoice.LAST_7_DAYS, range7d,
                RangeChoice.LAST_30_DAYS, range30d, RangeChoice.LAST_90_DAYS, range90d, RangeChoice.ALL, rangeAll);
        buttons.forEach((choice, button) -> {
            button.setToggleGroup(ranges);
            button.setUserData(choice);
        });
        buttons.get(viewModel.rangeProperty().get()).setSelected(true);
        ranges.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.rangeProperty().set((RangeChoice) now.getUserData());
            }
        });

        rangeText.textProperty().bind(viewModel.rangeTextProperty());
        analyticsMessage.textProperty().bind(viewModel.messageProperty());
        analyticsMessage.managedProperty().bind(analyticsMessage.textProperty().isNotEmpty());
        emptyText.setText(AnalyticsViewModel.EMPTY_TEXT);
        analyticsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        analyticsEmpty.managedProperty().bind(viewModel.emptyProperty());
        analyticsContent.visibleProperty().bind(viewModel.emptyProperty().not());
        analyticsContent.managedProperty().bind(viewModel.emptyProperty().not());

        applicationsValue.textProperty().bind(viewModel.applicationsTextProperty());
        successfulValue.textProperty().bind(viewModel.successfulTextProperty());
        failedValue.textProperty().bind(viewModel.failedTextProperty());
        successRateValue.textProperty().bind(viewModel.successRateTextProperty());
        successRateDetail.textProperty().bind(viewModel.successRateDetailProperty());
        notCountedText.textProperty().bind(viewModel.notCountedTextProperty());
        notCountedText.managedProperty().bind(notCountedText.textProperty().isNotEmpty());
        viewModel.caps().addListener((ListChangeListener<String>) change -> showCaps());
        trendTitle.textProperty().bind(viewModel.trendTitleProperty());
        viewModel.trendProperty().addListener((obs, old, now) -> showTrend(now));
        viewModel.byAts().addListener((ListChangeListener<AtsBar>) change -> showAts());

        sessionTable.setItems(viewModel.bySession());
        sessionNameColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::name));
        sessionStatusColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::status));
        sessionAppliedColumn.setCellValueFactory(c -> text(c.getValue(), s -> s.applications() + " (" + s.successful()
                + " sent, " + s.failed() + " failed)"));
        sessionRateColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::successRate));
        sessionNextColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::nextRun));
    }

    @FXML
    private void applyToLinks() {
        viewModel.applyToLinks();
    }

    private void showCaps() {
        capsList.getChildren().setAll(viewModel.caps().stream().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("caps-line");
            label.setWrapText(true);
            return label;
        }).toList());
    }

    /**
     * Replaces the series (animation off): the success rate where something ended sent or failed, the stacked counts
     * everywhere.
     */
    private void showTrend(Trend trend) {
        // The axes' own category lists, changed in place: a new list given to a fixed-range CategoryAxis leaves its
        // tick marks as they were (switching to "All time" drew the new bars under the old range's days).
        rateAxis.getCategories().setAll(trend.labels());
        periodAxis.getCategories().setAll(trend.labels());
        XYChart.Series<String, Number> rate = new XYChart.Series<>();
        rate.setName("Success rate");
        for (int i = 0; i < trend.labels().size(); i++) {
            Double value = trend.successRates().get(i);
            if (value != null) {
                rate.getData().add(new XYChart.Data<>(trend.labels().get(i), value));
            }
        }
        successRateChart.getData().setAll(List.of(rate));
        // Many days side by side: their labels stand upright so they do not run into each other.
        double rotation = trend.labels().size() > 31 ? -90 : 0;
        rateAxis.setTickLabelRotation(rotation);
        periodAxis.setTickLabelRotation(rotation);
        Map<String, String> colours = new java.util.HashMap<>();
        perPeriodChart.getData().setAll(trend.byStatus().entrySet().stream().map(entry -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(statusName(entry.getKey()));
            colours.put(series.getName(), chartStyle(entry.getKey()));
            for (int i = 0; i < trend.labels().size(); i++) {
                series.getData().add(new XYChart.Data<>(trend.labels().get(i), entry.getValue().get(i)));
            }
            return series;
        }).toList());
        paint(perPeriodChart, colours);
    }

    /**
     * Gives each series' bars and legend symbol the style class of its status (Analytics.css colours them), so
     * a status keeps its colour whichever statuses the range holds.
     */
    private static <X, Y> void paint(XYChart<X, Y> chart, Map<String, String> styleBySeries) {
        for (XYChart.Series<X, Y> series : chart.getData()) {
            String style = styleBySeries.get(series.getName());
            series.getData().stream().filter(d -> d.getNode() != null).forEach(d -> d.getNode().getStyleClass().add(style));
        }
        chart.lookupAll(".chart-legend-item").forEach(item -> {
            if (item instanceof Label && ((Label) item).getGraphic() != null) {
                String style = styleBySeries.get(((Label) item).getText());
                if (style != null) {
                    ((Label) item).getGraphic().getStyleClass().add(style);
                }
            }
        });
    }

    private void showAts() {
        XYChart.Series<Number, String> applications = new XYChart.Series<>();
        applications.setName("Applications");
        XYChart.Series<Number, String> sent = new XYChart.Series<>();
        sent.setName("Sent");
        // A vertical category axis starts at the bottom: the ATS with most applications goes in last, to be on top.
        List<AtsBar> bars = new ArrayList<>(viewModel.byAts());
        Collections.reverse(bars);
        for (AtsBar bar : bars) {
            applications.getData().add(new XYChart.Data<>(bar.applications(), bar.ats()));
            sent.getData().add(new XYChart.Data<>(bar.successful(), bar.ats()));
        }
        atsChart.getData().setAll(List.of(applications, sent));
        paint(atsChart, Map.of("Applications", "chart-applications", "Sent", chartStyle(ApplicationStatus.SUCCESS)));
    }

    /**
     * The style class that gives a status its own colour in the charts (Analytics.css), e.g. "chart-needs-input":
     * the pills' colours group statuses (amber for all three that wait on the candidate), a chart must tell each apart.
     */
    static String chartStyle(ApplicationStatus status) {
        return "chart-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The hosted status name in plain case, e.g. "Needs input". */
    static String statusName(ApplicationStatus status) {
        return FormNodes.capitalized(status.name().replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static ReadOnlyObjectWrapper<String> text(SessionLine line, Function<SessionLine, String> getter) {
        return new ReadOnlyObjectWrapper<>(getter.apply(line));
    }
}
