package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.main.MainViewModel;
import io.applydesk.app.ui.run.RunRow;
import io.applydesk.app.ui.runonce.JobRow;
import io.applydesk.app.ui.runonce.ResumeOption;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.PracticeSite;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.css.PseudoClass;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
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
 * The whole path in the real window: the real AppContext in practice mode (temp data directory,
 * real practice ATS, headless Chromium), links DROPPED onto the wizard, Start, and the live run
 * on the Sessions page reaching SUCCESS for every practice job but the one designed to need the candidate.
 */
@ExtendWith(ApplicationExtension.class)
class RunOnceFlowTest {
    private static final long RUN_TIMEOUT_SECONDS = 300;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path dropFolder;

    private static AppContext context;

    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = FlowWindow.open(stage, context, 1200, 800);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void droppedLinksAreCheckedStartedAndReachTheirFinalStatusLive(FxRobot robot) throws Exception {
        PracticeAts ats = context.practiceAts().orElseThrow();
        List<PracticeJob> jobs = mixedHandful(ats.jobs());
        assertEquals(5, jobs.size(), "the practice ATS offers jobs on several ATSs");
        Label banner = lookup(robot, "#practiceBannerText").queryAs(Label.class);
        assertEquals(MainViewModel.PRACTICE_BANNER, banner.getText());
        // The window opens on the Dashboard; the candidate goes to Run once.
        robot.clickOn("#navRunOnce");

        // A browser-style text drop of every job but the last, then a .url file with the last one.
        String links = jobs.subList(0, jobs.size() - 1).stream().map(PracticeJob::url)
                .collect(Collectors.joining("\n"));
        Path shortcut = Files.writeString(dropFolder.resolve("last job.url"),
                "[InternetShortcut]\r\nURL=" + jobs.get(jobs.size() - 1).url() + "\r\n");
        ClipboardContent text = new ClipboardContent();
        text.putString(links);
        ClipboardContent file = new ClipboardContent();
        file.putFiles(List.of(new File(shortcut.toString())));
        assertTrue(fx(() -> Drops.drop(lookup(robot, "#dropZone").query(), text)));
        assertTrue(fx(() -> Drops.drop(lookup(robot, "#dropZone").query(), file)));

        TableView<JobRow> jobTable = lookup(robot, "#jobTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> jobTable.getItems().size() == jobs.size()));
        Button startButton = lookup(robot, "#startButton").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !startButton.isDisabled()));
        List<JobRow> rows = fx(() -> List.copyOf(jobTable.getItems()));
        assertEquals(jobs.stream().map(PracticeJob::url).collect(Collectors.toList()),
                rows.stream().map(JobRow::link).collect(Collectors.toList()));
        assertTrue(rows.stream().allMatch(r -> r.state() == JobRow.State.OK), rows.toString());
        assertEquals(jobs.stream().map(job -> job.atsType().displayName()).collect(Collectors.toList()),
                rows.stream().map(JobRow::ats).collect(Collectors.toList()));
        window.screenshots(robot, "run-once-wizard");

