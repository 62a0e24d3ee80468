package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.ShownText;
import io.applydesk.app.ui.run.RunRow;
import io.applydesk.app.ui.sessions.SessionRow;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.session.AutopilotRequest;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The Sessions page in the real window over a real practice AppContext (one headless Chromium worker):
 * a run started from Run once shows live (progress, log, a thumbnail of the page being filled in),
 * pauses (PAUSED in H2, nothing new starts) and resumes to the end; a recurring session shows its next
 * run and stops.
 */
@ExtendWith(ApplicationExtension.class)
class SessionsFlowTest {
    private static final long RUN_TIMEOUT_SECONDS = 180;
    /** Long enough to pause while the first job is filled in, short of the engine's page-load timeout. */
    private static final Duration SLOW_SITE = Duration.ofMillis(1500);

    @TempDir
    static Path dataDir;

    private static AppContext context;

    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        // One worker: the first job keeps it busy, so a pause is seen to hold back the others.
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true)
                .withWorkers(1));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = FlowWindow.open(stage, context, 1280, 860);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void aRunShowsLivePausesResumesAndARecurringSessionShowsItsNextRunAndStops(FxRobot robot) throws Exception {
        PracticeAts ats = context.practiceAts().orElseThrow();
        List<PracticeJob> jobs = threeAtss(ats.jobs());
        ats.setSlowDelay(SLOW_SITE);
        ats.setFailure(jobs.get(0).jobId(), PracticeFailure.SLOW);

        robot.clickOn("#navRunOnce");
        TextArea input = lookup(robot, "#jobInput").queryAs(TextArea.class);
        robot.interact(() -> input.setText(jobs.stream().map(PracticeJob::url).collect(Collectors.joining("\n"))));
        // Pressed on the FX thread the moment it is enabled: between a check and a robot's click the page may check
        // the list again (its profiles arrive), and a click on the briefly disabled button did nothing (seen in CI).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            Button start = lookup(robot, "#startButton").queryButton();
            if (start.isDisabled()) {
                return false;
            }
            start.fire();
            return true;
        }));

        // The Sessions page opens on the new session, its run live.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#runTable").tryQuery()
                .filter(Node::isVisible).isPresent()));
        assertTrue(fx(() -> lookup(robot, "#navSessions").queryAs(ToggleButton.class).isSelected()));
        ListView<SessionRow> sessionsList = lookup(robot, "#sessionsList").queryListView();
        TableView<RunRow> runTable = lookup(robot, "#runTable").queryTableView();
        ListView<String> log = lookup(robot, "#runLog").queryListView();
        ProgressBar progress = lookup(robot, "#progressBar").queryAs(ProgressBar.class);
        // The run is shown from the new session itself; the sessions list selects its row once it has read it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> runTable.getItems().size() == jobs.size()
                && sessionsList.getSelectionModel().getSelectedItem() != null));
        String sessionId = fx(() -> sessionsList.getSelectionModel().getSelectedItem().sessionId());
        assertEquals(sessionId, fx(() -> runTable.getItems().get(0).application().sessionId()));

        // The slow first job: its thumbnail appears and the log fills while it is filled in.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, ".live-thumbnail")
                .queryAllAs(ImageView.class).stream().anyMatch(image -> image.getImage() != null
                        && image.getImage().getProgress() >= 1.0 && !image.getImage().isError())));
        assertFalse(fx(() -> log.getItems().isEmpty()));

        // In a short window the session's detail scrolls: its top, with Pause and Stop, stays in sight (the page used
        // to push the whole window's content up, banner and buttons out of it).
        Node stop = lookup(robot, "#stopButton").query();
        Window stage = fx(() -> stop.getScene().getWindow());
        robot.interact(() -> stage.setHeight(560));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> stop.localToScene(stop.getBoundsInLocal()).getMinY() >= 0
                && stop.getScene().getRoot().getLayoutBounds().getHeight() <= stop.getScene().getHeight()),
                "Stop is in the window");
        robot.interact(() -> stage.setHeight(860));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> log.getItems().stream().anyMatch(line -> line.contains("Opening"))),
                () -> "log: " + log.getItems());
        // Each line is shown whole within the log, a long one (its link) wrapped: none runs past the log's edge.
        List<String> cut = fx(() -> lookup(robot, "#runLog .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() != null)
                .filter(cell -> cell.getWidth() > log.getWidth() || !cell.getItem().equals(ShownText.of(cell)))
                .map(cell -> ShownText.of(cell) + " (" + cell.getWidth() + " px)").toList());
        assertEquals(List.of(), cut, "lines cut in a log " + fx(log::getWidth) + " px wide");
        window.screenshots(robot, "sessions");

        robot.clickOn("#pauseButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                context.sessions().get(sessionId).status() == SessionStatus.PAUSED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !lookup(robot, "#resumeButton").queryButton()
                .isDisabled()));
        assertTrue(fx(() -> lookup(robot, "#pauseButton").queryButton().isDisabled()));

        // The job being filled in finishes; the others wait.
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statuses(sessionId).get(0).isFinished());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> progress.getProgress() > 0));
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                statuses(sessionId));
        assertEquals(List.of(jobs.get(0).jobId()), received(ats));
        assertTrue(fx(progress::getProgress) < 1.0);

        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> progress.getProgress() >= 1.0));
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS),
                statuses(sessionId));
        assertEquals(jobs.stream().map(PracticeJob::jobId).sorted().toList(), received(ats).stream().sorted().toList());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#stopButton").queryButton()
                .isDisabled()));
        assertEquals(SessionStatus.COMPLETED, context.sessions().get(sessionId).status());

        // A recurring session: the list shows when it runs next; Stop (confirmed) ends it.
        Session recurring = context.sessions().createAutopilotRecurring(new AutopilotRequest(
                context.profiles().list().get(0).profileId(), new Filters("Engineer", List.of("Remote"), List.of()),
                null, new Schedule("daily", null, "09:00", "Europe/London"), null, null, false));
        context.scheduler().tick();
        robot.clickOn("#navRunOnce");
        robot.clickOn("#navSessions");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sessionsList.getItems().stream()
                .anyMatch(r -> r.sessionId().equals(recurring.sessionId()) && r.nextRun().endsWith(":00"))));
        robot.clickOn(lookup(robot, ".list-cell").queryAllAs(ListCell.class).stream()
                .filter(r -> r.getItem() instanceof SessionRow row && row.sessionId().equals(recurring.sessionId()))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !lookup(robot, "#stopButton").queryButton()
                .isDisabled()));
        assertFalse(fx(() -> lookup(robot, "#pauseButton").queryButton().isDisabled()), "recurring sessions pause");
        window.screenshots(robot, "sessions-recurring");

        // Stop is pressed on the FX thread: the detail's summary may still re-wrap as the session's runs are read,
        // moving the button under a robot's pointer on its way (a lost click, seen in CI). The dialog is clicked.
        Button stopRecurring = lookup(robot, "#stopButton").queryButton();
        robot.interact(() -> Platform.runLater(stopRecurring::fire));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("Stop session").tryQuery()
                .filter(Node::isVisible).isPresent()));
        robot.clickOn("Stop session");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                context.sessions().get(recurring.sessionId()).status() == SessionStatus.CANCELLED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sessionsList.getItems().stream()
                .anyMatch(r -> r.sessionId().equals(recurring.sessionId()) && r.status().equals("Cancelled")
                        && r.nextRun().isEmpty())));
        assertTrue(fx(() -> lookup(robot, "#stopButton").queryButton().isDisabled()));

        // A new session comes in at the top while a lower one is selected: the list highlights the same session as
        // the detail shows (it used to keep the highlight at the old row number, on another session).
        robot.clickOn(lookup(robot, ".list-cell").queryAllAs(ListCell.class).stream()
                .filter(r -> r.getItem() instanceof SessionRow row && row.sessionId().equals(sessionId))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#detailTitle")
                .queryAs(Label.class).getText().startsWith("Run once")));
        Session newest = context.sessions().createAutopilotRecurring(new AutopilotRequest(
                context.profiles().list().get(0).profileId(), new Filters("Designer", List.of(), List.of()),
                null, new Schedule("daily", null, "10:00", "Europe/London"), null, null, false));
        robot.clickOn("#navRunOnce");
        robot.clickOn("#navSessions");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sessionsList.getItems().size() == 3
                && sessionsList.getItems().get(0).sessionId().equals(newest.sessionId())));
        // The page's reads go on in the background: the selection must not drift meanwhile either.
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3); System.nanoTime() < end; Thread.sleep(100)) {
            assertEquals(sessionId, fx(() -> sessionsList.getItems().get(sessionsList.getSelectionModel()
                    .getSelectedIndex()).sessionId()), "the highlighted row");
            assertTrue(fx(() -> lookup(robot, "#detailTitle").queryAs(Label.class).getText()
                    .startsWith("Run once")), "the detail shown");
        }
    }

    /** The first practice job of three different ATSs, none needing the candidate. */
    private static List<PracticeJob> threeAtss(List<PracticeJob> all) {
        Map<AtsType, PracticeJob> firstOfEach = new LinkedHashMap<>();
        all.stream().filter(job -> !job.needsCandidateInput()).forEach(job -> firstOfEach.putIfAbsent(job.atsType(), job));
        return firstOfEach.values().stream().limit(3).toList();
    }

    private static List<ApplicationStatus> statuses(String sessionId) {
        String runId = context.sessions().runs(sessionId, null, null).data().get(0).sessionRunId();
        return context.applications().inRun(runId).stream().map(Application::status).toList();
    }

    private static List<String> received(PracticeAts ats) {
        return ats.submissions().stream().map(RecordedSubmission::jobId).toList();
    }
}
