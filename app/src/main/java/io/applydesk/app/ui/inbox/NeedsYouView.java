package io.applydesk.app.ui.inbox;

import atlantafx.base.theme.Styles;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.ViewLoader;
import io.applydesk.core.profile.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code NeedsYou.fxml}: the inbox list with its detail pane (answer fields, browser step,
 * review screenshot with approve / discard, sent / not sent), the answer bank tab, and the retry bar shared
 * by both tabs. Holds no logic: every action is a ViewModel command.
 */
public final class NeedsYouView implements PageView {
    private final NeedsYouViewModel inbox;
    private final AnswerBankViewModel bank;
    private final Parent root;

    @FXML private TabPane tabs;
    @FXML private Tab inboxTab;
    @FXML private ListView<InboxItem> inboxList;
    @FXML private VBox detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private Label detailReason;
    @FXML private VBox questionsBox;
    @FXML private VBox answerRows;
    @FXML private Button saveAnswersButton;
    @FXML private VBox browserBox;
    @FXML private Label browserHint;
    @FXML private Button openBrowserButton;
    @FXML private Button finishedYourselfButton;
    @FXML private VBox reviewBox;
    @FXML private Label reviewCaption;
    @FXML private ImageView reviewImage;
    @FXML private VBox unconfirmedBox;
    @FXML private Button approveButton;
    @FXML private Button discardButton;
    @FXML private Button markSentButton;
    @FXML private Button markNotSentButton;
    @FXML private ComboBox<Profile> bankProfileChoice;
    @FXML private TextField bankSearch;
    @FXML private VBox unansweredRows;
    @FXML private Label noUnanswered;
    @FXML private HBox unansweredPager;
    @FXML private VBox savedRows;
    @FXML private Label noSaved;
    @FXML private HBox savedPager;
    @FXML private Button retryButton;
    @FXML private Label messageLabel;

    public NeedsYouView(NeedsYouViewModel inbox, AnswerBankViewModel bank) {
        this.inbox = inbox;
        this.bank = bank;
        this.root = ViewLoader.load(this);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown() {
        inbox.activate();
        bank.load();
    }

    @Override
    public void hidden() {
        inbox.deactivate();
    }

    /** Ctrl+F: the answer bank's search, while its tab is open (the inbox has none). */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        Runnable search = Shortcuts.focusing(bankSearch);
        return Map.of(Shortcuts.FIND, () -> {
            if (tabs.getSelectionModel().getSelectedItem() != inboxTab) {
                search.run();
            }
        });
    }

