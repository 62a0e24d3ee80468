package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.ToggleSwitch;
import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.core.run.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings page in the real window over the real AppContext in practice mode, with the login entry going to
 * a temporary XDG_CONFIG_HOME: changes land in H2 and in the autostart file, Ctrl+S saves this page and no
 * other, a wrong browser path is refused beside its field, and the window is put back where it was.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
    @TempDir
    static Path temp;

    private static AppContext context;

    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        // Nothing is applied here, so no browser is needed.
        context = AppContext.openForDesktop(AppOptions.defaults().withDataDir(temp.resolve("data")).withPractice(true)
                .withHeadless(true).withEnvironment(env));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = FlowWindow.open(stage, context, 1280, 820);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    private static void openSettings(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        TextField total = lookup(robot, "#totalCapField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(total::getText).isEmpty());
    }

    /** Clicks a control, scrolling the page to it first (the page is taller than the window). */
    private static void click(FxRobot robot, String id) {
        reveal(robot, id);
        robot.clickOn(id);
    }

    private static void reveal(FxRobot robot, String id) {
        Node node = lookup(robot, id).query();
        ScrollPane page = lookup(robot, "#settingsPage").query();
        robot.interact(() -> {
            Node content = page.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (top - 40) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String fieldId, String text) {
        reveal(robot, fieldId);
        TextField field = lookup(robot, fieldId).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    @Test
    void changesMadeInTheWindowAreStoredAndStartOnLoginWritesTheAutostartEntry(FxRobot robot) throws Exception {
        openSettings(robot);
        DesktopSettings settings = context.settings();

        type(robot, "#workersField", "4");
        ComboBox<ThemeChoice> theme = lookup(robot, "#themeBox").queryComboBox();
        robot.interact(() -> theme.setValue(ThemeChoice.DARK));
        ToggleSwitch sidebarSwitch = lookup(robot, "#darkModeToggle").query();
        assertTrue(fx(sidebarSwitch::isSelected), "the sidebar switch follows the theme chosen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.theme() == ThemeChoice.DARK);

        type(robot, "#totalCapField", "400");
        type(robot, "#monthlyCapField", "50");
        type(robot, "#dailyCapField", "8");
        click(robot, "#startOnLoginBox");
        click(robot, "#saveSettingsButton");

        Label message = lookup(robot, "#settingsMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(message::getText).startsWith("Saved"));
        assertEquals("Saved. The browser and worker changes take effect next time ApplyDesk starts.",
                fx(message::getText));
        assertEquals(Optional.of(4), settings.storedWorkers());
        RunSettings run = settings.runSettings();
        assertEquals(400, run.totalCap());
        assertEquals(50, run.monthlyCap());
        assertEquals(8, run.dailyCap());
        assertTrue(settings.startOnLogin());
        Path entry = temp.resolve("config/autostart/applydesk.desktop");
        String desktopEntry = Files.readString(entry);
        assertTrue(desktopEntry.contains("\nExec=") && desktopEntry.contains("io.applydesk.app.Launcher"), desktopEntry);
        assertFalse(desktopEntry.contains("--background"), "start minimised is off");

        // The sidebar switch is a choice too: the page and the database follow it.
        robot.interact(() -> sidebarSwitch.setSelected(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.theme() == ThemeChoice.LIGHT);
        assertEquals(ThemeChoice.LIGHT, fx(theme::getValue));

        click(robot, "#startMinimisedBox");
        click(robot, "#startOnLoginBox");
        click(robot, "#saveSettingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(message::getText).isEmpty());
        assertFalse(Files.exists(entry));
        assertFalse(settings.startOnLogin());
        assertTrue(settings.startMinimised());
        robot.interact(() -> lookup(robot, "#settingsPage").queryAs(ScrollPane.class).setVvalue(0));
        window.screenshots(robot, "settings");
    }

    @Test
    void ctrlSSavesTheSettingsAndNotTheProfilesPageVisitedBefore(FxRobot robot) throws Exception {
        // The Profiles page, once visited, stays in the window hidden, with a Ctrl+S of its own.
        robot.clickOn("#navProfile");
        Label profileMessage = lookup(robot, "#profileMessage").queryAs(Label.class);
        TextField email = lookup(robot, "#emailField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(email::getText).isEmpty());
        openSettings(robot);
        Button save = lookup(robot, "#saveSettingsButton").queryButton();
        assertEquals("Save the settings (Ctrl+S)", fx(() -> save.getTooltip().getText()));

        type(robot, "#workersField", "2");
        robot.push(Shortcuts.SAVE);
        Label message = lookup(robot, "#settingsMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(message::getText).startsWith("Saved"));
        assertEquals(Optional.of(2), context.settings().storedWorkers());
        assertEquals("", fx(profileMessage::getText), "the Profiles page saved nothing");
    }

    @Test
    void everyWrongFieldShowsItsProblemBesideItAtOnceAndNothingIsSaved(FxRobot robot) throws Exception {
        openSettings(robot);
        Path notes = Files.writeString(temp.resolve("notes.txt"), "not a browser");
        TextField path = lookup(robot, "#browserPathField").queryAs(TextField.class);
        // Set, not typed: a temp path is long, and typing it key by key only costs time.
        robot.interact(() -> path.setText(notes.toString()));
        type(robot, "#workersField", "abc");
        Label workersError = lookup(robot, "#workersError").queryAs(Label.class);
        assertEquals("'abc' is not a whole number. Choose between 1 and 8 browsers working at once.",
                fx(workersError::getText), "shown as typed");
        int monthlyBefore = context.settings().runSettings().monthlyCap();
        type(robot, "#hostSpacingField", "-5");
        type(robot, "#totalCapField", "1000");
        type(robot, "#monthlyCapField", "5000");
        type(robot, "#dailyCapField", "lots");
        type(robot, "#nextDataFolderField", "relative");
        click(robot, "#saveSettingsButton");

        Label browserError = lookup(robot, "#browserError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(browserError::getText).isEmpty());
        assertEquals(notes + " is not a program this computer can start. Choose the browser program itself"
                + " (for example chrome or chromium).", fx(browserError::getText));
        for (String id : List.of("#browserError", "#workersError", "#spacingError", "#monthlyCapError",
                "#dailyCapError", "#dataFolderError")) {
            assertTrue(fx(() -> lookup(robot, id).query().isVisible()), id + " shows at once");
        }
        assertEquals("A month cannot allow more applications (5000) than the total (1000).",
                fx(() -> lookup(robot, "#monthlyCapError").queryAs(Label.class).getText()));
        assertFalse(fx(() -> lookup(robot, "#totalCapError").query().isVisible()));
        assertEquals("Nothing was saved: correct the fields marked in red first.",
                fx(() -> lookup(robot, "#settingsMessage").queryAs(Label.class).getText()));
        assertEquals(Optional.empty(), context.settings().browserPath());
        assertEquals(monthlyBefore, context.settings().runSettings().monthlyCap());
        robot.interact(() -> lookup(robot, "#settingsPage").queryAs(ScrollPane.class).setVvalue(0));
        window.screenshots(robot, "settings-invalid");

        type(robot, "#workersField", "3");
        assertFalse(fx(() -> lookup(robot, "#workersError").query().isVisible()), "gone once valid");
    }

    @Test
    void theWindowGoesBackWhereItWasAndRemembersWhereItIsWhenHidden(FxRobot robot) throws Exception {
        List<String> stored = new CopyOnWriteArrayList<>();
        Stage stage = fx(() -> {
            Stage s = new Stage();
            WindowMemory.attach(s, Optional.of("60,50,900,600,false"), stored::add);
            s.show();
            return s;
        });
        assertEquals(List.of(60.0, 50.0, 900.0, 600.0),
                fx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        // Moved (a resize is the window manager's to grant, and Xvfb has none): the new place is what is kept.
        robot.interact(() -> {
            stage.setX(120);
            stage.setY(90);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(stage::getX) == 120 && fx(stage::getY) == 90);
        robot.interact(stage::hide);
        assertEquals(List.of("120,90,900,600,false"), stored);
    }
}
