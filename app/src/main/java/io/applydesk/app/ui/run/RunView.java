package io.applydesk.app.ui.run;

import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Code-behind of {@code Run.fxml}: the live table of one run. While shown it subscribes (through
 * the ViewModel) and copies buffered events into the table on an {@link FxTicker} tick.
 */
public final class RunView implements PageView {
    private final RunViewModel viewModel;
    private final FxTicker ticker;
    private final Parent root;

    @FXML private Label runTitle;
    @FXML private Label runSubtitle;
    @FXML private Button stopButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private Label countsText;
    @FXML private Label runMessage;
    @FXML private TableView<RunRow> runTable;
    @FXML private TableColumn<RunRow, ApplicationStatus> statusColumn;
    @FXML private TableColumn<RunRow, String> jobColumn;
    @FXML private TableColumn<RunRow, String> atsColumn;
    @FXML private TableColumn<RunRow, String> detailColumn;
    @FXML private Label evidenceCaption;
    @FXML private ScrollPane evidenceScroll;
    @FXML private ImageView evidenceImage;

    public RunView(RunViewModel viewModel) {
        this.viewModel = viewModel;
        this.ticker = new FxTicker(FxTicker.DEFAULT_INTERVAL, viewModel::applyPendingEvents);
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown() {
        viewModel.activate();
        ticker.start();
    }

    @Override
    public void hidden() {
        ticker.stop();
        viewModel.deactivate();
    }

    @FXML
    private void initialize() {
        runTitle.textProperty().bind(Bindings.when(viewModel.finishedProperty())
                .then("Run finished").otherwise("Run in progress…"));
        runSubtitle.setText(viewModel.sessionRunId() + " · session " + viewModel.sessionId());
        stopButton.disableProperty().bind(viewModel.canStopProperty().not());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        countsText.textProperty().bind(viewModel.countsTextProperty());
        runMessage.textProperty().bind(viewModel.messageProperty());

        runTable.setItems(viewModel.rows());
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().application().status()));
        statusColumn.setCellFactory(column -> new StatusPillCell());
        jobColumn.setCellValueFactory(c -> text(c.getValue().application(), RunViewModel::jobOf));
        jobColumn.setCellFactory(column -> new TextWithTooltipCell());
        atsColumn.setCellValueFactory(c -> text(c.getValue().application(),
                a -> a.atsType() == null ? "" : a.atsType().displayName()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().detail()));
        detailColumn.setCellFactory(column -> new TextWithTooltipCell());
        runTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedProperty().set(row == null ? null : row.application()));

        evidenceCaption.textProperty().bind(viewModel.evidenceCaptionProperty());
        // As wide as the pane, never wider than the screenshot itself.
        evidenceImage.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(evidenceScroll.getViewportBounds().getWidth() - 2,
                        evidenceImage.getImage() == null ? Double.MAX_VALUE : evidenceImage.getImage().getWidth()),
                evidenceScroll.viewportBoundsProperty(), evidenceImage.imageProperty()));
        viewModel.evidenceImageProperty().addListener((obs, old, path) -> showImage(path));
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    /** Loads in the background (Image's own loader), so the FX thread never waits on the file. */
    private void showImage(Path path) {
        evidenceImage.setImage(path == null ? null : new Image(path.toUri().toString(), true));
    }

    private static ReadOnlyObjectWrapper<String> text(Application app, Function<Application, String> getter) {
        String value = getter.apply(app);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }

    /** The style class of each status's pill: green done, red failed, amber needs the candidate, blue busy. */
    public static String pillStyle(ApplicationStatus status) {
        switch (status) {
            case SUCCESS:
                return "status-success";
            case FAILED:
                return "status-danger";
            case NEEDS_INPUT:
            case UNCONFIRMED:
            case AWAITING_REVIEW:
                return "status-warning";
            case PROCESSING:
                return "status-accent";
            default:
                return "status-neutral";
        }
    }

    private static final class StatusPillCell extends TableCell<RunRow, ApplicationStatus> {
        private final Label pill = new Label();

        StatusPillCell() {
            pill.getStyleClass().add("status-pill");
        }

        @Override
        protected void updateItem(ApplicationStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            if (empty || status == null) {
                setGraphic(null);
                return;
            }
            pill.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-pill"));
            pill.getStyleClass().add(pillStyle(status));
            // The hosted API's own words, so a candidate who knows it recognises them.
            pill.setText(status.name().replace('_', ' '));
            setGraphic(pill);
        }
    }

    /** Text with the full text in a tooltip (links and errors can be long). */
    private static final class TextWithTooltipCell extends TableCell<RunRow, String> {
        @Override
        protected void updateItem(String detail, boolean empty) {
            super.updateItem(detail, empty);
            setText(empty ? null : detail);
            setTooltip(empty || detail == null || detail.isEmpty() ? null : new Tooltip(detail));
        }
    }
}
