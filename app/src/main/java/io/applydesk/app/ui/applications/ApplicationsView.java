package io.applydesk.app.ui.applications;

import io.applydesk.app.ui.applications.ApplicationsViewModel.AnswerLine;
import io.applydesk.app.ui.applications.ApplicationsViewModel.Screenshot;
import io.applydesk.app.ui.common.LivePageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.StatusPillCell;
import io.applydesk.app.ui.common.TextWithTooltipCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code Applications.fxml}: filters, the paged table, the detail pane and the exports. While
 * shown it is subscribed to runs (through the ViewModel) and reloads the page at most every half second.
 */
public final class ApplicationsView extends LivePageView {
    /** How often a run's changes may reload the page. */
    static final Duration REFRESH_INTERVAL = Duration.millis(500);
    private static final double THUMBNAIL_WIDTH = 180;
    /** The table's width from which the ATS column shows beside date, status, company and job title. */
    static final double ALL_COLUMNS_WIDTH = 700;

    private final ApplicationsViewModel viewModel;
    private final Parent root;
    /** The window showing a screenshot at full size, made on first use. */
    private Stage screenshotViewer;

    @FXML private Label countLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button exportCsvButton;
    @FXML private Button exportRecordButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<ApplicationStatus>> statusFilter;
    @FXML private ComboBox<Choice<AtsType>> atsFilter;
    @FXML private ComboBox<Choice<String>> companyFilter;
    @FXML private ComboBox<Choice<String>> sessionFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Label messageLabel;
    @FXML private TableView<Application> applicationsTable;
    @FXML private TableColumn<Application, String> dateColumn;
    @FXML private TableColumn<Application, ApplicationStatus> statusColumn;
    @FXML private TableColumn<Application, String> companyColumn;
    @FXML private TableColumn<Application, String> titleColumn;
    @FXML private TableColumn<Application, String> atsColumn;
    @FXML private Button previousPageButton;
    @FXML private Label pageLabel;
    @FXML private Button nextPageButton;
    @FXML private Label detailPlaceholder;
    @FXML private ScrollPane detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private Hyperlink jobLink;
    @FXML private Label detailError;
    @FXML private VBox attemptsBox;
    @FXML private VBox answersBox;
    @FXML private FlowPane screenshotsBox;

    public ApplicationsView(ApplicationsViewModel viewModel) {
        super(viewModel::activate, viewModel::deactivate, REFRESH_INTERVAL, viewModel::refreshIfChanged);
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(Shortcuts.FIND, Shortcuts.focusing(searchField));
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(viewModel.countTextProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        exportCsvButton.disableProperty().bind(viewModel.exportingProperty());
        exportRecordButton.disableProperty().bind(viewModel.exportingProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchField.setTooltip(Shortcuts.tooltip("Search", Shortcuts.FIND));
        bind(statusFilter, viewModel.statusChoices(), viewModel.statusProperty());
        bind(atsFilter, viewModel.atsChoices(), viewModel.atsProperty());
        bind(companyFilter, viewModel.companyChoices(), viewModel.companyProperty());
        bind(sessionFilter, viewModel.sessionChoices(), viewModel.sessionProperty());
        acceptOnlyDates(fromDate);
        acceptOnlyDates(toDate);
        fromDate.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toDateProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());

        applicationsTable.setItems(viewModel.rows());
        dateColumn.setCellValueFactory(c -> text(c.getValue(), viewModel::dateOf));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusPillCell<>());
        companyColumn.setCellValueFactory(c -> text(c.getValue(), Application::companyName));
        companyColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        titleColumn.setCellValueFactory(c -> text(c.getValue(), Application::jobTitle));
        titleColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        atsColumn.setCellValueFactory(c -> text(c.getValue(), a -> a.atsType() == null ? "" : a.atsType().displayName()));
        atsColumn.setCellFactory(column -> new TextWithTooltipCell<>());
        // Beside the detail pane on a small screen the ATS column left company and job title a few letters each;
        // the detail names the ATS, so the column gives way until the table is wide enough for all five.
        atsColumn.visibleProperty().bind(applicationsTable.widthProperty().greaterThanOrEqualTo(ALL_COLUMNS_WIDTH));
        applicationsTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        // A reload keeps the selection by id; show it in the table too.
        viewModel.selectedProperty().addListener((obs, old, app) -> {
            if (app != null && applicationsTable.getSelectionModel().getSelectedItem() != app) {
                applicationsTable.getSelectionModel().select(app);
            }
        });
        previousPageButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        nextPageButton.disableProperty().bind(viewModel.canGoForwardProperty().not());
        pageLabel.textProperty().bind(viewModel.pageTextProperty());

        detailPane.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        detailPlaceholder.visibleProperty().bind(viewModel.detailProperty().isNull());
        detailTitle.textProperty().bind(viewModel.detailTitleProperty());
        detailSubtitle.textProperty().bind(viewModel.detailSubtitleProperty());
        detailError.textProperty().bind(viewModel.detailErrorProperty());
        detailError.managedProperty().bind(detailError.textProperty().isNotEmpty());
        detailError.visibleProperty().bind(detailError.textProperty().isNotEmpty());
        viewModel.detailProperty().addListener((obs, old, app) -> {
            jobLink.setText(app == null ? "" : app.jobUrl());
            jobLink.setTooltip(app == null ? null : new Tooltip("Open the job in your browser"));
        });
        viewModel.attempts().addListener((ListChangeListener<String>) change -> showAttempts());
        viewModel.answers().addListener((ListChangeListener<AnswerLine>) change -> showAnswers());
        viewModel.screenshots().addListener((ListChangeListener<Screenshot>) change -> showScreenshots());
    }