    @FXML
    private void initialize() {
        inboxList.setItems(inbox.items());
        inboxList.setCellFactory(list -> new InboxCell());
        inboxList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                inbox.selectedProperty().set(now);
            }
        });
        inbox.selectedProperty().addListener((obs, old, now) -> showDetail(now));
        // A reload replaces the items; the ViewModel keeps the selected one, so the list selects it again.
        inbox.items().addListener((ListChangeListener<InboxItem>) change -> {
            if (inbox.selectedProperty().get() != null) {
                inboxList.getSelectionModel().select(inbox.selectedProperty().get());
            }
        });
        inbox.answerFields().addListener((ListChangeListener<AnswerField>) change ->
                showAnswerFields(inbox.answerFields()));
        openBrowserButton.setText(inbox.browserActionText());
        browserHint.setText(inbox.browserActionHint());
        show(finishedYourselfButton, !inbox.handsOff());
        List.of(saveAnswersButton, openBrowserButton, finishedYourselfButton, approveButton, discardButton, markSentButton,
                markNotSentButton).forEach(b -> b.disableProperty().bind(inbox.busyProperty()));
        // WHY not the image's own width: it is 0 until the background load ends, and screenshots are page-wide.
        reviewImage.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, detailPane.getWidth() - 48), detailPane.widthProperty()));
        showDetail(null);

        bankProfileChoice.setItems(bank.profileChoice().profiles());
        bankProfileChoice.valueProperty().bindBidirectional(bank.profileChoice().chosenProperty());
        bankProfileChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return profile == null ? "" : profile.name() + " (" + profile.personalInformation().email() + ")";
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });
        bankSearch.setTooltip(Shortcuts.tooltip("Search the answers", Shortcuts.FIND));
        bankSearch.textProperty().addListener((obs, old, text) -> {
            bank.search(text);
            showBank();
        });
        bank.unansweredPage().shown().addListener((ListChangeListener<BankRow>) change -> showBank());
        bank.savedPage().shown().addListener((ListChangeListener<BankRow>) change -> showBank());
        fillPager(unansweredPager, bank.unansweredPage(), "unanswered");
        fillPager(savedPager, bank.savedPage(), "saved");
        showBank();

        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            bindBar();
            if (now != inboxTab) {
                bank.load(); // answers saved in the inbox meanwhile
            }
        });
        bindBar();
    }

    /** The bottom bar shows the retry offer and message of the tab in front. */
    private void bindBar() {
        boolean inboxInFront = tabs.getSelectionModel().getSelectedItem() == inboxTab;
        RetryOffer offer = inboxInFront ? inbox.retryOffer() : bank.retryOffer();
        ReadOnlyStringProperty message = inboxInFront ? inbox.messageProperty() : bank.messageProperty();
        retryButton.textProperty().bind(offer.labelProperty());
        retryButton.visibleProperty().bind(offer.availableProperty());
        retryButton.managedProperty().bind(offer.availableProperty());
        messageLabel.textProperty().bind(message);
    }

    private void showDetail(InboxItem item) {
        detailPane.setVisible(item != null);
        detailTitle.setText(item == null ? "" : item.heading());
        detailSubtitle.setText(item == null ? "" : item.ats() + " · " + statusText(item) + " · for " + item.profileName());
        detailReason.setText(item == null ? "" : item.reason());
        InboxItem.Kind kind = item == null ? null : item.kind();
        show(questionsBox, kind == InboxItem.Kind.QUESTIONS && !item.unanswered().isEmpty());
        show(browserBox, kind == InboxItem.Kind.BROWSER_STEP);
        show(reviewBox, kind == InboxItem.Kind.REVIEW);
        show(unconfirmedBox, kind == InboxItem.Kind.UNCONFIRMED);
        boolean hasShot = item != null && item.screenshot() != null;
        reviewImage.setImage(hasShot ? new Image(item.screenshot().toUri().toString(), true) : null);
        reviewCaption.setText(hasShot ? "The form as ApplyDesk filled it in, before sending:"
                : "No screenshot was taken of this form.");
        if (item != null && inboxList.getSelectionModel().getSelectedItem() != item) {
            inboxList.getSelectionModel().select(item);
        }
    }

    /**
     * Each question on its own line above a field as wide as the pane: beside a long question a field was squeezed
     * until the answer scrolled out of sight.
     */
    private void showAnswerFields(List<AnswerField> fields) {
        answerRows.getChildren().clear();
        for (int i = 0; i < fields.size(); i++) {
            AnswerField field = fields.get(i);
            Label label = new Label(field.question().label() + (field.question().required() ? " *" : ""));
            label.setWrapText(true);
            label.getStyleClass().add("answer-question");
            Region input = answerInput(field, "answerField" + i,
                    () -> field.isLongAnswer() ? longAnswerArea() : new TextField());
            label.setLabelFor(input);
            answerRows.getChildren().add(new VBox(4, label, input));
        }
    }

    /**
     * The input of a question as the form asked it, with {@code id}: a drop-down of its options for one choice, a
     * tick box per option ({@code id} + Option + index) for several, else {@code text}, bound to the answer. Choices
     * start at the options the answer names (a free-text answer saved before the form's choices were known).
     */
    private static Region answerInput(AnswerField field, String id, Supplier<TextInputControl> text) {
        Region input;
        List<String> options = field.question().options();
        if (field.hasChoices() && field.takesSeveral()) {
            List<String> chosen = field.chosen();
            FlowPane boxes = new FlowPane(16, 6);
            boxes.setAlignment(Pos.CENTER_LEFT); // beside the bank's buttons, level with them
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                CheckBox box = new CheckBox(option);
                box.setId(id + "Option" + i);
                box.setSelected(chosen.contains(option));
                box.selectedProperty().addListener((obs, was, now) -> field.choose(option, now));
                boxes.getChildren().add(box);
            }
            input = boxes;
        } else if (field.hasChoices()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(options);
            choice.setPromptText("Choose one");
            field.chosen().stream().findFirst().ifPresent(choice::setValue);
            choice.valueProperty().addListener((obs, old, now) -> field.choose(now, now != null));
            input = choice;
        } else {
            TextInputControl answer = text.get();
            answer.textProperty().bindBidirectional(field.answer());
            answer.setPromptText("Your answer");
            input = answer;
        }
        input.setId(id);
        input.setMaxWidth(Double.MAX_VALUE);
        return input;
    }

    private static TextArea longAnswerArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }

    private void showBank() {
        showRows(unansweredRows, bank.unansweredPage());
        showRows(savedRows, bank.savedPage());
        showNone(noUnanswered, bank.unansweredPage(), "No question waits for an answer.",
                "No waiting question matches your search.");
        showNone(noSaved, bank.savedPage(), "No saved answers yet.", "No saved answer matches your search.");
    }

    private void showRows(VBox rows, BankPage page) {
        List<BankRow> shown = page.shown();
        rows.getChildren().setAll(IntStream.range(0, shown.size()).mapToObj(i -> bankRow(shown.get(i), i)).toList());
    }

    private static void showNone(Label none, BankPage page, String empty, String nothingMatches) {
        none.setText(page.searching() ? nothingMatches : empty);
        show(none, page.shown().isEmpty());
    }

    /** "‹ 21–40 of 143 ›" under a list longer than a page (ids: {@code prefix} + Previous, Position, Next). */
    private static void fillPager(HBox pager, BankPage page, String prefix) {
        Button previous = new Button("‹");
        previous.setId(prefix + "Previous");
        previous.setTooltip(new Tooltip("Previous page"));
        previous.disableProperty().bind(page.hasPreviousProperty().not());
        previous.setOnAction(e -> page.previous());
        Label position = new Label();
        position.setId(prefix + "Position");
        position.textProperty().bind(page.positionProperty());
        Button next = new Button("›");
        next.setId(prefix + "Next");
        next.setTooltip(new Tooltip("Next page"));
        next.disableProperty().bind(page.hasNextProperty().not());
        next.setOnAction(e -> page.next());
        pager.getChildren().setAll(previous, position, next);
        pager.visibleProperty().bind(page.positionProperty().isNotEmpty());
        pager.managedProperty().bind(pager.visibleProperty());
    }

    /** One question with its answer field, Save, and (for a saved answer) Delete; ids end with its index on the page. */
    private Node bankRow(BankRow row, int index) {
        String prefix = row.saved() ? "saved" : "unanswered";
        Label question = new Label(row.question());
        question.setWrapText(true);
        question.getStyleClass().add("bank-question");
        Region answer = answerInput(row.field(), prefix + "Answer" + index, TextField::new);
        HBox.setHgrow(answer, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId(prefix + "Save" + index);
        save.setOnAction(e -> bank.save(row));
        HBox line = new HBox(8, answer, save);
        line.setAlignment(Pos.CENTER_LEFT);
        if (row.saved()) {
            Button delete = new Button("Delete");
            delete.setId("savedDelete" + index);
            delete.getStyleClass().add("danger");
            delete.setOnAction(e -> bank.delete(row));
            line.getChildren().add(delete);
        }
        VBox box = new VBox(6, question, line);
        if (!row.problem().isEmpty()) {
            Label problem = new Label(row.problem());
            problem.setId(prefix + "Problem" + index);
            problem.setWrapText(true);
            problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            box.getChildren().add(1, problem);
        }
        box.getStyleClass().add("bank-row");
        return box;
    }

    private static String statusText(InboxItem item) {
        return switch (item.kind()) {
            case QUESTIONS, BROWSER_STEP -> "Needs your input";
            case REVIEW -> "Awaiting your review";
            case UNCONFIRMED -> "Not confirmed";
        };
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void saveAnswers() {
        inbox.saveAnswers();
    }

    @FXML
    private void openInBrowser() {
        inbox.openInBrowser();
    }

    @FXML
    private void markFinishedYourself() {
        inbox.markFinishedYourself();
    }

    @FXML
    private void approve() {
        inbox.approve();
    }

    @FXML
    private void discard() {
        inbox.discard();
    }

    @FXML
    private void markSent() {
        inbox.markSent();
    }

    @FXML
    private void markNotSent() {
        inbox.markNotSent();
    }

    @FXML
    private void retry() {
        if (tabs.getSelectionModel().getSelectedItem() == inboxTab) {
            inbox.retry();
        } else {
            bank.retry();
        }
    }

    /** Two lines per application: what and where, then why it waits. */
    private static final class InboxCell extends ListCell<InboxItem> {
        InboxCell() {
            // As wide as the list, never wider: long titles end in "…" instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(InboxItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label status = new Label(statusText(item).toUpperCase(Locale.ROOT));
            status.getStyleClass().add("inbox-status");
            Label heading = new Label(item.heading());
            heading.getStyleClass().add("text-bold");
            Label reason = new Label(item.ats() + " · " + item.profileName() + " · " + item.reason());
            reason.getStyleClass().add("text-muted");
            VBox box = new VBox(2, status, heading, reason);
            setGraphic(box);
            setText(null);
        }
    }
}
