package io.applydesk.app.ui.autopilot;

import io.applydesk.app.ui.autopilot.AutopilotViewModel.Field;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.Kind;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.PreviewRow;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.Step;
import io.applydesk.app.ui.common.FormNodes;
import io.applydesk.app.ui.common.NamedCell;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TextWithTooltipCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.schedule.Recurrence.Frequency;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.WorkType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code Autopilot.fxml}: the once / recurring choice, the three wizard steps (filters, limits,
 * schedule), Back / Next / Create, and the live preview table. Holds no validation.
 */
public final class AutopilotView implements PageView {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final AutopilotViewModel viewModel;
    private final Parent root;
    private final Map<Step, Label> stepLabels = new EnumMap<>(Step.class);

    @FXML private ToggleButton onceToggle;
    @FXML private ToggleButton recurringToggle;
    @FXML private Label kindHint;
    @FXML private HBox stepBar;
    @FXML private GridPane filtersPane;
    @FXML private ComboBox<Profile> profileChoice;
    @FXML private Label profileError;
    @FXML private TextField titlesField;
    @FXML private Label titlesError;
    @FXML private TextField locationsField;
    @FXML private CheckBox remoteCheck;
    @FXML private CheckBox onSiteCheck;
    @FXML private CheckBox hybridCheck;
    @FXML private ComboBox<JobType> jobTypeChoice;
    @FXML private ComboBox<ExperienceLevel> levelChoice;
    @FXML private TextField salaryField;
    @FXML private Label salaryError;
    @FXML private TextField postedField;
    @FXML private Label postedError;
    @FXML private TextField resultsField;
    @FXML private Label resultsError;
    @FXML private TextField excludedCompaniesField;
    @FXML private TextField excludedKeywordsField;
    @FXML private VBox limitsPane;
    @FXML private TextField maxJobsField;
    @FXML private Label maxJobsError;
    @FXML private CheckBox reviewModeCheck;
    @FXML private VBox schedulePane;
    @FXML private ComboBox<Frequency> patternChoice;
    @FXML private TextField timeField;
    @FXML private Label timeError;
    @FXML private ComboBox<String> zoneChoice;
    @FXML private Label zoneError;
    @FXML private VBox daysBox;
    @FXML private HBox dayButtons;
    @FXML private Label daysError;
    @FXML private Label monthlyHint;
    @FXML private Label sentenceLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button createButton;
    @FXML private ProgressIndicator creatingIndicator;
    @FXML private Label createError;
    @FXML private Label confirmationLabel;
    @FXML private ProgressIndicator previewIndicator;
    @FXML private Label previewSummary;
    @FXML private Label previewNote;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private Label previewPlaceholder;
    @FXML private TableColumn<PreviewRow, String> companyColumn;
    @FXML private TableColumn<PreviewRow, String> titleColumn;
    @FXML private TableColumn<PreviewRow, String> locationColumn;
    @FXML private TableColumn<PreviewRow, String> atsColumn;