    @FXML
    private void exportCsv() {
        viewModel.exportCsv();
    }

    @FXML
    private void exportRecord() {
        viewModel.exportRecord();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void openJobLink() {
        viewModel.openJobLink();
        jobLink.setVisited(false);
    }

    private static <T> void bind(ComboBox<Choice<T>> box, ObservableList<Choice<T>> items,
                                 ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private void showAttempts() {
        attemptsBox.getChildren().clear();
        if (viewModel.attempts().isEmpty()) {
            attemptsBox.getChildren().add(muted("Not started yet."));
        }
        viewModel.attempts().forEach(line -> attemptsBox.getChildren().add(new Label(line)));
    }

    private void showAnswers() {
        answersBox.getChildren().clear();
        if (viewModel.answers().isEmpty()) {
            answersBox.getChildren().add(muted("No answers were sent."));
        }
        for (AnswerLine answer : viewModel.answers()) {
            Label question = wrapped(answer.question(), "answer-question");
            Label value = wrapped(answer.answer() == null || answer.answer().isEmpty() ? "—" : answer.answer(), null);
            Label source = wrapped("From: " + answer.source(), "answer-source");
            answersBox.getChildren().add(new VBox(1, question, value, source));
        }
    }

    private void showScreenshots() {
        screenshotsBox.getChildren().clear();
        if (viewModel.screenshots().isEmpty()) {
            screenshotsBox.getChildren().add(muted("No screenshot was taken for this application."));
        }
        for (Screenshot shot : viewModel.screenshots()) {
            // Loaded in the background at thumbnail size, so the FX thread never waits on the file.
            ImageView thumbnail = new ImageView(new Image(shot.path().toUri().toString(), THUMBNAIL_WIDTH * 2, 0,
                    true, true, true));
            thumbnail.setFitWidth(THUMBNAIL_WIDTH);
            thumbnail.setPreserveRatio(true);
            StackPane frame = new StackPane(thumbnail);
            frame.getStyleClass().add("thumbnail");
            frame.setOnMouseClicked(event -> openLarge(shot));
            Tooltip.install(frame, new Tooltip(shot.caption() + " — click to open it bigger"));
            Label caption = muted(shot.caption());
            VBox box = new VBox(4, frame, caption);
            box.setId("screenshot" + screenshotsBox.getChildren().size());
            screenshotsBox.getChildren().add(box);
        }
    }

    /**
     * The screenshot at full size, scrollable, in the one viewer window (each click opened another); Esc closes it.
     */
    private void openLarge(Screenshot shot) {
        ImageView image = new ImageView(new Image(shot.path().toUri().toString(), true));
        image.setPreserveRatio(true);
        ScrollPane scroll = new ScrollPane(image);
        scroll.setPannable(true);
        if (screenshotViewer == null) {
            screenshotViewer = new Stage();
            screenshotViewer.initOwner(root.getScene().getWindow());
            Scene scene = new Scene(scroll, 1000, 760);
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
            scene.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    screenshotViewer.hide();
                }
            });
            screenshotViewer.setScene(scene);
        } else {
            screenshotViewer.getScene().setRoot(scroll);
        }
        screenshotViewer.setTitle(shot.caption() + " — " + viewModel.detailTitleProperty().get());
        screenshotViewer.show();
        screenshotViewer.toFront();
    }

    /**
     * Typed text that is no date ("yesterday") leaves the filter's date as it was and shows it again; the picker's
     * own converter threw on the FX thread and left the words in the field as if they filtered.
     */
    private static void acceptOnlyDates(DatePicker picker) {
        StringConverter<LocalDate> standard = picker.getConverter();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return standard.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return standard.fromString(text);
                } catch (DateTimeParseException notADate) {
                    LocalDate kept = picker.getValue();
                    Platform.runLater(() -> picker.getEditor().setText(standard.toString(kept)));
                    return kept;
                }
            }
        });
    }

    private static Label muted(String text) {
        return wrapped(text, "text-muted");
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static ReadOnlyObjectWrapper<String> text(Application app, Function<Application, String> getter) {
        String value = getter.apply(app);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
