package io.applydesk.app.ui.run;

import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.LivePageView;
import io.applydesk.app.ui.common.StatusPillCell;
import io.applydesk.app.ui.common.TextWithTooltipCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * Code-behind of {@code Run.fxml}: the live dashboard of one run. While shown it subscribes (through
 * the ViewModel) and copies buffered events into the table on an {@link FxTicker} tick. Thumbnails
 * are decoded on a background thread; the FX thread only swaps in the decoded image.
 */
public final class RunView extends LivePageView {
    private final RunViewModel viewModel;
    private final Parent root;
    /** One tile per application being filled in, by application id. */
    private final Map<String, LiveTile> tiles = new HashMap<>();

    @FXML private Label runTitle;
    @FXML private Label runSubtitle;
    @FXML private FlowPane liveJobsPane;
    @FXML private Label liveJobsEmpty;
    @FXML private ListView<String> runLog;
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
        super(viewModel::activate, viewModel::deactivate, FxTicker.LIVE_INTERVAL, viewModel::applyPendingEvents);
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        runTitle.textProperty().bind(Bindings.when(viewModel.finishedProperty())
                .then("Run finished").otherwise("Run in progress…"));
        runSubtitle.setText(viewModel.sessionRunId() + " · session " + viewModel.sessionId());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        countsText.textProperty().bind(viewModel.countsTextProperty());
        runMessage.textProperty().bind(viewModel.messageProperty());
        runLog.setItems(viewModel.log());
        // Follow the newest line, as a terminal does.
        viewModel.log().addListener((ListChangeListener<String>) change -> runLog.scrollTo(viewModel.log().size() - 1));
        viewModel.liveJobs().addListener((ListChangeListener<LiveJob>) change -> showLiveJobs());
        showLiveJobs();

        runTable.setItems(viewModel.rows());
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().application().status()));
        statusColumn.setCellFactory(column -> new StatusPillCell<>());
        jobColumn.setCellValueFactory(c -> text(c.getValue().application(), RunViewModel::jobOf));
        jobColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        atsColumn.setCellValueFactory(c -> text(c.getValue().application(),
                a -> a.atsType() == null ? "" : a.atsType().displayName()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().detail()));
        detailColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        runTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedProperty().set(row == null ? null : row.application()));

        evidenceCaption.textProperty().bind(viewModel.evidenceCaptionProperty());
        // As wide as the pane, never wider than the screenshot itself. Set, not bound: the scroll pane hands out new
        // viewport bounds on every layout, and a bound width is invalidated by each, even an equal one, which asks
        // for another layout: the page then repainted every frame for as long as it was shown.
        InvalidationListener refit = obs -> evidenceImage.setFitWidth(Math.min(
                evidenceScroll.getViewportBounds().getWidth() - 2,
                evidenceImage.getImage() == null ? Double.MAX_VALUE : evidenceImage.getImage().getWidth()));
        evidenceScroll.viewportBoundsProperty().addListener(refit);
        evidenceImage.imageProperty().addListener(refit);
        viewModel.evidenceImageProperty().addListener((obs, old, path) -> showImage(path));
    }

    /** Keeps one tile per live job: new ones added, finished ones removed, the rest updated in place. */
    private void showLiveJobs() {
        List<LiveJob> live = viewModel.liveJobs();
        Set<String> ids = new HashSet<>();
        List<Node> ordered = new ArrayList<>();
        for (LiveJob job : live) {
            ids.add(job.applicationId());
            LiveTile tile = tiles.computeIfAbsent(job.applicationId(), id -> new LiveTile());
            tile.show(job);
            ordered.add(tile.root);
        }
        tiles.keySet().retainAll(ids);
        liveJobsPane.getChildren().setAll(ordered);
        liveJobsEmpty.setVisible(live.isEmpty());
        liveJobsEmpty.setManaged(live.isEmpty());
    }

    /** Loads in the background (Image's own loader), so the FX thread never waits on the file. */
    private void showImage(Path path) {
        evidenceImage.setImage(path == null ? null : new Image(path.toUri().toString(), true));
    }

    private static ReadOnlyObjectWrapper<String> text(Application app, Function<Application, String> getter) {
        String value = getter.apply(app);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }

    /** A live job: its thumbnail above its name and latest progress line. */
    private static final class LiveTile {
        static final double WIDTH = 200;
        private final ImageView thumbnail = new ImageView();
        private final Label job = new Label();
        private final Label line = new Label();
        private final VBox root = new VBox(4, new StackPane(thumbnail), job, line);
        private byte[] shown;

        LiveTile() {
            thumbnail.setFitWidth(WIDTH);
            thumbnail.setFitHeight(WIDTH * 9 / 16);
            thumbnail.setPreserveRatio(true);
            thumbnail.setSmooth(true);
            thumbnail.getStyleClass().add("live-thumbnail");
            ((StackPane) root.getChildren().get(0)).getStyleClass().add("live-thumbnail-frame");
            job.getStyleClass().add("text-bold");
            line.getStyleClass().add("text-muted");
            job.setMaxWidth(WIDTH);
            line.setMaxWidth(WIDTH);
            root.getStyleClass().add("live-tile");
            root.setId("liveTile");
        }

        void show(LiveJob live) {
            job.setText(live.job());
            line.setText(live.line() == null ? "Starting…" : live.line());
            byte[] jpeg = live.thumbnail();
            if (jpeg == null || jpeg == shown) {
                return;
            }
            shown = jpeg;
            // Decoded at the size it is shown (in device pixels): painting it is then a copy, not a smooth
            // scaling, which the software renderer would redo on every repaint while a run goes on.
            double width = WIDTH * Screen.getPrimary().getOutputScaleX();
            CompletableFuture.supplyAsync(() -> new Image(new ByteArrayInputStream(jpeg), width, 0, true, true),
                            THUMBNAIL_DECODER)
                    .thenAcceptAsync(image -> {
                        // A newer picture may have been decoded first; only the newest is shown.
                        if (shown == jpeg && !image.isError()) {
                            thumbnail.setImage(image);
                        }
                    }, Platform::runLater);
        }
    }

    /** One daemon thread for all thumbnails: decoding a small JPEG takes a few milliseconds. */
    private static final Executor THUMBNAIL_DECODER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "applydesk-thumbnails");
        thread.setDaemon(true);
        return thread;
    });
}
