package io.applydesk.app.ui.profile;

import static io.applydesk.app.ui.common.FormNodes.bindErrorLabel;
import static io.applydesk.app.ui.common.FormNodes.capitalized;
import static io.applydesk.app.ui.common.FormNodes.focusInView;
import static io.applydesk.app.ui.common.FormNodes.labelled;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.MandatoryFields;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileLink;
import io.applydesk.core.profile.Resume;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code Profile.fxml}: the profile list and the editor, built from the ViewModel's
 * fields and sections and bound to them. Holds no validation. Node ids: personal fields
 * {@code <apiName>Field} / {@code <apiName>Error}; links {@code linkedinField} / {@code linkedinError} …;
 * list entries {@code <section><index><key>} / {@code <section><index><key>Error}.
 */
public final class ProfileView implements PageView {
    private static final int COLUMNS = 2;

    private final ProfileViewModel viewModel;
    private final Parent root;
    /** Set while the list follows the ViewModel, so that it is not taken for the candidate's choice. */
    private boolean following;

    @FXML private ListView<Profile> profileList;
    @FXML private ScrollPane editorScroll;
    @FXML private Button duplicateProfileButton;
    @FXML private Button deleteProfileButton;
    @FXML private Label editorTitle;
    @FXML private TextField profileNameField;
    @FXML private GridPane personalGrid;
    @FXML private VBox resumeRows;
    @FXML private Label resumeSummary;
    @FXML private Label resumeError;
    @FXML private Button chooseResumeButton;
    @FXML private VBox ruleRows;
    @FXML private Button addRuleButton;
    @FXML private Label rulesError;
    @FXML private VBox sectionsBox;
    @FXML private GridPane preferencesGrid;
    @FXML private VBox authorizationBox;
    @FXML private GridPane linksGrid;
    @FXML private GridPane selfIdGrid;
    @FXML private FlowPane mandatoryPane;
    @FXML private Button saveButton;
    @FXML private Button exportJsonButton;
    @FXML private Button exportJsonResumeButton;
    @FXML private Label missingSummary;
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

    @Override
    public boolean mayLeave() {
        return viewModel.mayLeave();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(Shortcuts.SAVE, Shortcuts.clicking(saveButton));
    }

