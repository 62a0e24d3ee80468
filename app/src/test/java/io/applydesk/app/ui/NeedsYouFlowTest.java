package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.common.ShownText;
import io.applydesk.app.ui.inbox.InboxItem;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Needs you" page in the real window over a practice AppContext (real practice ATS, headless Chromium,
 * H2): real waiting applications — the practice job the demo candidate cannot answer (NEEDS_INPUT), a multi-select
 * whose saved free-text answer is none of its options (NEEDS_INPUT), two review-mode forms (AWAITING_REVIEW) and a
 * submit the site answers with a server error (UNCONFIRMED) — then the candidate answers the question in the answer
 * bank, ticks the offices in the inbox, retries both, approves, discards and marks sent, and H2 and the practice
 * server agree.
 */
@ExtendWith(ApplicationExtension.class)
class NeedsYouFlowTest {
    private static final Duration RUN_WAIT = Duration.ofMinutes(3);
    private static final long STEP_SECONDS = 120;
    private static final String ANSWER = "The Quillpad sync plugin and its Markdown exporter";

    @TempDir
    static Path dataDir;

    private static AppContext context;
    private static PracticeAts practice;
    private static Application question;
    private static Application approveMe;
    private static Application discardMe;
    private static Application unconfirmed;
    private static Application offices;

    private FlowWindow window;

