package io.applydesk.app.ui.runonce;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.NamedCell;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TextWithTooltipCell;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.Profile;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Code-behind of {@code RunOnce.fxml}: the drop zone and paste area, the checked job table, the
 * profile / resume / override email / review choices and Start. Holds no validation.
 */
public final class RunOnceView implements PageView {
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");
    /** Typing pauses this long before the list is checked again. */
    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final RunOnceViewModel viewModel;
    private final Parent root;

    @FXML private StackPane dropZone;
    @FXML private TextArea jobInput;
    @FXML private Button loadPracticeJobsButton;
    @FXML private Button clearButton;
    @FXML private Label dropSummary;
    @FXML private Label listMessage;
    @FXML private ProgressIndicator checkingIndicator;
    @FXML private TableView<JobRow> jobTable;
    @FXML private TableColumn<JobRow, Number> numberColumn;
    @FXML private TableColumn<JobRow, String> companyColumn;
    @FXML private TableColumn<JobRow, String> titleColumn;
    @FXML private TableColumn<JobRow, String> linkColumn;
    @FXML private TableColumn<JobRow, String> atsColumn;
    @FXML private TableColumn<JobRow, JobRow> stateColumn;
    @FXML private Label mergedNote;
    @FXML private ComboBox<Profile> profileChoice;
    @FXML private ComboBox<ResumeOption> resumeChoice;
    @FXML private TextField overrideEmailField;
    @FXML private CheckBox reviewModeCheck;
    @FXML private Label startError;
    @FXML private Button startButton;

    public RunOnceView(RunOnceViewModel viewModel) {
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
        dropZone.setOnDragOver(this::dragOver);
        dropZone.setOnDragExited(event -> dropZone.pseudoClassStateChanged(DRAG_OVER, false));
        dropZone.setOnDragDropped(this::dragDropped);

        jobInput.textProperty().bindBidirectional(viewModel.pastedTextProperty());
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(event -> viewModel.checkJobs());
        jobInput.textProperty().addListener((obs, old, now) -> typing.playFromStart());

        loadPracticeJobsButton.setVisible(viewModel.hasPracticeJobs());
        loadPracticeJobsButton.setManaged(viewModel.hasPracticeJobs());
        dropSummary.textProperty().bind(viewModel.dropSummaryProperty());
        listMessage.textProperty().bind(viewModel.listMessageProperty());
        viewModel.listHasProblemProperty().addListener((obs, had, has) -> styleListMessage(has));
        checkingIndicator.visibleProperty().bind(viewModel.checkingProperty());

        jobTable.setItems(viewModel.rows());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        companyColumn.setCellValueFactory(c -> text(c.getValue(), JobRow::companyName));
        titleColumn.setCellValueFactory(c -> text(c.getValue(), JobRow::title));
        linkColumn.setCellValueFactory(c -> text(c.getValue(), JobRow::link));
        atsColumn.setCellValueFactory(c -> text(c.getValue(), JobRow::ats));
        // Company, title and link share the width left, and the ATS column cuts "SmartRecruiters": each shows its
        // whole text under the pointer when cut.
        for (TableColumn<JobRow, String> column : List.of(companyColumn, titleColumn, linkColumn, atsColumn)) {
            column.setCellFactory(c -> new TextWithTooltipCell<>());
        }
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stateColumn.setCellFactory(column -> new StateCell());
        jobTable.setRowFactory(table -> new StateRow());
        mergedNote.textProperty().bind(viewModel.mergedNoteProperty());
        mergedNote.visibleProperty().bind(mergedNote.textProperty().isNotEmpty());
        mergedNote.managedProperty().bind(mergedNote.visibleProperty());

        profileChoice.setItems(viewModel.profiles());
        profileChoice.valueProperty().bindBidirectional(viewModel.profileProperty());
        NamedCell.showByName(profileChoice, Profile::name, "Choose a profile");
        resumeChoice.setItems(viewModel.resumeOptions());
        resumeChoice.valueProperty().bindBidirectional(viewModel.resumeOptionProperty());
        NamedCell.showByName(resumeChoice, ResumeOption::label, "");
        overrideEmailField.textProperty().bindBidirectional(viewModel.overrideEmailProperty());
        reviewModeCheck.selectedProperty().bindBidirectional(viewModel.reviewModeProperty());
        startError.textProperty().bind(viewModel.startErrorProperty());
        startError.visibleProperty().bind(startError.textProperty().isNotEmpty());
        startButton.disableProperty().bind(viewModel.canStartProperty().not());
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void loadPracticeJobs() {
        viewModel.loadPracticeJobs();
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    private void styleListMessage(boolean problem) {
        listMessage.getStyleClass().remove(Styles.DANGER);
        if (problem) {
            listMessage.getStyleClass().add(Styles.DANGER);
        }
    }

    private void dragOver(DragEvent event) {
        if (DroppedContent.isReadable(event.getDragboard())) {
            event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            dropZone.pseudoClassStateChanged(DRAG_OVER, true);
        }
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        boolean readable = DroppedContent.isReadable(event.getDragboard());
        if (readable) {
            viewModel.drop(DroppedContent.of(event.getDragboard()));
        }
        dropZone.pseudoClassStateChanged(DRAG_OVER, false);
        event.setDropCompleted(readable);
        event.consume();
    }

    private static ReadOnlyObjectWrapper<String> text(JobRow row, Function<JobRow, String> getter) {
        String value = getter.apply(row);
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }

    /** The state text, coloured by what it means for starting. */
    private static final class StateCell extends TableCell<JobRow, JobRow> {
        /** One per cell, its text changed: the list is checked again after every pause in typing. */
        private final Tooltip explanation = new Tooltip();

        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.stateText());
            explanation.setText(row.explanation());
            setTooltip(row.explanation().isEmpty() ? null : explanation);
            switch (row.state()) {
                case OK:
                    getStyleClass().add(Styles.SUCCESS);
                    break;
                case DUPLICATE:
                    getStyleClass().add(Styles.WARNING);
                    break;
                default:
                    getStyleClass().add(Styles.DANGER);
                    break;
            }
        }
    }

    /** Highlights rows that block starting (invalid) or will be skipped (applied to before). */
    private static final class StateRow extends TableRow<JobRow> {
        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean hasRow = !empty && row != null;
            pseudoClassStateChanged(INVALID, hasRow && row.state() == JobRow.State.INVALID);
            pseudoClassStateChanged(DUPLICATE, hasRow && row.state() == JobRow.State.DUPLICATE);
        }
    }
}
