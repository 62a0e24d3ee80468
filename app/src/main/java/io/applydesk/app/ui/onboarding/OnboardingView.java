package io.applydesk.app.ui.onboarding;

import static io.applydesk.app.ui.common.FormNodes.bindErrorLabel;
import static io.applydesk.app.ui.common.FormNodes.capitalized;
import static io.applydesk.app.ui.common.FormNodes.labelled;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.PersonalField;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Code-behind of {@code Onboarding.fxml}: one step shown at a time, bound to the {@link OnboardingViewModel}. */
public final class OnboardingView {
    private static final int COLUMNS = 2;

    private final OnboardingViewModel viewModel;
    private final Parent root;

    @FXML private VBox welcomeStep;
    @FXML private VBox detailsStep;
    @FXML private VBox doneStep;
    @FXML private VBox practiceOffer;
    @FXML private Label welcomeProblem;
    @FXML private GridPane detailsGrid;
    @FXML private Label resumeFileLabel;
    @FXML private Label missingSummary;
    @FXML private Label detailsProblem;
    @FXML private Button createProfileButton;
    @FXML private Button typeDetailsButton;
    @FXML private Button importProfileFileButton;
    @FXML private Label doneSummary;

    public OnboardingView(OnboardingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (VBox step : List.of(welcomeStep, detailsStep, doneStep)) {
            step.managedProperty().bind(step.visibleProperty());
        }
        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        showStep(viewModel.stepProperty().get());
        practiceOffer.setVisible(viewModel.canTryPractice());
        practiceOffer.setManaged(viewModel.canTryPractice());
        bindErrorLabel(welcomeProblem, viewModel.problemProperty());
        bindErrorLabel(detailsProblem, viewModel.problemProperty());
        typeDetailsButton.disableProperty().bind(viewModel.busyProperty());
        importProfileFileButton.disableProperty().bind(viewModel.busyProperty());

        List<PersonalField> asked = OnboardingViewModel.ASKED;
        for (int i = 0; i < asked.size(); i++) {
            PersonalField field = asked.get(i);
            TextField input = new TextField();
            input.setId("onboarding" + capitalized(field.apiName()));
            input.textProperty().bindBidirectional(viewModel.fieldProperty(field));
            Label error = new Label();
            error.setId(input.getId() + "Error");
            bindErrorLabel(error, viewModel.errorProperty(field));
            String caption = capitalized(field.words())
                    + (OnboardingViewModel.ESSENTIAL.contains(field) ? "" : " (optional)");
            detailsGrid.add(labelled(caption, input, error), i % COLUMNS, i / COLUMNS);
        }
        resumeFileLabel.textProperty().bind(viewModel.resumeTextProperty());
        missingSummary.textProperty().bind(viewModel.missingSummaryProperty());
        missingSummary.getStyleClass().add(Styles.WARNING);
        missingSummary.visibleProperty().bind(missingSummary.textProperty().isNotEmpty());
        missingSummary.managedProperty().bind(missingSummary.visibleProperty());
        createProfileButton.disableProperty().bind(viewModel.canCreateProperty().not());
        doneSummary.textProperty().bind(viewModel.doneSummaryProperty());
    }

    private void showStep(OnboardingViewModel.Step step) {
        welcomeStep.setVisible(step == OnboardingViewModel.Step.WELCOME);
        detailsStep.setVisible(step == OnboardingViewModel.Step.DETAILS);
        doneStep.setVisible(step == OnboardingViewModel.Step.DONE);
    }

    @FXML
    private void typeDetails() {
        viewModel.typeDetails();
    }

    @FXML
    private void importFile() {
        viewModel.importFile();
    }

    @FXML
    private void tryPractice() {
        viewModel.tryPractice();
    }

    @FXML
    private void chooseResume() {
        viewModel.chooseResume();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void openApp() {
        viewModel.openApp();
    }
}
