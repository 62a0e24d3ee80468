package io.applydesk.app.ui.run;

import io.applydesk.app.ui.common.FullTextTooltip;
import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.SampleRows;
import io.applydesk.app.ui.common.StatusPillCell;
import io.applydesk.app.ui.common.TextWithTooltipCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.job.AtsType;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * Code-behind of {@code Run.fxml}: the live dashboard of a run, built once and {@linkplain #show shown} over
 * whichever run is selected (building it anew per run cost the window ~0.3 s as a first run started). While shown it
 * subscribes (through the run's ViewModel) and copies buffered events into the table on an {@link FxTicker} tick.
 * Thumbnails are decoded on a background thread; the FX thread only swaps in the decoded image.
 */
public final class RunView implements PageView {
    private final Parent root;
    private final FxTicker ticker = new FxTicker(FxTicker.LIVE_INTERVAL, this::applyPendingEvents);
    /** Live tiles made ahead of a first run: a row of them at the window's usual size. */
    private static final int TILES_AHEAD = 4;
    /** How many layouts at most {@link #uncutNewestLine} scrolls over (a run's tick brings a few lines). */
    private static final int UNCUT_LAYOUTS = 8;
    /** The tiles shown, one per application being filled in, in their places in the pane. */
    private final List<LiveTile> tiles = new ArrayList<>();
    /** Tiles whose job ended and that no new job took yet: the next ones take them before a new tile is made. */
    private final Deque<LiveTile> spareTiles = new ArrayDeque<>();
    private final ListChangeListener<String> followLog = change -> followNewestLine();
    private final ListChangeListener<LiveJob> liveJobsChanged = change -> showLiveJobs();
    private final ChangeListener<Path> evidenceChanged = (obs, old, path) -> showImage(path);
    private final Runnable uncutNewestLine = this::uncutNewestLine;
    /** The scene whose next layout is followed by {@link #uncutNewestLine}; null when none is. */
    private Scene uncutIn;
    private int uncutLayoutsLeft;
    /** Whether {@link #uncutNewestLine} brings the newest line into view, or only uncuts it when in view. */
    private boolean reachNewestLine;
    /** The run shown; null before the first. */
    private RunViewModel viewModel;
    private boolean visible;

    @FXML private Label runTitle;
    @FXML private Label runSubtitle;
    @FXML private FlowPane liveJobsPane;
    @FXML private Label liveJobsEmpty;
    @FXML private ListView<String> runLog;
    @FXML private Label runLogEmpty;
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

    public RunView() {
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown() {
        if (!visible) {
            visible = true;
            subscribe();
        }
    }

    @Override
    public void hidden() {
        if (visible) {
            visible = false;
            unsubscribe();
        }
    }

    /**
     * Lays the run table and the log out with sample rows and lines ({@link SampleRows}) before a first run, and a
     * row of live tiles, kept as spares for its first jobs: their labels are skinned and styled then, not in the
     * first frames of the run.
     */
    @Override
    public void layOutAhead() {
        if (viewModel != null) {
            return;
        }
        Application sample = new Application("sample", "sample", "sample", "sample", "https://example.org/jobs/1",
                "sample", "Software Engineer", "Example", "1", AtsType.GREENHOUSE, ApplicationStatus.QUEUED, null, null,
                null, null, null, null, null, null, null, null, null);
        new SampleRows().in(runTable.itemsProperty(), new RunRow(sample, "Waiting for a browser"))
                .in(runLog.itemsProperty(), "Waiting for a browser")
                .layOut(root);
        // Styled and laid out in their pane alone: laying the page out with them would make the table shorter than at
        // Start, and fewer of its rows ahead (the first frame of a run took ~10 ms more).
        for (int i = spareTiles.size(); i < TILES_AHEAD; i++) {
            spareTiles.add(new LiveTile());
        }
        liveJobsPane.getChildren().setAll(spareTiles.stream().map(tile -> (Node) tile.root).toList());
        liveJobsPane.applyCss();
        liveJobsPane.layout();
        liveJobsPane.getChildren().clear();
    }

    /** Shows {@code run} instead of the run shown so far, moving the subscription with it. */
    public void show(RunViewModel run) {
        if (run == viewModel) {
            return;
        }
        unsubscribe();
        if (viewModel != null) {
            viewModel.log().removeListener(followLog);
            viewModel.liveJobs().removeListener(liveJobsChanged);
            viewModel.evidenceImageProperty().removeListener(evidenceChanged);
        }
        viewModel = run;
        runTitle.textProperty().bind(Bindings.when(run.finishedProperty())
                .then("Run finished").otherwise("Run in progress…"));
        runSubtitle.setText(run.sessionRunId() + " · session " + run.sessionId());
        progressBar.progressProperty().bind(run.progressProperty());
        progressText.textProperty().bind(run.progressTextProperty());
        countsText.textProperty().bind(run.countsTextProperty());
        runMessage.textProperty().bind(run.messageProperty());
        evidenceCaption.textProperty().bind(run.evidenceCaptionProperty());
        runLog.setItems(run.log());
        // The log lives with the page, not in the database: a finished run shown again has none.
        runLogEmpty.textProperty().bind(Bindings.when(run.finishedProperty())
                .then("The log shows while a run goes on; it is not kept. Each application's steps and answers "
                        + "are in its detail on the Applications page.")
                .otherwise("The steps of each application appear here as they happen."));
        // Follow the newest line, as a terminal does.
        run.log().addListener(followLog);
        run.liveJobs().addListener(liveJobsChanged);
        showLiveJobs();
        runTable.setItems(run.rows());
        run.evidenceImageProperty().addListener(evidenceChanged);
        showImage(run.evidenceImageProperty().get());
        subscribe();
    }

    private void applyPendingEvents() {
        viewModel.applyPendingEvents();
    }

    private void followNewestLine() {
        int newest = runLog.getItems().size() - 1;
        // Whole, at the bottom: ListView.scrollTo puts a line at the top, which left a wrapped newest line cut off
        // below the log's edge. It is still called first: only it tells the flow at once that lines came (the flow
        // otherwise learns it at its next layout, and asked before that for a line past the end it knew, stopped
        // short). Both place the line by guessed heights; the scrolling is finished after layout.
        runLog.scrollTo(newest);
        if (runLog.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(newest);
        }
        newestLineWholeAfterLayout(true);
    }

    /**
     * Has {@link #uncutNewestLine} run after the next layouts of the window: to bring the newest line into view
     * ({@code reach}, as lines come), or only to show it whole if it is in view (as the log is resized: a candidate
     * reading an earlier line keeps it).
     */
    private void newestLineWholeAfterLayout(boolean reach) {
        uncutLayoutsLeft = UNCUT_LAYOUTS;
        reachNewestLine = reach || (uncutIn != null && reachNewestLine);
        Scene scene = runLog.getScene();
        if (uncutIn == null && scene != null && !runLog.getItems().isEmpty()) {
            uncutIn = scene;
            scene.addPostLayoutPulseListener(uncutNewestLine);
        }
    }

    /**
     * Scrolls the log down until its newest line ends at its bottom edge, a layout at a time. The flow places its lines
     * by their heights as last measured or, for lines it has not shown yet, as guessed, and lines wrapped over several
     * rows are taller than guessed: asked to show the newest line, it stopped lines short of it, and resized, it could
     * leave the newest line cut below its edge while believing itself at its end, not scrolling further. Scrolling a
     * pixel up first makes it measure its lines again; after that it goes down as far as they go.
     */
    private void uncutNewestLine() {
        uncutIn.removePostLayoutPulseListener(uncutNewestLine);
        uncutIn = null;
        int newest = runLog.getItems().size() - 1;
        if (newest < 0 || !(runLog.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || !(flow.lookup(".clipped-container") instanceof Region viewport)) {
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(newest);
        if (cell == null || !cell.isVisible()) {
            if (!reachNewestLine) {
                return;
            }
            // Not in view yet: asked again, now that the lines shown were measured; checked after the next layout.
            flow.scrollTo(newest);
        } else {
            double below = viewport.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMaxY()
                    - viewport.getHeight();
            if (below <= 0.5) {
                return;
            }
            double up = flow.getPosition() >= 1 ? flow.scrollPixels(-1) : 0;
            flow.scrollPixels(below - up);
        }
        if (--uncutLayoutsLeft > 0) {
            uncutIn = runLog.getScene();
            uncutIn.addPostLayoutPulseListener(uncutNewestLine);
            runLog.requestLayout();
        }
    }

    private void subscribe() {
        if (visible && viewModel != null) {
            viewModel.activate();
            ticker.start();
        }
    }

    private void unsubscribe() {
        if (viewModel != null) {
            ticker.stop();
            viewModel.deactivate();
        }
    }

    @FXML
    private void initialize() {
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().application().status()));
        statusColumn.setCellFactory(column -> new StatusPillCell<>());
        jobColumn.setCellValueFactory(c -> text(c.getValue().application(), RunViewModel::jobOf));
        jobColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        atsColumn.setCellValueFactory(c -> text(c.getValue().application(),
                a -> a.atsType() == null ? "" : a.atsType().displayName()));
        atsColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        detailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().detail()));
        detailColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        runTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedProperty().set(row == null ? null : row.application()));
        runLog.setCellFactory(list -> new LogCell());
        // A log resized (the live tiles gone at the end of a run, the window resized) wraps its lines anew.
        InvalidationListener resized = obs -> newestLineWholeAfterLayout(false);
        runLog.widthProperty().addListener(resized);
        runLog.heightProperty().addListener(resized);

        // As wide as the pane, never wider than the screenshot itself. Set, not bound: the scroll pane hands out new
        // viewport bounds on every layout, and a bound width is invalidated by each, even an equal one, which asks
        // for another layout: the page then repainted every frame for as long as it was shown.
        InvalidationListener refit = obs -> evidenceImage.setFitWidth(Math.min(
                evidenceScroll.getViewportBounds().getWidth() - 2,
                evidenceImage.getImage() == null ? Double.MAX_VALUE : evidenceImage.getImage().getWidth()));
        evidenceScroll.viewportBoundsProperty().addListener(refit);
        evidenceImage.imageProperty().addListener(refit);
    }

    /**
     * Keeps one tile per live job. A job that goes on keeps its tile; a new job takes the tile of one that ended, in its
     * place, else a spare one, else a new one at the end. So the tiles do not move about as jobs come and go, and a
     * new job seldom needs a new tile: a new tile's labels get their skins in the next CSS pass, which then leaves
     * the window's CSS to finish in another pulse that repaints the whole window (see LayoutBeforeCss).
     */
    private void showLiveJobs() {
        Map<String, LiveJob> notShown = new LinkedHashMap<>();
        viewModel.liveJobs().forEach(job -> notShown.put(job.applicationId(), job));
        Deque<LiveTile> freed = new ArrayDeque<>();
        for (LiveTile tile : tiles) {
            LiveJob job = notShown.remove(tile.applicationId);
            if (job == null) {
                freed.add(tile);
            } else {
                tile.show(job);
            }
        }
        for (LiveJob job : notShown.values()) {
            LiveTile tile = freed.poll();
            if (tile == null) {
                tile = spareTiles.isEmpty() ? new LiveTile() : spareTiles.pop();
                tiles.add(tile);
            }
            tile.show(job);
        }
        tiles.removeAll(freed);
        spareTiles.addAll(freed);
        showInOrder(liveJobsPane.getChildren(), tiles.stream().map(tile -> (Node) tile.root).toList());
        boolean none = tiles.isEmpty();
        liveJobsEmpty.setVisible(none);
        liveJobsEmpty.setManaged(none);
    }

    /**
     * Makes {@code children} hold {@code wanted}, in order, touching only the tiles that came or went: a node put back
     * into its parent is restyled from scratch, and a run's tiles change on most ticks.
     */
    static void showInOrder(ObservableList<Node> children, List<Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> kept = new HashSet<>(wanted);
        children.removeIf(node -> !kept.contains(node));
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            if (children.contains(node)) {
                // Reordered (not how a run's tiles change): put them all back.
                children.setAll(wanted);
                return;
            }
            children.add(i, node);
        }
    }

    /** Loads in the background (Image's own loader), so the FX thread never waits on the file. */
    private void showImage(Path path) {
        evidenceImage.setImage(path == null ? null : new Image(path.toUri().toString(), true));
    }

    private static ReadOnlyObjectWrapper<String> text(Application app, Function<Application, String> getter) {
        String value = getter.apply(app);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }

    /**
     * A log line wrapped to the log's width: in the half of the page the log has, a line with a link or an error ran
     * past its edge and was read only by scrolling sideways, a line at a time.
     */
    private static final class LogCell extends ListCell<String> {
        LogCell() {
            setWrapText(true);
            // As wide as the log, never wider: the cell then wraps its line instead of widening the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }

    /**
     * A live job: its thumbnail above its name and latest progress line. The name takes one line and the progress line
     * two (an opened link or a question asked runs longer than the tile is wide), cut to fit with the whole text in a
     * tooltip. The progress line is two lines tall even when it needs one: the tiles then keep their height as the
     * lines change, and the page below them does not jump on every step of a run.
     */
    private static final class LiveTile {
        static final double WIDTH = 200;
        private final ImageView thumbnail = new ImageView();
        private final Label job = new Label();
        private final Label line = new Label();
        private final VBox root = new VBox(4, new StackPane(thumbnail), job, line);
        /** The application shown, or null before the first. */
        private String applicationId;
        private byte[] shown;

        LiveTile() {
            thumbnail.setFitWidth(WIDTH);
            thumbnail.setFitHeight(WIDTH * 9 / 16);
            thumbnail.setPreserveRatio(true);
            thumbnail.setSmooth(true);
            thumbnail.getStyleClass().add("live-thumbnail");
            ((StackPane) root.getChildren().get(0)).getStyleClass().add("live-thumbnail-frame");
            job.getStyleClass().add("text-bold");
            line.getStyleClass().addAll("text-muted", "live-line");
            job.setMaxWidth(WIDTH);
            line.setMaxWidth(WIDTH);
            line.setWrapText(true);
            FullTextTooltip.install(job);
            FullTextTooltip.install(line);
            root.getStyleClass().add("live-tile");
            root.setId("liveTile");
        }

        void show(LiveJob live) {
            if (!live.applicationId().equals(applicationId)) {
                // The tile of an ended job taken by the next: not a moment of the old job's page under the new name.
                applicationId = live.applicationId();
                shown = null;
                thumbnail.setImage(null);
            }
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

    /**
     * One daemon thread for all thumbnails (decoding a small JPEG takes a few milliseconds), below the window's
     * priority as the rest of its background work.
     */
    private static final Executor THUMBNAIL_DECODER =
            Executors.newSingleThreadExecutor(CpuPriority.backgroundThreads("applydesk-thumbnails"));
}
