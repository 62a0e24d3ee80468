package io.applydesk.app.ui.dashboard;

import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.LivePageView;
import io.applydesk.app.ui.common.StatusPillCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.app.ui.dashboard.DashboardViewModel.RecentLine;
import io.applydesk.app.ui.dashboard.DashboardViewModel.SessionLine;
import io.applydesk.core.application.ApplicationStatus;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Code-behind of {@code Dashboard.fxml}. While shown, a once-a-second {@link FxTicker} lets the ViewModel
 * reload when runs or sessions changed.
 */
public final class DashboardView extends LivePageView {
    /** At most one reload a second while runs stream events. */
    static final Duration REFRESH = Duration.seconds(1);

    private final DashboardViewModel viewModel;
    private final Parent root;

    @FXML private Label practiceHint;
    @FXML private Label dashboardMessage;
    @FXML private Label todayValue;
    @FXML private Label todayDetail;
    @FXML private Label weekValue;
    @FXML private Label weekDetail;
    @FXML private VBox needsYouCard;
    @FXML private Label needsYouValue;
    @FXML private Label needsYouText;
    @FXML private TableView<SessionLine> sessionTable;
    @FXML private TableColumn<SessionLine, String> sessionNameColumn;
    @FXML private TableColumn<SessionLine, String> sessionStatusColumn;
    @FXML private TableColumn<SessionLine, String> sessionNextColumn;
    @FXML private TableColumn<SessionLine, String> sessionSentColumn;
    @FXML private TableView<RecentLine> recentTable;
    @FXML private TableColumn<RecentLine, String> recentJobColumn;
    @FXML private TableColumn<RecentLine, ApplicationStatus> recentStatusColumn;
    @FXML private TableColumn<RecentLine, String> recentWhenColumn;

    public DashboardView(DashboardViewModel viewModel) {
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
        practiceHint.setText(viewModel.practiceHint());
        practiceHint.setManaged(!viewModel.practiceHint().isEmpty());
        dashboardMessage.textProperty().bind(viewModel.messageProperty());
        dashboardMessage.managedProperty().bind(dashboardMessage.textProperty().isNotEmpty());
        todayValue.textProperty().bind(viewModel.todayTextProperty());
        todayDetail.textProperty().bind(viewModel.todayDetailProperty());
        weekValue.textProperty().bind(viewModel.weekTextProperty());
        weekDetail.textProperty().bind(viewModel.weekDetailProperty());
        needsYouValue.textProperty().bind(viewModel.needsYouProperty().asString());
        needsYouText.textProperty().bind(viewModel.needsYouTextProperty());
        // The card stands out while something waits on the candidate.
        viewModel.needsYouProperty().addListener((obs, old, now) -> {
            needsYouCard.getStyleClass().remove("needs-you");
            if (now.intValue() > 0) {
                needsYouCard.getStyleClass().add("needs-you");
            }
        });

        sessionTable.setItems(viewModel.activeSessions());
        sessionNameColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::name));
        sessionStatusColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::status));
        sessionNextColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::nextRun));
        sessionSentColumn.setCellValueFactory(c -> text(c.getValue(), SessionLine::applications));
        recentTable.setItems(viewModel.recent());
        recentJobColumn.setCellValueFactory(c -> text(c.getValue(), RecentLine::job));
        recentStatusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        recentStatusColumn.setCellFactory(column -> new StatusPillCell<>());
        recentWhenColumn.setCellValueFactory(c -> text(c.getValue(), RecentLine::when));
    }

    @FXML
    private void openNeedsYou() {
        viewModel.openNeedsYou();
    }

    @FXML
    private void applyToLinks() {
        viewModel.applyToLinks();
    }

    @FXML
    private void startAutopilot() {
        viewModel.startAutopilot();
    }

    private static <T> ReadOnlyObjectWrapper<String> text(T line, Function<T, String> getter) {
        return new ReadOnlyObjectWrapper<>(getter.apply(line));
    }
}
