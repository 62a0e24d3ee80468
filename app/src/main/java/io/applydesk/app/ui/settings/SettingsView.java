package io.applydesk.app.ui.settings;

import atlantafx.base.theme.Styles;
import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.common.FormNodes;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.app.ui.settings.SettingsViewModel.Field;
import io.applydesk.core.schedule.MissedSlotPolicy;
import java.nio.file.Path;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;

/** Code-behind of {@code Settings.fxml}: binds the controls to the {@link SettingsViewModel}. Holds no validation. */
public final class SettingsView implements PageView {
    private final SettingsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Path> detectedBrowsers;
    @FXML private Label browserInUse;
    @FXML private TextField browserPathField;
    @FXML private Label browserError;
    @FXML private CheckBox headlessBox;
    @FXML private Label browserNote;
    @FXML private TextField workersField;
    @FXML private Label workersNote;
    @FXML private Label workersError;
    @FXML private TextField hostSpacingField;
    @FXML private Label spacingError;
    @FXML private TextField totalCapField;
    @FXML private Label totalCapError;
    @FXML private TextField monthlyCapField;
    @FXML private Label monthlyCapError;
    @FXML private TextField dailyCapField;
    @FXML private Label dailyCapError;
    @FXML private ComboBox<MissedSlotPolicy> missedSlotBox;
    @FXML private ComboBox<ThemeChoice> themeBox;
    @FXML private CheckBox startMinimisedBox;
    @FXML private CheckBox startOnLoginBox;
    @FXML private Label loginEntry;
    @FXML private Label loginError;
    @FXML private Label dataDirectory;
    @FXML private TextField nextDataFolderField;
    @FXML private Label dataFolderNote;
    @FXML private Label dataFolderError;
    @FXML private Button saveSettingsButton;
    @FXML private Label settingsMessage;

    public SettingsView(SettingsViewModel viewModel) {
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

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(Shortcuts.SAVE, Shortcuts.clicking(saveSettingsButton));
    }

    @FXML
    private void initialize() {
        detectedBrowsers.setItems(viewModel.detectedBrowsers());
        detectedBrowsers.setOnAction(event -> viewModel.useDetected(detectedBrowsers.getValue()));
        browserInUse.setText(viewModel.browserInUse());
        browserPathField.textProperty().bindBidirectional(viewModel.browserPathProperty());
        headlessBox.selectedProperty().bindBidirectional(viewModel.headlessProperty());
        browserNote.setText("Changes to the browser take effect next time ApplyDesk starts.");

        // A text field, not a spinner: a spinner put 99 back to 8 unseen and threw on "abc"; the ViewModel says why.
        workersField.textProperty().bindBidirectional(viewModel.workersProperty());
        workersNote.setText(DesktopSettings.MIN_WORKERS + " to " + DesktopSettings.MAX_WORKERS + ". "
                + SettingsViewModel.NEXT_START);

        hostSpacingField.textProperty().bindBidirectional(viewModel.hostSpacingProperty());
        totalCapField.textProperty().bindBidirectional(viewModel.totalCapProperty());
        monthlyCapField.textProperty().bindBidirectional(viewModel.monthlyCapProperty());
        dailyCapField.textProperty().bindBidirectional(viewModel.dailyCapProperty());

        missedSlotBox.getItems().setAll(MissedSlotPolicy.values());
        missedSlotBox.setButtonCell(new PolicyCell());
        missedSlotBox.setCellFactory(list -> new PolicyCell());
        missedSlotBox.valueProperty().bindBidirectional(viewModel.missedSlotPolicyProperty());

        themeBox.getItems().setAll(ThemeChoice.values());
        themeBox.valueProperty().bindBidirectional(viewModel.themeProperty());
        startMinimisedBox.selectedProperty().bindBidirectional(viewModel.startMinimisedProperty());
        startOnLoginBox.selectedProperty().bindBidirectional(viewModel.startOnLoginProperty());
        loginEntry.setText("ApplyDesk writes " + viewModel.loginEntry() + " for this.");
        dataDirectory.setText(viewModel.dataDirectory().toString());
        nextDataFolderField.textProperty().bindBidirectional(viewModel.nextDataFolderProperty());
        nextDataFolderField.setDisable(viewModel.dataFolderSetByEnvironment());
        dataFolderNote.setText(viewModel.dataFolderSetByEnvironment()
                ? "APPLYDESK_HOME is set, so it decides the data folder."
                : "Takes effect next time ApplyDesk starts. Nothing is moved: copy your files there yourself.");

        errorLabel(browserError, Field.BROWSER);
        errorLabel(workersError, Field.WORKERS);
        errorLabel(spacingError, Field.SPACING);
        errorLabel(totalCapError, Field.TOTAL_CAP);
        errorLabel(monthlyCapError, Field.MONTHLY_CAP);
        errorLabel(dailyCapError, Field.DAILY_CAP);
        errorLabel(loginError, Field.LOGIN);
        errorLabel(dataFolderError, Field.DATA_FOLDER);
        settingsMessage.textProperty().bind(viewModel.messageProperty());
        settingsMessage.textProperty().addListener((obs, old, text) -> styleMessage(text));
        saveSettingsButton.disableProperty().bind(viewModel.busyProperty());
        saveSettingsButton.setTooltip(Shortcuts.tooltip("Save the settings", Shortcuts.SAVE));
    }

    @FXML
    private void chooseBrowser() {
        viewModel.chooseBrowser();
    }

    @FXML
    private void openDataFolder() {
        viewModel.openDataFolder();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    private void errorLabel(Label label, Field field) {
        FormNodes.bindErrorLabel(label, viewModel.errorProperty(field));
    }

    private void styleMessage(String text) {
        settingsMessage.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        settingsMessage.getStyleClass().add(text.startsWith("Saved") ? Styles.SUCCESS : Styles.DANGER);
    }

    /** The missed-slot policy in words. */
    private static final class PolicyCell extends ListCell<MissedSlotPolicy> {
        @Override
        protected void updateItem(MissedSlotPolicy policy, boolean empty) {
            super.updateItem(policy, empty);
            if (empty || policy == null) {
                setText(null);
            } else {
                setText(policy == MissedSlotPolicy.RUN_ONCE_AT_START
                        ? "Run once when ApplyDesk starts again" : "Skip them and wait for the next one");
            }
        }
    }
}