    @BeforeAll
    static void produceWaitingApplications() {
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true));
        practice = context.practiceAts().orElseThrow();
        Profile candidate = context.profiles().list().get(0);
        List<PracticeJob> plain = practice.jobs().stream().filter(job -> !job.needsCandidateInput())
                .filter(job -> Set.of(AtsType.GREENHOUSE, AtsType.LEVER, AtsType.ASHBY).contains(job.atsType()))
                .limit(3).toList();
        PracticeJob quillpad = practice.jobs().stream().filter(PracticeJob::needsCandidateInput).findFirst()
                .orElseThrow();
        PracticeJob sre = practice.jobs().stream()
                .filter(job -> job.jobId().equals(GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId())).findFirst()
                .orElseThrow();
        practice.setFailure(plain.get(2).jobId(), PracticeFailure.SERVER_ERROR);
        // A free-text answer typed before the form's choices were known (Berlin, Lisbon, Remote within the EU).
        context.profiles().saveAnswer(candidate.profileId(), GreenhouseNewJobs.OFFICES_LABEL, "Seattle");

        // Both runs at once (two workers): the setup takes as long as the longer one.
        String reviewRun = start(candidate, true, plain.get(0), plain.get(1));
        String sendRun = start(candidate, false, quillpad, plain.get(2), sre);
        List<Application> reviewed = awaitRun(reviewRun);
        List<Application> sent = awaitRun(sendRun);
        approveMe = reviewed.get(0);
        discardMe = reviewed.get(1);
        question = sent.get(0);
        unconfirmed = sent.get(1);
        offices = sent.get(2);
        practice.clearFailures();
        assertEquals(List.of(ApplicationStatus.AWAITING_REVIEW, ApplicationStatus.AWAITING_REVIEW,
                ApplicationStatus.NEEDS_INPUT, ApplicationStatus.UNCONFIRMED, ApplicationStatus.NEEDS_INPUT),
                List.of(approveMe.status(), discardMe.status(), question.status(), unconfirmed.status(),
                        offices.status()));
    }

    private static String start(Profile candidate, boolean review, PracticeJob... jobs) {
        SessionCreated created = context.sessions().createRunOnce(new RunOnceRequest(candidate.profileId(),
                Arrays.stream(jobs).map(job -> JobRef.ofLink(job.url())).toList(), null, null, review));
        context.runs().start(created.run().sessionRunId());
        return created.run().sessionRunId();
    }

    private static List<Application> awaitRun(String runId) {
        assertTrue(context.runs().awaitRun(runId, RUN_WAIT), "the run ended");
        return context.applications().inRun(runId);
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
    void theCandidateAnswersAndRetriesApprovesDiscardsAndMarksSentFromOneInbox(FxRobot robot) throws Exception {
        ToggleButton nav = lookup(robot, "#navNeedsYou").queryAs(ToggleButton.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> "Needs you (5)".equals(nav.getText())));
        robot.clickOn(nav);
        ListView<InboxItem> list = lookup(robot, "#inboxList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> list.getItems().size() == 5));

        // The reviewed form shows what ApplyDesk filled in.
        select(robot, approveMe);
        ImageView shot = lookup(robot, "#reviewImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> shot.getImage() != null
                && shot.getImage().getProgress() >= 1.0 && !shot.getImage().isError()));
        window.screenshots(robot, "needs-you");

        // The question's long answer gets a field as wide as the detail pane, below the question.
        select(robot, question);
        TextInputControl answer = lookup(robot, "#answerField0").queryAs(TextInputControl.class);
        Region detail = lookup(robot, "#detailPane").queryAs(Region.class);
        double[] widths = fx(() -> new double[] {answer.getWidth(), detail.getWidth()});
        assertTrue(widths[0] >= 0.6 * widths[1], "answer field " + widths[0] + " px in a pane of " + widths[1]);

        // The answer bank lists the question as waiting: answered once there, then retried, the practice site
        // receives the answer.
        robot.clickOn("Answer bank");
        String asked = GreenhouseJobs.OPEN_SOURCE_LABEL;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> unansweredRow(robot, asked) >= 0));
        int row = fx(() -> unansweredRow(robot, asked));
        // Typed and saved in one step: the bank's reads on opening the tab may still rebuild its rows (a row looked up
        // for a click was gone by the time the pointer got there).
        robot.interact(() -> {
            lookup(robot, "#unansweredAnswer" + row).queryAs(TextField.class).setText(ANSWER);
            lookup(robot, "#unansweredSave" + row).queryButton().fire();
        });
        Button retry = lookup(robot, "#retryButton").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> retry.isVisible()
                && "Retry 1 application".equals(retry.getText())));
        WaitForAsyncUtils.waitForFxEvents();
        // Beside the long "Saved your answer to ..." the button keeps its whole text (it read "Retry ...").
        assertEquals("Retry 1 application", fx(() -> ShownText.of(retry)));
        robot.clickOn(retry);
        awaitStatus(question, ApplicationStatus.SUCCESS);
        List<RecordedSubmission> received = practice.submissionsFor(jobIdOf(question));
        assertEquals(1, received.size());
        assertTrue(received.get(0).fields().values().stream().anyMatch(values -> values.contains(ANSWER)),
                () -> "the answer was sent: " + received.get(0).fields());
        robot.clickOn("Waiting for you");

        // The saved "Seattle" is none of the multi-select's options: asked again, with a tick box per office.
        select(robot, offices);
        assertEquals("Your saved answer \u201cSeattle\u201d to \u201c" + GreenhouseNewJobs.OFFICES_LABEL + "\u201d is"
                + " not one of the form's choices: choose again.", fx(() -> lookup(robot, "#detailReason")
                .queryAs(Label.class).getText()));
        assertFalse(fx(retry::isVisible), "no retry until an office is chosen");
        window.screenshots(robot, "needs-you-choices");
        robot.clickOn("#answerField0Option0").clickOn("#answerField0Option1");
        robot.clickOn("#saveAnswersButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> retry.isVisible()
                && "Retry 1 application".equals(retry.getText())));
        robot.clickOn(retry);
        awaitStatus(offices, ApplicationStatus.SUCCESS);
        assertEquals(List.of("Berlin", "Lisbon"), practice.submissionsFor(jobIdOf(offices)).get(0).fields()
                .get("question_9230003"));

        select(robot, approveMe);
        robot.clickOn("#approveButton");
        awaitStatus(approveMe, ApplicationStatus.SUCCESS);
        assertEquals(1, practice.submissionsFor(jobIdOf(approveMe)).size());

        // Discarding asks first, in the real dialog.
        select(robot, discardMe);
        robot.clickOn("#discardButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, ".dialog-pane").tryQuery()
                .isPresent()));
        assertEquals("Discard this application?", fx(() -> lookup(robot, ".dialog-pane").queryAs(DialogPane.class)
                .getHeaderText()));
        robot.clickOn(lookup(robot, ".dialog-pane .button").match(LabeledMatchers.hasText("Discard")).queryButton());
        awaitStatus(discardMe, ApplicationStatus.CANCELLED);
        assertEquals(List.of(), practice.submissionsFor(jobIdOf(discardMe)), "a discarded form is never sent");

        select(robot, unconfirmed);
        robot.clickOn("#markSentButton");
        awaitStatus(unconfirmed, ApplicationStatus.SUCCESS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> list.getItems().isEmpty()
                && "Needs you".equals(nav.getText())));

        // The answer is in the candidate's answer bank, ready to edit.
        robot.clickOn("Answer bank");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, ".bank-row .text-field")
                .queryAllAs(TextField.class).stream().anyMatch(field -> ANSWER.equals(field.getText()))));
        assertTrue(context.profiles().answers(question.profileId()).stream().map(AnswerBankEntry::answer)
                .anyMatch(ANSWER::equals));
        // The offices as ticked in the inbox: the bank offers the form's choices.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, ".bank-row .check-box")
                .queryAllAs(CheckBox.class).stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList()
                .equals(List.of("Berlin", "Lisbon"))));
        window.screenshots(robot, "answer-bank");

        // Searched by what the candidate remembers of a question or an answer; Ctrl+F goes to the search.
        int answers = fx(() -> lookup(robot, "#savedRows .bank-row").queryAll().size());
        TextField search = lookup(robot, "#bankSearch").queryAs(TextField.class);
        robot.push(Shortcuts.FIND);
        assertTrue(fx(search::isFocused), "Ctrl+F");
        robot.write("no such words");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, "#savedRows .bank-row").queryAll()
                .isEmpty() && lookup(robot, "#noSaved").queryAs(Label.class).isVisible()));
        assertEquals("No saved answer matches your search.", fx(() -> lookup(robot, "#noSaved").queryAs(Label.class)
                .getText()));
        robot.interact(() -> lookup(robot, "#bankSearch").queryAs(TextField.class).setText(ANSWER.substring(0, 4)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> lookup(robot, ".bank-row .text-field")
                .queryAllAs(TextField.class).stream().anyMatch(field -> ANSWER.equals(field.getText()))));
        robot.interact(() -> lookup(robot, "#bankSearch").queryAs(TextField.class).clear());
        assertEquals(answers, fx(() -> lookup(robot, "#savedRows .bank-row").queryAll().size()));
    }

    /** Where the answer bank's waiting question {@code label} is on its page (its rows' ids end with it), or -1. */
    private static int unansweredRow(FxRobot robot, String label) {
        List<Node> rows = lookup(robot, "#unansweredRows").queryAs(VBox.class).getChildren();
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).lookup(".bank-question") instanceof Label question
                        && label.equals(question.getText()))
                .findFirst().orElse(-1);
    }

    private static void select(FxRobot robot, Application app) throws Exception {
        ListCell<?> cell = fx(() -> lookup(robot, ".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof InboxItem item && item.applicationId().equals(app.applicationId()))
                .findFirst().orElseThrow());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void awaitStatus(Application app, ApplicationStatus expected) throws Exception {
        WaitForAsyncUtils.waitFor(STEP_SECONDS, TimeUnit.SECONDS,
                () -> context.applications().get(app.applicationId()).status() == expected);
    }

    private static String jobIdOf(Application app) {
        return practice.jobs().stream().filter(job -> job.url().equals(app.jobUrl())).findFirst().orElseThrow()
                .jobId();
    }
}