    public AutopilotView(AutopilotViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        initSteps();
        initKind();
        initFilters();
        maxJobsField.textProperty().bindBidirectional(viewModel.maxJobsPerRunProperty());
        reviewModeCheck.selectedProperty().bindBidirectional(viewModel.reviewModeProperty());
        initSchedule();
        bindError(profileError, Field.PROFILE);
        bindError(titlesError, Field.TITLES);
        bindError(salaryError, Field.SALARY);
        bindError(postedError, Field.POSTED_WITHIN);
        bindError(resultsError, Field.RESULTS);
        bindError(maxJobsError, Field.MAX_JOBS);
        bindError(daysError, Field.DAYS);
        bindError(timeError, Field.TIME);
        bindError(zoneError, Field.ZONE);

        creatingIndicator.visibleProperty().bind(viewModel.creatingProperty());
        createButton.disableProperty().bind(viewModel.creatingProperty());
        createError.textProperty().bind(viewModel.createErrorProperty());
        bindShownWhenNotEmpty(createError);
        confirmationLabel.textProperty().bind(viewModel.confirmationProperty());
        bindShownWhenNotEmpty(confirmationLabel);

        previewIndicator.visibleProperty().bind(viewModel.previewRunningProperty());
        previewSummary.textProperty().bind(viewModel.previewSummaryProperty());
        previewNote.textProperty().bind(viewModel.previewNoteProperty());
        bindShownWhenNotEmpty(previewNote);
        previewTable.setItems(viewModel.previewRows());
        previewPlaceholder.textProperty().bind(viewModel.previewPlaceholderProperty());
        companyColumn.setCellValueFactory(c -> text(c.getValue(), PreviewRow::company));
        titleColumn.setCellValueFactory(c -> text(c.getValue(), PreviewRow::title));
        locationColumn.setCellValueFactory(c -> text(c.getValue(), PreviewRow::location));
        atsColumn.setCellValueFactory(c -> text(c.getValue(), PreviewRow::ats));
        // The preview is narrow beside the filters: a name cut to "Northwind Ro…" shows whole under the pointer.
        for (TableColumn<PreviewRow, String> column : List.of(companyColumn, titleColumn, locationColumn, atsColumn)) {
            column.setCellFactory(c -> new TextWithTooltipCell<>());
        }
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    private void initKind() {
        ToggleGroup kinds = new ToggleGroup();
        onceToggle.setToggleGroup(kinds);
        onceToggle.setUserData(Kind.ONCE);
        recurringToggle.setToggleGroup(kinds);
        recurringToggle.setUserData(Kind.RECURRING);
        // One of the two is always selected: clicking the selected one keeps it.
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.kindProperty().set((Kind) now.getUserData());
            }
        });
        viewModel.kindProperty().addListener((obs, old, now) -> showKind(now));
        showKind(viewModel.kindProperty().get());
    }

    private void showKind(Kind kind) {
        (kind == Kind.ONCE ? onceToggle : recurringToggle).setSelected(true);
        kindHint.setText(kind == Kind.ONCE ? "Search now and apply to what it finds."
                : "Search and apply again on a schedule, from the tray too.");
        showStep(viewModel.stepProperty().get());
    }

    private void initSteps() {
        for (Step step : Step.values()) {
            Label label = new Label((step.ordinal() + 1) + "  " + step.label());
            label.getStyleClass().add("step");
            label.setId("step" + step.label());
            stepLabels.put(step, label);
            if (step != Step.FILTERS) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("step-arrow");
                // The arrow before the schedule step disappears with it.
                arrow.visibleProperty().bind(label.visibleProperty());
                arrow.managedProperty().bind(label.managedProperty());
                stepBar.getChildren().add(arrow);
            }
            stepBar.getChildren().add(label);
        }
        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        nextButton.visibleProperty().bind(viewModel.lastStepProperty().not());
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        createButton.visibleProperty().bind(viewModel.lastStepProperty());
        createButton.managedProperty().bind(createButton.visibleProperty());
        showStep(viewModel.stepProperty().get());
    }

    private void showStep(Step step) {
        boolean recurring = viewModel.kindProperty().get() == Kind.RECURRING;
        stepLabels.forEach((s, label) -> label.pseudoClassStateChanged(CURRENT, s == step));
        Label scheduleLabel = stepLabels.get(Step.SCHEDULE);
        scheduleLabel.setVisible(recurring);
        scheduleLabel.setManaged(recurring);
        show(filtersPane, step == Step.FILTERS);
        show(limitsPane, step == Step.LIMITS);
        show(schedulePane, step == Step.SCHEDULE);
        backButton.setDisable(step == Step.FILTERS);
    }

    private void initFilters() {
        profileChoice.setItems(viewModel.profiles());
        profileChoice.valueProperty().bindBidirectional(viewModel.profileProperty());
        NamedCell.showByName(profileChoice, Profile::name, "Choose a profile");
        titlesField.textProperty().bindBidirectional(viewModel.titlesProperty());
        locationsField.textProperty().bindBidirectional(viewModel.locationsProperty());
        remoteCheck.selectedProperty().bindBidirectional(viewModel.workTypeProperty(WorkType.REMOTE));
        onSiteCheck.selectedProperty().bindBidirectional(viewModel.workTypeProperty(WorkType.ON_SITE));
        hybridCheck.selectedProperty().bindBidirectional(viewModel.workTypeProperty(WorkType.HYBRID));
        anyOrOne(jobTypeChoice, JobType.values(), viewModel.jobTypeProperty());
        anyOrOne(levelChoice, ExperienceLevel.values(), viewModel.experienceLevelProperty());
        salaryField.textProperty().bindBidirectional(viewModel.salaryMinProperty());
        postedField.textProperty().bindBidirectional(viewModel.postedWithinDaysProperty());
        resultsField.textProperty().bindBidirectional(viewModel.resultsProperty());
        excludedCompaniesField.textProperty().bindBidirectional(viewModel.excludedCompaniesProperty());
        excludedKeywordsField.textProperty().bindBidirectional(viewModel.excludedKeywordsProperty());
    }

    /** A choice of one value or "Any" (null). */
    private static <T extends Enum<T>> void anyOrOne(ComboBox<T> box, T[] values, ObjectProperty<T> chosen) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        box.getItems().setAll(items);
        NamedCell.showByName(box, AutopilotView::words, "Any");
        box.valueProperty().bindBidirectional(chosen);
    }

    private void initSchedule() {
        patternChoice.getItems().setAll(Frequency.values());
        NamedCell.showByName(patternChoice, AutopilotView::words, "");
        patternChoice.valueProperty().bindBidirectional(viewModel.patternProperty());
        timeField.textProperty().bindBidirectional(viewModel.timeProperty());
        zoneChoice.getItems().setAll(TimeZoneChoices.all());
        zoneChoice.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        for (DayOfWeek day : DayOfWeek.values()) {
            String shortName = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            ToggleButton button = new ToggleButton(shortName);
            button.setId("day" + shortName);
            button.getStyleClass().add("day-toggle");
            button.selectedProperty().bindBidirectional(viewModel.dayProperty(day));
            dayButtons.getChildren().add(button);
        }
        viewModel.patternProperty().addListener((obs, old, now) -> showPattern(now));
        showPattern(viewModel.patternProperty().get());
        sentenceLabel.textProperty().bind(viewModel.sentenceProperty());
        bindShownWhenNotEmpty(sentenceLabel);
    }

    private void showPattern(Frequency pattern) {
        show(daysBox, pattern == Frequency.WEEKLY);
        show(monthlyHint, pattern == Frequency.MONTHLY);
    }

    private void bindError(Label label, Field field) {
        label.textProperty().bind(viewModel.errorProperty(field));
        bindShownWhenNotEmpty(label);
    }

    private static void bindShownWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** FULL_TIME → "Full time". */
    private static String words(Enum<?> value) {
        return FormNodes.capitalized(value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static ReadOnlyObjectWrapper<String> text(PreviewRow row, Function<PreviewRow, String> getter) {
        String value = getter.apply(row);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }
}
