package io.applydesk.app.ui.profile;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.Profile;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code Profile.fxml}: builds the field grid from {@link PersonalField} and binds
 * it to the {@link ProfileViewModel}. Holds no validation.
 */
public final class ProfileView implements PageView {
    private static final int COLUMNS = 2;

    private final ProfileViewModel viewModel;
    private final Parent root;

    @FXML private HBox profileSelectorRow;
    @FXML private ComboBox<Profile> profileSelector;
    @FXML private GridPane personalGrid;
    @FXML private GridPane linksGrid;
    @FXML private Label resumeSummary;
    @FXML private Label resumeError;
    @FXML private Button chooseResumeButton;
    @FXML private Button saveButton;
    @FXML private Button newProfileButton;
    @FXML private Label profileMessage;

    public ProfileView(ProfileViewModel viewModel) {
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
        profileSelector.setItems(viewModel.profiles());
        profileSelector.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());
        profileSelector.setButtonCell(new ProfileCell());
        profileSelector.setCellFactory(list -> new ProfileCell());
        profileSelectorRow.visibleProperty().bind(viewModel.severalProfilesProperty());
        profileSelectorRow.managedProperty().bind(profileSelectorRow.visibleProperty());

        PersonalField[] fields = PersonalField.values();
        for (int i = 0; i < fields.length; i++) {
            personalGrid.add(personalFieldBox(fields[i]), i % COLUMNS, i / COLUMNS);
        }
        ProfileViewModel.Link[] links = ProfileViewModel.Link.values();
        for (int i = 0; i < links.length; i++) {
            TextField input = new TextField();
            input.setId(links[i].name().toLowerCase(Locale.ROOT) + "Field");
            input.setPromptText("https://");
            input.textProperty().bindBidirectional(viewModel.linkProperty(links[i]));
            linksGrid.add(labelled(links[i].label(), input, null), i % COLUMNS, i / COLUMNS);
        }

        resumeSummary.textProperty().bind(viewModel.resumeSummaryProperty());
        bindErrorLabel(resumeError, viewModel.resumeErrorProperty());
        chooseResumeButton.disableProperty().bind(viewModel.canAddResumeProperty().not());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        profileMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((obs, was, isError) -> styleMessage(isError));
        styleMessage(viewModel.messageIsErrorProperty().get());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void chooseResume() {
        viewModel.chooseResume();
    }

    @FXML
    private void newProfile() {
        viewModel.newProfile();
    }

    private VBox personalFieldBox(PersonalField field) {
        Control input;
        if (field == PersonalField.GENDER) {
            ComboBox<String> gender = new ComboBox<>();
            gender.getItems().setAll(ProfileViewModel.GENDERS);
            gender.valueProperty().bindBidirectional(viewModel.fieldProperty(field));
            gender.setMaxWidth(Double.MAX_VALUE);
            input = gender;
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(viewModel.fieldProperty(field));
            input = text;
        }
        input.setId(field.apiName() + "Field");
        Label error = new Label();
        error.setId(field.apiName() + "Error");
        bindErrorLabel(error, viewModel.fieldErrorProperty(field));
        return labelled(capitalized(field.words()), input, error);
    }

    private static VBox labelled(String caption, Control input, Label error) {
        Label label = new Label(caption);
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(4, label, input);
        if (error != null) {
            box.getChildren().add(error);
        }
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static void bindErrorLabel(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void styleMessage(boolean isError) {
        profileMessage.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        profileMessage.getStyleClass().add(isError ? Styles.DANGER : Styles.SUCCESS);
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Shows a profile as "Name — email". */
    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setText(null);
            } else {
                String email = profile.personalInformation() == null ? "" : profile.personalInformation().email();
                setText(profile.name() + (email == null || email.isBlank() ? "" : " — " + email));
            }
        }
    }
}
