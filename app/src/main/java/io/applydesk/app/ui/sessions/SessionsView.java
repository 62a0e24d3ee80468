package io.applydesk.app.ui.sessions;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.FormNodes;
import io.applydesk.app.ui.common.LivePageView;
import io.applydesk.app.ui.common.SampleRows;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.app.ui.run.RunView;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Code-behind of {@code Sessions.fxml}: the sessions list with its filters and pages, and the
 * selected session's detail with the live dashboard ({@link RunView}) of its newest run.
 */
public final class SessionsView extends LivePageView {
    /** Session stats are read from H2; once a second is live enough and keeps the database quiet. */
    private static final Duration REFRESH_INTERVAL = Duration.seconds(1);
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final SessionsViewModel viewModel;
    private final Parent root;
    /** Built with the page and kept: a first run then only fills it in (see RunView). */
    private final RunView runView = new RunView();
    private boolean visible;
    /** While the ViewModel replaces the rows (see initialize). */
    private boolean rowsChanging;

    @FXML private ComboBox<Choice<SessionStatus>> statusFilter;
    @FXML private ComboBox<Choice<SessionType>> typeFilter;
    @FXML private ListView<SessionRow> sessionsList;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Label pageText;
    @FXML private Label detailTitle;
    @FXML private Label detailSummary;
    @FXML private Label sessionMessage;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button stopButton;
    @FXML private TableView<SessionRun> runsTable;
    @FXML private TableColumn<SessionRun, String> runStartedColumn;
    @FXML private TableColumn<SessionRun, String> runStatusColumn;
    @FXML private TableColumn<SessionRun, String> runStatsColumn;
    @FXML private StackPane liveRunPane;
    @FXML private Label noRunLabel;