        robot.clickOn("#startButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#runTable").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent()));
        TableView<RunRow> runTable = lookup(robot, "#runTable").queryTableView();
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() ->
                runTable.getItems().size() == jobs.size()
                        && runTable.getItems().stream().allMatch(r -> r.application().status().isFinished())));
        Map<String, ApplicationStatus> statusByUrl = fx(() -> runTable.getItems().stream().map(RunRow::application)
                .collect(Collectors.toMap(Application::jobUrl, Application::status)));
        Map<String, ApplicationStatus> expected = jobs.stream().collect(Collectors.toMap(PracticeJob::url,
                job -> job.needsCandidateInput() ? ApplicationStatus.NEEDS_INPUT : ApplicationStatus.SUCCESS));
        assertEquals(expected, statusByUrl);
        assertTrue(jobs.stream().anyMatch(PracticeJob::needsCandidateInput), "one practice job needs the candidate");

        // The practice server received exactly the SUCCESS ones, once each, and nothing for NEEDS_INPUT.
        List<String> received = ats.submissions().stream().map(RecordedSubmission::jobId).sorted()
                .collect(Collectors.toList());
        List<String> succeeded = jobs.stream().filter(job -> !job.needsCandidateInput()).map(PracticeJob::jobId)
                .sorted().collect(Collectors.toList());
        assertEquals(succeeded, received);

        ProgressBar progress = lookup(robot, "#progressBar").queryAs(ProgressBar.class);
        assertEquals(1.0, fx(progress::getProgress));
        // The session's buttons follow its stored status, read again on the Sessions page's tick.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#stopButton").queryButton()
                .isDisabled()));

        // Clicking a SUCCESS row shows its confirmation screenshot.
        RunRow success = fx(() -> runTable.getItems().stream()
                .filter(r -> r.application().status() == ApplicationStatus.SUCCESS).findFirst().orElseThrow());
        String successId = success.application().applicationId();
        robot.clickOn(FlowWindow.rowWhere(robot, item -> item instanceof RunRow r
                && r.application().applicationId().equals(successId)));
        ImageView evidence = lookup(robot, "#evidenceImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> evidence.getImage() != null
                && evidence.getImage().getProgress() >= 1.0 && !evidence.getImage().isError()));
        assertTrue(fx(() -> evidence.getImage().getWidth() > 100));
        // The finished run's page comes to rest with its screenshot shown (the picture was once refitted to a
        // scroll bar that came and went with it: a repaint every frame, ~60 a second).
        int pulses = window.framesInASecond(robot);
        assertTrue(pulses <= 5, pulses + " frames in a second at rest");
        window.screenshots(robot, "run-view");

        robot.clickOn("#navProfile");
        TextField firstName = lookup(robot, "#firstNameField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !firstName.getText().isEmpty()));
        window.screenshots(robot, "profile");
    }

    @Test
    void pastedRowsThatAreNotLinksAreHighlightedRepeatsMergedAndAnInvalidOneBlocksStart(FxRobot robot)
            throws Exception {
        robot.clickOn("#navRunOnce");
        // A Greenhouse practice job the other test does not apply to, so it is no duplicate of an application.
        PracticeAts ats = context.practiceAts().orElseThrow();
        String practiceJob = ats.jobs().stream().filter(job -> job.atsType() == AtsType.GREENHOUSE
                && !job.needsCandidateInput() && !mixedHandful(ats.jobs()).contains(job)).findFirst().orElseThrow().url();
        String realEmployer = "https://boards.greenhouse.io/acme/jobs/4012345";
        TextArea input = lookup(robot, "#jobInput").queryAs(TextArea.class);
        robot.interact(() -> input.setText(practiceJob + "\nsend my CV to jobs@acme.example\n" + practiceJob
                + "?gh_src=newsletter\n" + realEmployer + "\n"));

        TableView<JobRow> jobTable = lookup(robot, "#jobTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> jobTable.getItems().size() == 3));
        assertEquals(List.of("OK", "Not a web link", "Not a practice job"),
                fx(() -> jobTable.getItems().stream().map(JobRow::stateText).collect(Collectors.toList())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> rowOf(robot, 2).getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid"))));
        // The same job again (with a tracking parameter) is merged into its first row, and the page says so.
        Label mergedNote = lookup(robot, "#mergedNote").queryAs(Label.class);
        assertEquals("1 repeated link was merged.", fx(mergedNote::getText));
        assertTrue(fx(mergedNote::isVisible));
        // Practice mode applies to the practice site only: the real employer's row blocks Start and says why.
        assertTrue(fx(() -> rowOf(robot, 3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid"))));
        assertTrue(fx(() -> lookup(robot, "#listMessage").queryAs(Label.class).getText())
                .endsWith(PracticeSite.ONLY_PRACTICE_JOBS));
        assertTrue(fx(() -> lookup(robot, "#startButton").queryButton().isDisabled()));
        // The resume choice offers the practice candidate's rules first, then its resume by its own file name.
        ComboBox<ResumeOption> resumeChoice = lookup(robot, "#resumeChoice").queryComboBox();
        String resume = context.profiles().list().get(0).defaultResume().fileName();
        assertEquals(List.of("By your rules (default: " + resume + ")", resume),
                fx(() -> resumeChoice.getItems().stream().map(ResumeOption::label).collect(Collectors.toList())));
        assertEquals(resumeChoice.getItems().get(0), fx(resumeChoice::getValue));
        window.screenshots(robot, "run-once-wizard-problems");
    }

    /**
     * The first job of each of four ATSs and the one that needs the candidate: every kind of row the run view
     * shows, in a run short enough for a UI test ({@code CliApplyTest} applies to every practice job).
     */
    private static List<PracticeJob> mixedHandful(List<PracticeJob> all) {
        Map<AtsType, PracticeJob> firstOfEachAts = new LinkedHashMap<>();
        all.stream().filter(job -> !job.needsCandidateInput())
                .forEach(job -> firstOfEachAts.putIfAbsent(job.atsType(), job));
        List<PracticeJob> handful = new ArrayList<>(firstOfEachAts.values().stream().limit(4).toList());
        handful.add(all.stream().filter(PracticeJob::needsCandidateInput).findFirst().orElseThrow());
        return handful;
    }

    private static TableRow<?> rowOf(FxRobot robot, int number) {
        return lookup(robot, ".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof JobRow && ((JobRow) r.getItem()).number() == number)
                .findFirst().orElseThrow();
    }
}