    @FXML
    private void initialize() {
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(list -> new ProfileCell());
        profileList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (!following && chosen != null && !viewModel.select(chosen)) {
                Profile shown = viewModel.selectedProfileProperty().get();
                follow(() -> profileList.getSelectionModel().select(shown));
            }
        });
        viewModel.selectedProfileProperty().addListener((obs, old, now) -> {
            showSelected(now);
            if (now == null || old == null || !now.profileId().equals(old.profileId())) {
                toTopOfForm();
            }
        });
        viewModel.profiles().addListener((ListChangeListener<Profile>) c ->
                showSelected(viewModel.selectedProfileProperty().get()));
        duplicateProfileButton.disableProperty().bind(viewModel.hasSavedProfileProperty().not());
        deleteProfileButton.disableProperty().bind(viewModel.hasSavedProfileProperty().not());
        profileNameField.textProperty().bindBidirectional(viewModel.profileNameProperty());

        PersonalField[] fields = PersonalField.values();
        for (int i = 0; i < fields.length; i++) {
            personalGrid.add(personalFieldBox(fields[i]), i % COLUMNS, i / COLUMNS);
        }
        buildResumes();
        for (EntryList<?> section : viewModel.sections()) {
            VBox box = new VBox(10, title(section.title()), entriesNode(section), addButton(section));
            box.getStyleClass().add("section");
            sectionsBox.getChildren().add(box);
        }
        buildPreferences();
        ProfileLink[] links = ProfileLink.values();
        for (int i = 0; i < links.length; i++) {
            String id = links[i].name().toLowerCase(Locale.ROOT);
            TextField input = textField(id + "Field", viewModel.linkProperty(links[i]));
            input.setPromptText("https://");
            Label error = new Label();
            error.setId(id + "Error");
            bindErrorLabel(error, viewModel.linkErrorProperty(links[i]));
            linksGrid.add(labelled(capitalized(links[i].words()), input, error), i % COLUMNS, i / COLUMNS);
        }
        ProfileViewModel.SelfId[] selfIds = ProfileViewModel.SelfId.values();
        for (int i = 0; i < selfIds.length; i++) {
            TextField input = textField("selfId" + selfIds[i].name(), viewModel.selfIdProperty(selfIds[i]));
            input.setPromptText("Your answer, or decline");
            selfIdGrid.add(labelled(selfIds[i].label(), input, null), i % COLUMNS, i / COLUMNS);
        }
        for (PersonalField field : fields) {
            CheckBox box = new CheckBox(capitalized(field.words()));
            box.setId("mandatory" + field.apiName());
            box.selectedProperty().bindBidirectional(viewModel.mandatoryProperty(field));
            box.setDisable(MandatoryFields.ALWAYS.contains(field));
            mandatoryPane.getChildren().add(box);
        }

        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        saveButton.setTooltip(Shortcuts.tooltip("Save this profile", Shortcuts.SAVE));
        exportJsonButton.disableProperty().bind(viewModel.hasSavedProfileProperty().not());
        exportJsonResumeButton.disableProperty().bind(viewModel.hasSavedProfileProperty().not());
        bindErrorLabel(missingSummary, viewModel.missingSummaryProperty());
        missingSummary.getStyleClass().remove(Styles.DANGER);
        missingSummary.getStyleClass().add(Styles.WARNING);
        profileMessage.textProperty().bind(viewModel.messageProperty());
        profileMessage.visibleProperty().bind(profileMessage.textProperty().isNotEmpty());
        profileMessage.managedProperty().bind(profileMessage.visibleProperty());
        viewModel.messageIsErrorProperty().addListener((obs, was, isError) -> styleMessage(isError));
        styleMessage(viewModel.messageIsErrorProperty().get());
        showSelected(viewModel.selectedProfileProperty().get());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newProfile() {
        // An empty form replacing an empty form (unsaved changes discarded) changes no property: scroll here.
        if (viewModel.newProfile()) {
            toTopOfForm();
        }
    }

    /** Another profile (or an empty one) starts at its top, not where the last one was left scrolled. */
    private void toTopOfForm() {
        editorScroll.setVvalue(0);
    }

    @FXML
    private void duplicate() {
        viewModel.duplicate();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void importFile() {
        viewModel.importFile();
    }

    @FXML
    private void exportJson() {
        viewModel.exportJson();
    }

    @FXML
    private void exportJsonResume() {
        viewModel.exportJsonResume();
    }

    @FXML
    private void chooseResume() {
        viewModel.chooseResume();
    }

    @FXML
    private void addRule() {
        viewModel.addRule();
        // The candidate types the words at once.
        focusInView(root.lookup("#" + ruleWordsId(viewModel.rules().size() - 1)));
    }

    private void showSelected(Profile profile) {
        editorTitle.setText(profile == null ? "New profile" : profile.name());
        follow(() -> {
            if (profile == null) {
                profileList.getSelectionModel().clearSelection();
            } else {
                viewModel.profiles().stream().filter(p -> p.profileId().equals(profile.profileId())).findFirst()
                        .ifPresent(p -> profileList.getSelectionModel().select(p));
            }
        });
    }

    private void follow(Runnable change) {
        following = true;
        try {
            change.run();
        } finally {
            following = false;
        }
    }

    // ---- Resumes and title rules ----

    private void buildResumes() {
        resumeSummary.textProperty().bind(viewModel.resumeSummaryProperty());
        resumeSummary.visibleProperty().bind(Bindings.isEmpty(viewModel.resumes()));
        resumeSummary.managedProperty().bind(resumeSummary.visibleProperty());
        bindErrorLabel(resumeError, viewModel.resumeErrorProperty());
        bindErrorLabel(rulesError, viewModel.rulesErrorProperty());
        chooseResumeButton.disableProperty().bind(viewModel.hasSavedProfileProperty().not());
        addRuleButton.disableProperty().bind(Bindings.isEmpty(viewModel.resumes()));
        viewModel.resumes().addListener((ListChangeListener<Resume>) c -> rebuildResumes());
        viewModel.rules().addListener((ListChangeListener<ProfileViewModel.RuleRow>) c -> rebuildRules());
    }

    private void rebuildResumes() {
        List<Resume> resumes = List.copyOf(viewModel.resumes());
        resumeRows.getChildren().clear();
        for (int i = 0; i < resumes.size(); i++) {
            Resume resume = resumes.get(i);
            Label name = new Label(resume.fileName() + " · " + ProfileViewModel.humanSize(resume.sizeBytes()));
            name.setId("resumeName" + i);
            HBox row = new HBox(10, name);
            row.setAlignment(Pos.CENTER_LEFT);
            if (resume.isDefault()) {
                Label badge = new Label("Default");
                badge.getStyleClass().add("default-badge");
                row.getChildren().add(badge);
            } else {
                Button makeDefault = smallButton("Make default", "makeDefault" + i, () -> viewModel.makeDefault(resume));
                row.getChildren().add(makeDefault);
            }
            row.getChildren().add(smallButton("Remove", "removeResume" + i, () -> viewModel.removeResume(resume)));
            resumeRows.getChildren().add(row);
        }
    }

    private void rebuildRules() {
        List<ProfileViewModel.RuleRow> rows = List.copyOf(viewModel.rules());
        ruleRows.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            ProfileViewModel.RuleRow rule = rows.get(i);
            TextField words = textField(ruleWordsId(i), rule.wordsProperty());
            words.setPromptText("e.g. Data");
            ComboBox<Resume> resume = new ComboBox<>(viewModel.resumes());
            resume.setId("ruleResume" + i);
            resume.setConverter(new StringConverter<>() {
                @Override
                public String toString(Resume r) {
                    return r == null ? "" : r.fileName();
                }

                @Override
                public Resume fromString(String s) {
                    return null;
                }
            });
            resume.valueProperty().bindBidirectional(rule.resumeProperty());
            HBox row = new HBox(8, new Label("Titles containing"), words, new Label("get"), resume,
                    smallButton("Remove", "removeRule" + i, () -> viewModel.removeRule(rule)));
            row.setAlignment(Pos.CENTER_LEFT);
            ruleRows.getChildren().add(row);
        }
    }

    private static String ruleWordsId(int index) {
        return "ruleWords" + index;
    }

    // ---- List sections ----

    private Node entriesNode(EntryList<?> section) {
        boolean compact = section.fields().size() == 1;
        Pane entries = compact ? new FlowPane(8, 8) : new VBox(8);
        entries.setId(section.id() + "Entries");
        Runnable rebuild = () -> {
            entries.getChildren().clear();
            List<EntryList.Entry> list = List.copyOf(section.entries());
            for (int i = 0; i < list.size(); i++) {
                entries.getChildren().add(compact ? chip(section, list.get(i), i) : card(section, list.get(i), i));
            }
        };
        section.entries().addListener((ListChangeListener<Object>) c -> rebuild.run());
        rebuild.run();
        return entries;
    }

    private Button addButton(EntryList<?> section) {
        Button add = new Button("Add " + section.itemName());
        add.setId(section.id() + "Add");
        // The candidate types the new entry at once.
        add.setOnAction(event -> {
            int index = section.entries().indexOf(section.add());
            focusInView(root.lookup("#" + entryNodeId(section, index, section.fields().get(0))));
        });
        return add;
    }

    /** The node id of an entry's field: {@code <section><index><key>}, e.g. {@code workExperience0jobTitle}. */
    private static String entryNodeId(EntryList<?> section, int index, EntryList.Field field) {
        return section.id() + index + field.key();
    }

    private Node card(EntryList<?> section, EntryList.Entry entry, int index) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getColumnConstraints().setAll(half(), half());
        int cell = 0;
        for (EntryList.Field field : section.fields()) {
            String id = entryNodeId(section, index, field);
            switch (field.kind()) {
                case LONG_TEXT -> {
                    TextArea area = new TextArea();
                    area.setId(id);
                    area.setWrapText(true);
                    area.setPrefRowCount(3);
                    area.textProperty().bindBidirectional(entry.value(field.key()));
                    cell += cell % COLUMNS; // starts a row of its own
                    grid.add(labelled(field.label(), area, null), 0, cell / COLUMNS, COLUMNS, 1);
                    cell += COLUMNS;
                }
                case CHECK -> {
                    CheckBox box = checkBox(id, field.label(), entry.value(field.key()));
                    VBox holder = new VBox(box);
                    holder.setAlignment(Pos.BOTTOM_LEFT);
                    grid.add(holder, cell % COLUMNS, cell / COLUMNS);
                    cell++;
                }
                default -> {
                    TextField text = textField(id, entry.value(field.key()));
                    Label error = new Label();
                    error.setId(id + "Error");
                    bindErrorLabel(error, entry.error(field.key()));
                    grid.add(labelled(field.label(), text, error), cell % COLUMNS, cell / COLUMNS);
                    cell++;
                }
            }
        }
        HBox tools = new HBox(6, new Region(), moveButton(section, entry, index, -1), moveButton(section, entry, index, 1),
                smallButton("Remove", section.id() + index + "Remove", () -> section.remove(entry)));
        HBox.setHgrow(tools.getChildren().get(0), Priority.ALWAYS);
        VBox card = new VBox(8, grid, tools);
        card.getStyleClass().add("entry-card");
        return card;
    }

    private Node chip(EntryList<?> section, EntryList.Entry entry, int index) {
        EntryList.Field field = section.fields().get(0);
        TextField text = textField(entryNodeId(section, index, field), entry.value(field.key()));
        text.setPrefColumnCount(10);
        HBox chip = new HBox(4, text, moveButton(section, entry, index, -1), moveButton(section, entry, index, 1),
                smallButton("✕", section.id() + index + "Remove", () -> section.remove(entry)));
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("entry-chip");
        return chip;
    }

    private Button moveButton(EntryList<?> section, EntryList.Entry entry, int index, int delta) {
        Button move = smallButton(delta < 0 ? "↑" : "↓", section.id() + index + (delta < 0 ? "Up" : "Down"),
                () -> section.move(entry, delta));
        int last = section.entries().size() - 1;
        move.setDisable(delta < 0 ? index == 0 : index == last);
        return move;
    }

    // ---- Work preferences ----

    private void buildPreferences() {
        int cell = 0;
        for (ProfileViewModel.YesNo field : ProfileViewModel.YesNo.values()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(ProfileViewModel.YES_NO);
            choice.setId("yesNo" + field.name());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().bindBidirectional(viewModel.yesNoProperty(field));
            preferencesGrid.add(labelled(field.label(), choice, null), cell % COLUMNS, cell / COLUMNS);
            cell++;
        }
        for (ProfileViewModel.MiscField field : ProfileViewModel.MiscField.values()) {
            String id = "misc" + field.name();
            if (field == ProfileViewModel.MiscField.COVER_LETTER) {
                TextArea area = new TextArea();
                area.setId(id);
                area.setWrapText(true);
                area.setPrefRowCount(4);
                area.textProperty().bindBidirectional(viewModel.miscProperty(field));
                cell += cell % COLUMNS;
                preferencesGrid.add(labelled(field.label(), area, null), 0, cell / COLUMNS, COLUMNS, 1);
                cell += COLUMNS;
            } else {
                preferencesGrid.add(labelled(field.label(), textField(id, viewModel.miscProperty(field)), null),
                        cell % COLUMNS, cell / COLUMNS);
                cell++;
            }
        }
        EntryList<?> authorization = viewModel.workAuthorization();
        authorizationBox.getChildren().setAll(fieldLabel(authorization.title()), entriesNode(authorization),
                addButton(authorization));
    }

    // ---- Building blocks ----

    private VBox personalFieldBox(PersonalField field) {
        Control input;
        if (field == PersonalField.GENDER) {
            ComboBox<String> gender = new ComboBox<>();
            gender.getItems().setAll(ProfileViewModel.GENDERS);
            gender.setEditable(true);
            gender.valueProperty().bindBidirectional(viewModel.fieldProperty(field));
            gender.setMaxWidth(Double.MAX_VALUE);
            input = gender;
        } else {
            input = textField(null, viewModel.fieldProperty(field));
        }
        input.setId(field.apiName() + "Field");
        Label error = new Label();
        error.setId(field.apiName() + "Error");
        bindErrorLabel(error, viewModel.fieldErrorProperty(field));
        return labelled(capitalized(field.words()), input, error);
    }

    private static TextField textField(String id, StringProperty value) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        return text;
    }

    /** A check box kept in step with a "true"/"false" text property. */
    private static CheckBox checkBox(String id, String label, StringProperty value) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setSelected("true".equals(value.get()));
        box.selectedProperty().addListener((obs, was, now) -> value.set(String.valueOf(now)));
        value.addListener((obs, old, now) -> box.setSelected("true".equals(now)));
        return box;
    }

    private static Button smallButton(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE); // a long file name beside it is cut, never the button
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ColumnConstraints half() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(50);
        return column;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }



    private void styleMessage(boolean isError) {
        profileMessage.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        profileMessage.getStyleClass().add(isError ? Styles.DANGER : Styles.SUCCESS);
    }


    /** Shows a profile as its name over its email. */
    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setText(null);
                setGraphic(null);
            } else {
                String email = profile.personalInformation() == null ? null : profile.personalInformation().email();
                Label name = new Label(profile.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label address = new Label(email == null ? "" : email);
                address.getStyleClass().add("profile-cell-email");
                setText(null);
                setGraphic(new VBox(2, name, address));
            }
        }
    }
}