    public SessionsView(SessionsViewModel viewModel) {
        super(viewModel::activate, viewModel::deactivate, REFRESH_INTERVAL, viewModel::applyPendingEvents);
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown() {
        visible = true;
        super.shown();
        if (viewModel.liveRunProperty().get() != null) {
            runView.shown();
        }
    }

    @Override
    public void hidden() {
        visible = false;
        super.hidden();
        runView.hidden();
    }

    @FXML
    private void initialize() {
        statusFilter.setItems(viewModel.statusChoices());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        typeFilter.setItems(viewModel.typeChoices());
        typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());

        // A re-read page with a session more or less replaces the rows, and the list view then selects whatever row
        // is at the old row number, or nothing: that must not become the selected session (the list highlighted one
        // session, the detail showed another). Until the change is over (the list view's own listeners included,
        // whatever their order: hence the hop), the list's selection is not the candidate's.
        viewModel.rows().addListener((ListChangeListener<SessionRow>) change -> rowsChanging = true);
        sessionsList.setItems(viewModel.rows());
        sessionsList.setCellFactory(list -> new SessionCell());
        sessionsList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !rowsChanging) {
                viewModel.selectedProperty().set(row);
            }
        });
        // The ViewModel re-reads rows; keep the list's selection on the same session.
        viewModel.selectedProperty().addListener((obs, old, row) -> selectInTable(row));
        viewModel.rows().addListener((ListChangeListener<SessionRow>) change -> Platform.runLater(() -> {
            rowsChanging = false;
            selectInTable(viewModel.selectedProperty().get());
        }));

        previousPage.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextPage.disableProperty().bind(viewModel.hasNextProperty().not());
        pageText.textProperty().bind(viewModel.pageTextProperty());

        detailTitle.textProperty().bind(viewModel.detailTitleProperty());
        detailSummary.textProperty().bind(viewModel.detailSummaryProperty());
        sessionMessage.textProperty().bind(viewModel.messageProperty());
        pauseButton.disableProperty().bind(viewModel.canPauseProperty().not());
        resumeButton.disableProperty().bind(viewModel.canResumeProperty().not());
        stopButton.disableProperty().bind(viewModel.canStopProperty().not());

        runsTable.setItems(viewModel.runs());
        runStartedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().startedAt() == null ? "" : STARTED.format(c.getValue().startedAt())));
        runStatusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(runStatus(c.getValue())));
        runStatsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(runStats(c.getValue())));

        noRunLabel.textProperty().bind(Bindings.when(viewModel.selectedProperty().isNull())
                .then("Select a session to see its runs live.")
                .otherwise("This session has not run yet. Its runs appear here, live, when they start."));
        // Behind the sentence while no run is shown, so that its skins and styles are ready for the first one.
        liveRunPane.getChildren().add(0, runView.root());
        viewModel.liveRunProperty().addListener((obs, old, run) -> showRun(run));
        showRun(viewModel.liveRunProperty().get());
    }

    @FXML
    private void pause() {
        viewModel.pause();
    }

    @FXML
    private void resume() {
        viewModel.resume();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void previous() {
        viewModel.previousPage();
    }

    @FXML
    private void next() {
        viewModel.nextPage();
    }

    private void selectInTable(SessionRow row) {
        if (row == null) {
            sessionsList.getSelectionModel().clearSelection();
            return;
        }
        List<SessionRow> rows = viewModel.rows();
        IntStream.range(0, rows.size()).filter(i -> rows.get(i).sessionId().equals(row.sessionId())).findFirst()
                .ifPresentOrElse(i -> {
                    if (sessionsList.getSelectionModel().getSelectedIndex() != i
                            || sessionsList.getSelectionModel().getSelectedItem() != rows.get(i)) {
                        sessionsList.getSelectionModel().clearAndSelect(i);
                    }
                }, () -> sessionsList.getSelectionModel().clearSelection());
    }

    /**
     * Lays the sessions list and the runs table out with sample rows ({@link SampleRows}) before they first hold
     * any: a first session and its run appear together as a run starts (~20 ms of the FX thread then otherwise).
     */
    @Override
    public void layOutAhead() {
        if (sessionsList.getItems().isEmpty() && runsTable.getItems().isEmpty()) {
            Session sample = new Session("sample", SessionType.RUN_ONCE, "sample", SessionStatus.ACTIVE, null, null, null,
                    null, null, null, false, null, null, null, null);
            new SampleRows()
                    .in(sessionsList.itemsProperty(),
                            new SessionRow(sample, "Run once", "Active", "Sample", "0 of 22 applied", "",
                                    "Mon 7 Dec, 09:00"))
                    .in(runsTable.itemsProperty(), new SessionRun("sample", "sample", Instant.EPOCH, null,
                            RunStatus.IN_PROGRESS, new RunStats(22, 0, 0, 0)))
                    .layOut(root());
        }
        runView.layOutAhead();
    }

    /** Shows the dashboard of another run (or the sentence saying there is none), moving the subscription with it. */
    private void showRun(RunViewModel run) {
        if (run == null) {
            runView.hidden();
        } else {
            runView.show(run);
            if (visible) {
                runView.shown();
            }
        }
        runView.root().setVisible(run != null);
        noRunLabel.setVisible(run == null);
    }

    /** "In progress", "Completed", … (the hosted API's status in words). */
    private static String runStatus(SessionRun run) {
        return FormNodes.capitalized(run.status().apiValue().replace('_', ' '));
    }

    private static String runStats(SessionRun run) {
        var stats = run.stats();
        return stats == null ? "" : stats.jobsFound() + " jobs · " + stats.applicationsSuccessful() + " sent, "
                + stats.applicationsFailed() + " failed";
    }

    /**
     * Type and status on the first line; results, what waits for the candidate (in amber, as Needs you is
     * elsewhere), next run (recurring ones) and profile below. What waits has a line of its own: after the results
     * it was cut off in the narrowest list.
     */
    private static final class SessionCell extends ListCell<SessionRow> {
        private final Label title = new Label();
        private final Label stats = new Label();
        private final Label needYou = new Label();
        private final Label nextRun = new Label();
        private final Label profile = new Label();
        private final VBox box = new VBox(2, title, stats, needYou, nextRun, profile);

        SessionCell() {
            title.getStyleClass().add("text-bold");
            stats.getStyleClass().add("text-muted");
            needYou.getStyleClass().add(Styles.WARNING);
            nextRun.getStyleClass().add("text-muted");
            profile.getStyleClass().add("text-muted");
            // The box stays the cell's graphic, hidden (not unmanaged: the skin would drop it) in an empty cell: a
            // graphic taken out and put back is restyled.
            setGraphic(box);
        }

        @Override
        protected void updateItem(SessionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            boolean shown = !empty && row != null;
            box.setVisible(shown);
            if (!shown) {
                for (Label line : List.of(title, stats, needYou, nextRun, profile)) {
                    line.setText(null);
                }
                return;
            }
            title.setText(row.type() + " · " + row.status());
            stats.setText(row.stats());
            showIfAny(needYou, row.needYou());
            showIfAny(nextRun, row.nextRun().isEmpty() ? "" : "Next run " + row.nextRun());
            profile.setText(row.profileName());
        }

        /** {@code text} on {@code line}, which takes no room when there is none (""). */
        private static void showIfAny(Label line, String text) {
            line.setText(text);
            line.setVisible(!text.isEmpty());
            line.setManaged(!text.isEmpty());
        }
    }
}
