package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.PreviewRow;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Autopilot page in the real window, over the real AppContext in practice mode (temp data directory, the
 * practice ATS's board APIs in-process, the scheduler running): a title typed, the live preview, a recurring
 * schedule read back, Create, and the session stored in H2 with the next run the sentence showed.
 */
@ExtendWith(ApplicationExtension.class)
class AutopilotFlowTest {
    private static final DateTimeFormatter SENTENCE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    @TempDir
    static Path dataDir;

    private static AppContext context;

    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        // No application is made here, so no browser is needed.
        context = AppContext.openForDesktop(AppOptions.defaults().withDataDir(dataDir).withPractice(true)
                .withHeadless(true));
        context.startScheduler();
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

    @Test
    void aRecurringSessionMadeFromTheFiltersAndAScheduleIsStoredWithTheNextRunItsSentenceShowed(FxRobot robot)
            throws Exception {
        // The page's keyboard shortcut: Ctrl and its place in the sidebar.
        robot.clickOn("#navProfile");
        String digit = String.valueOf(Destination.AUTOPILOT.ordinal() + 1);
        robot.push(new KeyCodeCombination(KeyCode.getKeyCode(digit), KeyCombination.SHORTCUT_DOWN));
        assertTrue(fx(() -> lookup(robot, "#navAutopilot").queryAs(ToggleButton.class).isSelected()));
        Label summary = lookup(robot, "#previewSummary").queryAs(Label.class);
        assertEquals("Type a job title to see the jobs it finds.", fx(summary::getText));
        window.screenshots(robot, "autopilot-empty");

        robot.clickOn("#titlesField").write("Software Engineer");
        TableView<PreviewRow> preview = lookup(robot, "#previewTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !preview.getItems().isEmpty()));
        int shown = fx(() -> preview.getItems().size());
        assertTrue(fx(summary::getText).matches(shown + " matching jobs on \\d+ boards"), fx(summary::getText));
        assertTrue(fx(() -> preview.getItems().stream().map(PreviewRow::ats).distinct().count() > 1),
                "the practice boards span several ATSs");
        window.screenshots(robot, "autopilot-preview");

        // No practice job is remote: the empty table says the search found nothing.
        robot.clickOn("#remoteCheck");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(summary::getText).startsWith("0 matching jobs"));
        assertEquals("No job on the boards matches these filters.",
                fx(lookup(robot, "#previewPlaceholder").queryAs(Label.class)::getText));
        window.screenshots(robot, "autopilot-no-match");
        robot.clickOn("#remoteCheck");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> preview.getItems().size()) == shown);

        robot.clickOn("#recurringToggle");
        robot.clickOn("#nextButton");
        TextField maxJobs = lookup(robot, "#maxJobsField").queryAs(TextField.class);
        robot.interact(() -> maxJobs.setText("10"));
        robot.clickOn("#nextButton");
        robot.clickOn("#dayWed");
        TextField time = lookup(robot, "#timeField").queryAs(TextField.class);
        robot.interact(time::clear);
        robot.clickOn(time).write("25:00");
        Label timeError = lookup(robot, "#timeError").queryAs(Label.class);
        assertTrue(fx(timeError::isVisible) && fx(timeError::getText).contains("HH:mm"), fx(timeError::getText));
        window.screenshots(robot, "autopilot-bad-time");
        robot.interact(time::clear);
        robot.clickOn(time).write("07:45");
        assertTrue(fx(() -> !timeError.isVisible()));
        ComboBox<String> zone = lookup(robot, "#zoneChoice").queryComboBox();
        robot.interact(() -> zone.setValue("America/New_York"));
        Label sentence = lookup(robot, "#sentenceLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(sentence::getText)
                .startsWith("Every Monday and Wednesday at 07:45, New York time — next run "));
        String shownSentence = fx(sentence::getText);
        window.screenshots(robot, "autopilot-schedule");

        robot.clickOn("#createButton");

        Label confirmation = lookup(robot, "#confirmationLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(confirmation::getText).isEmpty());
        Matcher created = Pattern.compile("Recurring session (\\S+) created\\. Next run (.+)\\. It runs .*")
                .matcher(fx(confirmation::getText));
        assertTrue(created.matches(), fx(confirmation::getText));
        Session session = context.sessions().get(created.group(1));
        assertEquals(SessionType.AUTOPILOT_RECURRING, session.type());
        assertEquals(SessionStatus.ACTIVE, session.status());
        assertEquals(new Schedule("weekly", List.of("monday", "wednesday"), "07:45", "America/New_York"),
                session.schedule());
        assertEquals(10, session.limits().maxJobsPerRun());

        // The running scheduler was told: it sets next_run_at, the slot the sentence named.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context.sessions().get(session.sessionId()).stats().nextRunAt() != null);
        Instant nextRun = context.sessions().get(session.sessionId()).stats().nextRunAt();
        assertNotNull(nextRun);
        String nextRunText = SENTENCE_TIME.format(nextRun.atZone(ZoneId.of("America/New_York")));
        assertTrue(shownSentence.endsWith("next run " + nextRunText), shownSentence + " vs " + nextRunText);
        assertEquals(nextRunText, created.group(2));
        // Back at the first step with the filters kept: Next, not Create, stands under the pointer.
        assertTrue(fx(() -> lookup(robot, "#filtersPane").query().isVisible()));
        assertTrue(fx(() -> !lookup(robot, "#createButton").query().isVisible()));
        assertEquals("Software Engineer", fx(lookup(robot, "#titlesField").queryAs(TextField.class)::getText));
        window.screenshots(robot, "autopilot-created");
    }
}
