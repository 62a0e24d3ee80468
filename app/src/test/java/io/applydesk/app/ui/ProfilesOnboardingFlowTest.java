package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.profile.ResumeRule;
import io.applydesk.core.profile.WorkExperience;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over a real AppContext in REAL mode on an empty temp data folder (no browser run):
 * first-run onboarding creates the first profile from typed details and a resume; then the Profiles
 * page imports a JSON Resume as a second profile, edits work experience, refuses an invalid email
 * inline, adds a second resume with a title rule, and exports JSON and imports it again; New over
 * unsaved changes discards them into an empty profile whose save bar keeps its buttons whole; Add puts the
 * cursor in the new entry and Ctrl+S saves. The file choosers answer from a stub; everything else is clicked and
 * typed.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfilesOnboardingFlowTest {
    private static final long WAIT = 20;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private static AppContext context;

    private final StubDialogService dialogs = new StubDialogService();
    private final List<Boolean> modeSwitches = new CopyOnWriteArrayList<>();
    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        context = AppContext.openForDesktop(AppOptions.defaults().withDataDir(dataDir).withPractice(false)
                .withHeadless(true));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        dialogs.willConfirm(true);
        window = FlowWindow.open(stage, context, 1200, 800, dialogs, modeSwitches::add);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @Order(1)
    void onboardingTypesTheDetailsAndStoresTheFirstProfileWithItsResume(FxRobot robot) throws Exception {
        Node welcome = lookup(robot, "#welcomeStep").query();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(welcome::isVisible));
        assertTrue(lookup(robot, "#navProfile").tryQuery().isEmpty(), "no sidebar before the first profile");

        robot.clickOn("#tryPracticeButton");
        assertEquals(List.of(true), modeSwitches, "practice mode is asked for");

        robot.clickOn("#typeDetailsButton");
        Button create = lookup(robot, "#createProfileButton").queryButton();
        assertTrue(fx(create::isDisabled));
        type(robot, "#onboardingFirstName", "Ada");
        type(robot, "#onboardingLastName", "Lovelace");
        type(robot, "#onboardingEmail", "ada@example");
        Label emailError = lookup(robot, "#onboardingEmailError").queryAs(Label.class);
        assertEquals(ProfileViewModel.BAD_EMAIL, fx(emailError::getText));
        type(robot, "#onboardingEmail", ".com");
        assertFalse(fx(emailError::isVisible));
        type(robot, "#onboardingCountryCode", "+44");
        type(robot, "#onboardingPhoneNumber", "7700900123");
        type(robot, "#onboardingCity", "London");
        type(robot, "#onboardingCountry", "United Kingdom");
        dialogs.willChoose(pdf("ada-lovelace-cv.pdf"));
        robot.clickOn("#chooseResumeFileButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> !create.isDisabled()));
        window.screenshots(robot, "onboarding");

        robot.clickOn(create);
        Node done = lookup(robot, "#doneStep").query();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(done::isVisible));
        List<Profile> stored = context.profiles().list();
        assertEquals(1, stored.size());
        Profile ada = stored.get(0);
        assertEquals("Ada Lovelace", ada.name());
        assertEquals("ada@example.com", ada.personalInformation().email());
        assertEquals("ada-lovelace-cv.pdf", ada.defaultResume().fileName());
        assertTrue(Files.exists(ada.defaultResume().storedPath()));
        assertTrue(ada.defaultResume().storedPath().startsWith(dataDir), "the resume is kept in the data folder");

        robot.clickOn("#openAppButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> lookup(robot, "#navProfile").tryQuery().isPresent());
    }

    @Test
    @Order(2)
    void theEditorImportsEditsValidatesAddsARuledResumeAndRoundTripsJson(FxRobot robot) throws Exception {
        ListView<Profile> list = openProfiles(robot, 1);

        // A JSON Resume file becomes the second profile.
        dialogs.willChoose(Files.writeString(files.resolve("grace-resume.json"), """
                {"basics": {"name": "Grace Hopper", "email": "grace@example.com", "phone": "+1 2025550142",
                  "location": {"city": "Arlington", "region": "VA", "countryCode": "US"}},
                 "work": [{"name": "US Navy", "position": "Computer scientist", "startDate": "1943-12",
                           "endDate": "1986-08"}],
                 "skills": [{"name": "COBOL"}]}
                """));
        robot.clickOn("#importProfileButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> list.getItems().size() == 2));
        assertEquals(2, context.profiles().list().size());
        Profile grace = context.profiles().findByEmail("grace@example.com").orElseThrow();
        assertEquals(List.of("COBOL"), grace.skills());

        // Back to Ada: add a job.
        robot.clickOn(cellOf(robot, "Ada Lovelace"));
        TextField firstName = lookup(robot, "#firstNameField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> "Ada".equals(firstName.getText())));
        clickRevealed(robot, "#workExperienceAdd");
        type(robot, "#workExperience0jobTitle", "Analyst");
        type(robot, "#workExperience0company", "Analytical Engines Ltd");
        type(robot, "#workExperience0startDate", "2019-04");
        type(robot, "#workExperience0endDate", "2024-02");

        // An invalid email is refused next to the field, and Save is off.
        TextField email = lookup(robot, "#emailField").queryAs(TextField.class);
        robot.interact(email::clear);
        type(robot, "#emailField", "ada-at-example");
        Label emailError = lookup(robot, "#emailError").queryAs(Label.class);
        assertEquals(ProfileViewModel.BAD_EMAIL, fx(emailError::getText));
        assertTrue(fx(emailError::isVisible));
        Button save = lookup(robot, "#saveButton").queryButton();
        assertTrue(fx(save::isDisabled));
        assertEquals("ada@example.com", context.profiles().findByEmail("ada@example.com").orElseThrow()
                .personalInformation().email());

        robot.interact(email::clear);
        type(robot, "#emailField", "ada@example.com");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> !save.isDisabled()));
        Label message = lookup(robot, "#profileMessage").queryAs(Label.class);
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> message.getText().equals("Profile saved.")));
        Profile ada = context.profiles().findByEmail("ada@example.com").orElseThrow();
        assertEquals(List.of(new WorkExperience("Analyst", "Analytical Engines Ltd", "2019-04", "2024-02", false, null,
                null)), ada.workExperience());

        // A second resume, sent for titles containing "Data".
        dialogs.willChoose(pdf("ada-data-resume.pdf"));
        clickRevealed(robot, "#chooseResumeButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> lookup(robot, "#resumeName1").tryQuery().isPresent());
        clickRevealed(robot, "#addRuleButton");
        type(robot, "#ruleWords0", "Data");
        clickRevealed(robot, "#ruleResume0");
        robot.clickOn("ada-data-resume.pdf");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> !save.isDisabled()));
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> message.getText().equals("Profile saved.")));
        ada = context.profiles().get(ada.profileId());
        Resume dataResume = ada.resumes().stream().filter(r -> r.fileName().equals("ada-data-resume.pdf"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new ResumeRule("Data", dataResume.resumeId())),
                context.profiles().resumeRules(ada.profileId()));
        assertEquals("ada-data-resume.pdf", context.profiles().resumeFor(ada, "Data Analyst").fileName());
        assertEquals("ada-lovelace-cv.pdf", context.profiles().resumeFor(ada, "Analyst").fileName());

        // Export JSON, then import it again: the same profile is updated, nothing is duplicated.
        Path exported = files.resolve("ada-export.json");
        dialogs.willSaveTo(exported);
        robot.clickOn("#exportJsonButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Files.exists(exported) && Files.size(exported) > 0);
        assertTrue(Files.readString(exported).contains("Analytical Engines Ltd"));
        dialogs.willChoose(exported);
        robot.clickOn("#importProfileButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> fx(() -> message.getText().startsWith("Updated Ada Lovelace.")));
        assertEquals(2, context.profiles().list().size());
        assertEquals(ada.workExperience(), context.profiles().get(ada.profileId()).workExperience());

        // Unsaved changes keep the page until the candidate chooses to drop them.
        type(robot, "#cityField", " East");
        dialogs.willConfirm(false);
        robot.clickOn("#navRunOnce");
        assertEquals("Discard your changes?", dialogs.questionsAsked().get(dialogs.questionsAsked().size() - 1));
        assertTrue(lookup(robot, "#profileList").tryQuery().isPresent(), "still on Profiles");
        assertTrue(fx(() -> lookup(robot, "#navProfile").queryAs(ToggleButton.class).isSelected()));
        dialogs.willConfirm(true);
        robot.clickOn("#navRunOnce");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> lookup(robot, "#profileList").tryQuery().isEmpty());
        assertEquals("London", context.profiles().get(ada.profileId()).personalInformation().city(), "dropped");
        robot.clickOn("#navProfile");

        // The demo candidate, for the screenshot of a full profile.
        dialogs.willChoose(DemoCandidate.writeTo(files.resolve("demo")));
        robot.clickOn("#importProfileButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> list.getItems().size() == 3));
        robot.interact(() -> lookup(robot, "#editorScroll").queryAs(ScrollPane.class).setVvalue(0));
        window.screenshots(robot, "profiles");
    }

    @Test
    @Order(3)
    void newDiscardsUnsavedChangesIntoAnEmptyProfileAndTheBarKeepsItsButtonsWhole(FxRobot robot) throws Exception {
        ListView<Profile> list = openProfiles(robot, 3);
        robot.clickOn(cellOf(robot, "Ada Lovelace"));
        TextField firstName = lookup(robot, "#firstNameField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> "Ada".equals(firstName.getText())));
        type(robot, "#cityField", " East");

        dialogs.willConfirm(false);
        robot.clickOn("#newProfileButton");
        TextField city = lookup(robot, "#cityField").queryAs(TextField.class);
        assertEquals("London East", fx(city::getText), "kept editing");

        ScrollPane editor = lookup(robot, "#editorScroll").queryAs(ScrollPane.class);
        robot.interact(() -> editor.setVvalue(1));
        dialogs.willConfirm(true);
        robot.clickOn("#newProfileButton");
        Label title = lookup(robot, "#editorTitle").queryAs(Label.class);
        Callable<Boolean> emptyNew = () -> fx(() -> title.getText().equals("New profile")
                && firstName.getText().isEmpty() && list.getSelectionModel().isEmpty());
        assertEquals(0.0, fx(editor::getVvalue), "the new profile starts at the top of the form");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, emptyNew);
        // The discarded profile's read once finished after New and put Ada back: the form must stay new.
        for (int i = 0; i < 10; i++) {
            Thread.sleep(100);
            assertTrue(emptyNew.call(), "still the empty new profile");
        }
        assertEquals("London", context.profiles().findByEmail("ada@example.com").orElseThrow()
                .personalInformation().city(), "discarded");

        // The long "To save, fill in: …" wraps beside the buttons instead of cutting them to "…".
        Label missing = lookup(robot, "#missingSummary").queryAs(Label.class);
        assertTrue(fx(missing::getText).startsWith("To save, fill in: first name, last name, email"));
        for (String id : List.of("#saveButton", "#exportJsonButton", "#exportJsonResumeButton", "#missingSummary")) {
            Labeled labeled = lookup(robot, id).queryAs(Labeled.class);
            assertEquals(fx(labeled::getText), fx(() -> shownText(labeled)), id + " is shown whole");
        }
        window.screenshots(robot, "profiles-new");
    }

    @Test
    @Order(4)
    void addPutsTheCursorInTheNewEntryInViewAndCtrlSSavesWhatWasTyped(FxRobot robot) throws Exception {
        openProfiles(robot, 3);
        robot.clickOn(cellOf(robot, "Ada Lovelace"));
        TextField firstName = lookup(robot, "#firstNameField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> "Ada".equals(firstName.getText())));
        Profile before = context.profiles().findByEmail("ada@example.com").orElseThrow();
        int jobs = before.workExperience().size();
        int skills = before.skills().size();
        int rule = context.profiles().resumeRules(before.profileId()).size();
        Button save = lookup(robot, "#saveButton").queryButton();
        assertEquals("Save this profile (Ctrl+S)", fx(() -> save.getTooltip().getText()));

        // Added at the bottom edge of the form: the new job's first field is scrolled into view, and typed into.
        ScrollPane editor = lookup(robot, "#editorScroll").queryAs(ScrollPane.class);
        clickAtBottomOfEditor(robot, "#workExperienceAdd");
        TextField jobTitle = lookup(robot, "#workExperience" + jobs + "jobTitle").queryAs(TextField.class);
        assertTrue(fx(jobTitle::isFocused), "the cursor is in the new job");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> inView(editor, jobTitle)));
        robot.write("Engine designer");
        clickRevealed(robot, "#skillsAdd");
        assertTrue(fx(() -> lookup(robot, "#skills" + skills + "skill").query().isFocused()), "in the new skill");
        robot.write("Bernoulli numbers");
        clickRevealed(robot, "#addRuleButton");
        assertTrue(fx(() -> lookup(robot, "#ruleWords" + rule).query().isFocused()), "in the new title rule");
        robot.write("Engine");
        // Last, a gender of her own words typed into the drop-down, the cursor left in it: Ctrl+S saves what it shows.
        clickRevealed(robot, "#genderField");
        ComboBox<?> gender = lookup(robot, "#genderField").queryComboBox();
        robot.interact(() -> gender.getEditor().selectAll());
        robot.write("Agender");
        assertTrue(fx(() -> gender.getEditor().isFocused()), "the cursor is still in the drop-down");

        Label message = lookup(robot, "#profileMessage").queryAs(Label.class);
        robot.push(Shortcuts.SAVE);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> message.getText().equals("Profile saved.")));
        Profile ada = context.profiles().get(before.profileId());
        assertEquals("Engine designer", ada.workExperience().get(jobs).jobTitle());
        assertEquals("Bernoulli numbers", ada.skills().get(skills));
        assertEquals("Engine", context.profiles().resumeRules(ada.profileId()).get(rule).titleContains());
        assertEquals("Agender", ada.personalInformation().gender());
    }

    /** Scrolls the editor until the node is just above its bottom edge, then clicks it. */
    private static void clickAtBottomOfEditor(FxRobot robot, String query) {
        Node node = lookup(robot, query).query();
        ScrollPane scroll = lookup(robot, "#editorScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double hidden = content.getBoundsInLocal().getHeight() - viewport;
            if (hidden > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMaxY() + 4 - viewport) / hidden)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** True when the node is wholly inside the scroll pane's view. */
    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds onScreen = node.localToScene(node.getBoundsInLocal());
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        return onScreen.getMinY() >= viewport.getMinY() && onScreen.getMaxY() <= viewport.getMaxY();
    }

    /** The text a label or button draws: its skin cuts it to fit ("Sa…") where the text would not. */
    private static String shownText(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    /** Goes to the Profiles page and waits for its list of {@code count} profiles. */
    private static ListView<Profile> openProfiles(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> lookup(robot, "#navProfile").tryQuery().isPresent());
        robot.clickOn("#navProfile");
        ListView<Profile> list = lookup(robot, "#profileList").queryListView();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> list.getItems().size() == count));
        return list;
    }

    private static void type(FxRobot robot, String query, String text) throws Exception {
        clickRevealed(robot, query);
        robot.write(text);
    }

    /** Scrolls the editor (when the node is in it) until the node is on screen, then clicks it. */
    private static void clickRevealed(FxRobot robot, String query) throws Exception {
        Node node = lookup(robot, query).query();
        ScrollPane scroll = lookup(robot, "#editorScroll").tryQuery().map(ScrollPane.class::cast).orElse(null);
        if (scroll != null && isInside(node, scroll.getContent())) {
            // Layout may still be settling (a profile was just shown): scroll again until the node is in view.
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> reveal(scroll, node)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn(node);
    }

    private static boolean reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        scroll.applyCss();
        scroll.layout();
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 80) / hidden)));
            scroll.layout();
        }
        return inView(scroll, node) && node.localToScene(node.getBoundsInLocal()).getHeight() > 0;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static ListCell<?> cellOf(FxRobot robot, String profileName) {
        return lookup(robot, ".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Profile && ((Profile) c.getItem()).name().equals(profileName))
                .findFirst().orElseThrow();
    }

    private static Path pdf(String name) throws Exception {
        return Files.writeString(files.resolve(name), "%PDF-1.4\n% " + name + "\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
    }
}
