package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.ApplicationStatusText;
import io.applydesk.app.ui.applications.Choice;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseReplica;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.export.ApplicationExporter;
import io.applydesk.core.application.export.CsvApplicationWriter;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
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
 * The Applications page in the real window over the real AppContext in practice mode (temp data directory, the
 * practice ATS, headless Chromium): 55 queued applications stored through the session service plus a run of two
 * practice jobs through the real coordinator, which the open page follows live; then filters by status and ATS,
 * a search by company, the detail of an application (answers with their provenance, a screenshot), and both
 * exports, read back from disk. Ctrl+F goes to the search.
 */
@ExtendWith(ApplicationExtension.class)
class ApplicationsFlowTest {
    private static final long RUN_TIMEOUT_SECONDS = 300;
    private static final List<String> FILLER_COMPANIES = List.of("Northwind Traders", "Contoso", "Fabrikam",
            "Globex", "Initech", "Umbrella Health", "Wayne Logistics");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path exportDir;

    private static AppContext context;
    private static SessionCreated practiceRun;
    private static SessionCreated reviewRun;
    private static PracticeJob greenhouseJob;
    private static PracticeJob leverJob;
    private static PracticeJob ashbyJob;

    private final StubDialogService dialogs = new StubDialogService();
    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true));
        String profileId = context.profiles().list().get(0).profileId();
        List<PracticeJob> jobs = context.practiceAts().orElseThrow().jobs();
        greenhouseJob = firstOn(jobs, AtsType.GREENHOUSE);
        leverJob = firstOn(jobs, AtsType.LEVER);
        ashbyJob = firstOn(jobs, AtsType.ASHBY);
        // Volume: a session the candidate made but never started (its applications stay QUEUED). Its links are on
        // the practice site, as practice mode takes no other.
        String practiceGreenhouse = context.practiceAts().orElseThrow().baseUrl() + GreenhouseReplica.PREFIX;
        List<JobRef> filler = IntStream.range(0, 55).mapToObj(i -> new JobRef(
                        FILLER_COMPANIES.get(i % FILLER_COMPANIES.size()), "Platform Engineer " + (i + 1), null,
                        practiceGreenhouse + "/filler" + (i % FILLER_COMPANIES.size()) + "/jobs/" + (7000 + i)))
                .collect(Collectors.toList());
        context.sessions().createRunOnce(new RunOnceRequest(profileId, filler, null, null, false));
        practiceRun = context.sessions().createRunOnce(new RunOnceRequest(profileId, List.of(ref(greenhouseJob),
                ref(leverJob)), null, null, false));
        // In review mode: the longest status pill, AWAITING REVIEW, is on the page too.
        reviewRun = context.sessions().createRunOnce(new RunOnceRequest(profileId, List.of(ref(ashbyJob)), null, null,
                true));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        // The window's default size: the narrowest the page is laid out for.
        window = FlowWindow.open(stage, context, 1200, 800, dialogs, null);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void filterSearchOpenADetailAndExportWhatTheFiltersMatch(FxRobot robot) throws Exception {
        robot.clickOn("#navApplications");
        TableView<Application> table = lookup(robot, "#applicationsTable").queryTableView();
        Label count = lookup(robot, "#countLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(count::getText).equals("58 applications"));
        assertEquals(50, fx(() -> table.getItems().size()));
        assertEquals("Page 1 of 2", fx(() -> lookup(robot, "#pageLabel").queryAs(Label.class).getText()));

        // The page is shown while the run goes: its rows turn SUCCESS without a click.
        context.runs().start(practiceRun.run().sessionRunId());
        context.runs().start(reviewRun.run().sessionRunId());
        List<String> practiceIds = practiceRun.applications().stream().map(Application::applicationId)
                .collect(Collectors.toList());
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> table.getItems().stream()
                .filter(a -> practiceIds.contains(a.applicationId()))
                .filter(a -> a.status() == ApplicationStatus.SUCCESS).count() == 2));
        // The review run too, before the filters: a row clicked while a run still reloads the page can be replaced
        // under the pointer (the detail then never opened, once in CI).
        assertTrue(context.runs().awaitRun(reviewRun.run().sessionRunId(), Duration.ofSeconds(RUN_TIMEOUT_SECONDS)));
        List<String> received = context.practiceAts().map(PracticeAts::submissions).orElseThrow().stream()
                .map(RecordedSubmission::jobId).sorted().collect(Collectors.toList());
        assertEquals(List.of(greenhouseJob.jobId(), leverJob.jobId()).stream().sorted().collect(Collectors.toList()),
                received);

        // By status.
        choose(robot, "#statusFilter", ApplicationStatus.SUCCESS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(count::getText).equals("2 applications"));
        assertTrue(fx(() -> table.getItems().stream().allMatch(a -> a.status() == ApplicationStatus.SUCCESS)));

        // And by ATS.
        choose(robot, "#atsFilter", AtsType.LEVER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(count::getText).equals("1 application"));
        assertEquals(leverJob.url(), fx(() -> table.getItems().get(0).jobUrl()));
        choose(robot, "#atsFilter", null);

        // A search by company, typed.
        robot.clickOn("#searchField").write(greenhouseJob.companyName());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(count::getText).equals("1 application"));
        Application shown = fx(() -> table.getItems().get(0));
        assertEquals(greenhouseJob.url(), shown.jobUrl());

        // The detail: status, the link, answers with where they came from, and the screenshots.
        robot.clickOn(FlowWindow.rowWhere(robot, item -> item instanceof Application a
                && a.applicationId().equals(shown.applicationId())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#detailPane").query().isVisible()));
        assertEquals(greenhouseJob.url(), fx(() -> lookup(robot, "#jobLink").queryAs(Hyperlink.class).getText()));
        assertTrue(fx(() -> lookup(robot, "#detailSubtitle").queryAs(Label.class).getText()).startsWith("SUCCESS · Greenhouse"));
        VBox answers = lookup(robot, "#answersBox").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> answers.getChildren().size() > 3));
        List<String> answerTexts = fx(() -> answers.getChildren().stream().map(ApplicationsFlowTest::texts)
                .collect(Collectors.toList()));
        assertTrue(answerTexts.contains("Resume/CV | " + DemoCandidate.RESUME_FILE + " | From: Your resume file ("
                + DemoCandidate.RESUME_FILE + ")"), "the resume by the name it was added with: " + answerTexts);
        assertTrue(answerTexts.stream().anyMatch(t -> t.contains("From: Your profile (personalInformation.email)")),
                answerTexts.toString());
        FlowPane shots = lookup(robot, "#screenshotsBox").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> shots.lookupAll(".thumbnail").stream()
                .map(frame -> (ImageView) ((Pane) frame).getChildren().get(0))
                .anyMatch(image -> image.getImage() != null && image.getImage().getProgress() >= 1.0
                        && !image.getImage().isError() && image.getImage().getWidth() > 100)));
        // A thumbnail opens the one viewer window, however often it is clicked; Esc closes it.
        int windows = fx(() -> Window.getWindows().size());
        Node thumbnail = fx(() -> shots.lookupAll(".thumbnail").iterator().next());
        robot.clickOn(thumbnail);
        robot.clickOn(thumbnail);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().size()) == windows + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windows + 1, fx(() -> Window.getWindows().size()), "one viewer");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().size()) == windows);

        // Both exports hold what the filters match: the one Greenhouse success.
        Path csv = exportDir.resolve("applications.csv");
        dialogs.willSaveTo(csv);
        robot.clickOn("#exportCsvButton");
        Label message = lookup(robot, "#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(message::getText).equals("Saved 1 application to " + csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", CsvApplicationWriter.HEADER), lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith(shown.applicationId() + ","), lines.get(1));
        assertTrue(lines.get(1).contains("," + greenhouseJob.url() + ",greenhouse,SUCCESS,"), lines.get(1));

        Path html = exportDir.resolve("record.html");
        dialogs.willSaveTo(html);
        robot.clickOn("#exportRecordButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(message::getText).equals("Saved 1 application to " + html));
        String record = Files.readString(html);
        assertTrue(record.contains("<title>" + ApplicationExporter.RECORD_TITLE + "</title>"));
        assertTrue(record.contains("Applications with status SUCCESS, matching"), "the filters in words");
        assertTrue(record.contains("<a href=\"" + greenhouseJob.url() + "\">"));
        assertEquals(1, record.split("<tr><td>", -1).length - 1);
        assertFalse(record.contains(leverJob.url()));
        assertTrue(dialogs.errorsShown().isEmpty(), dialogs.errorsShown().toString());

        // Clearing the filters shows everything again, and the detail stays open on the same application.
        robot.clickOn("#clearFiltersButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(count::getText).equals("58 applications"));
        // Words that are no date leave the date filter empty, and the field says so by showing no date again.
        DatePicker from = lookup(robot, "#fromDate").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("yesterday").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> from.getEditor().getText()).isEmpty());
        assertEquals(null, fx(from::getValue));
        assertEquals("58 applications", fx(count::getText));
        assertEquals(shown.applicationId(), fx(() -> table.getSelectionModel().getSelectedItem().applicationId()));
        assertTrue(fx(() -> lookup(robot, "#detailPane").query().isVisible()));

        // With the detail open, the status column still shows the longest pill whole.
        String awaiting = ApplicationStatusText.of(ApplicationStatus.AWAITING_REVIEW);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> shownPillTexts(table).contains(awaiting)));
        // At the window's smallest size the ATS column (named in the detail) gives its room to company and job
        // title; in a wider window it comes back.
        TableColumn<?, ?> ats = table.getColumns().get(4);
        TableColumn<?, ?> company = table.getColumns().get(2);
        assertEquals("ATS", ats.getText());
        assertFalse(fx(ats::isVisible), "table " + fx(table::getWidth) + " px wide");
        assertTrue(fx(company::getWidth) >= 130, "company column " + fx(company::getWidth) + " px");
        window.screenshots(robot, "applications");
        robot.interact(() -> table.getScene().getWindow().setWidth(1600));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(ats::isVisible));
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchWithItsTextSelected(FxRobot robot) throws Exception {
        robot.clickOn("#navApplications");
        TableView<Application> table = lookup(robot, "#applicationsTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()));
        TextField search = lookup(robot, "#searchField").queryAs(TextField.class);
        assertEquals("Search (Ctrl+F)", fx(() -> search.getTooltip().getText()));
        robot.interact(() -> search.setText("Contoso"));
        robot.clickOn(table);
        assertFalse(fx(search::isFocused));

        robot.push(Shortcuts.FIND);
        assertTrue(fx(search::isFocused));
        assertEquals("Contoso", fx(search::getSelectedText));
        robot.write("Globex");
        assertEquals("Globex", fx(search::getText), "what is typed replaces the search");
    }

    /** Picks the drop-down entry whose value is {@code value} (null = the "any" entry). */
    private static void choose(FxRobot robot, String id, Object value) {
        ComboBox<Choice<?>> box = lookup(robot, id).queryComboBox();
        robot.interact(() -> box.setValue(box.getItems().stream()
                .filter(c -> value == null ? c.value() == null : value.equals(c.value())).findFirst().orElseThrow()));
    }

    /** The pills' text as drawn: a pill too wide for its column shows "AWAITIN…". */
    private static List<String> shownPillTexts(TableView<Application> table) {
        return table.lookupAll(".status-pill .text").stream().map(text -> ((Text) text).getText())
                .collect(Collectors.toList());
    }

    private static String texts(Node node) {
        return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.joining(" | "));
    }

    private static PracticeJob firstOn(List<PracticeJob> jobs, AtsType ats) {
        return jobs.stream().filter(job -> job.atsType() == ats && !job.needsCandidateInput()).findFirst().orElseThrow();
    }

    private static JobRef ref(PracticeJob job) {
        return new JobRef(job.companyName(), job.title(), null, job.url());
    }
}
