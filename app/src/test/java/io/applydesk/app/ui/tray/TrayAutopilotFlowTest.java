package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.schedule.Recurrence;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tray autopilot as a candidate meets it, under Xvfb with a tray manager (CI starts {@code trayer}):
 * a recurring session made on the Autopilot page, the window closed, the slot comes, and the run applies on
 * the practice ATS with no window open; the tray menu then lists the session, pauses it, and opens the window again. The clock
 * is the real one moved to a few seconds before the slot, so the real scheduler thread fires it.
 */
@ExtendWith(ApplicationExtension.class)
class TrayAutopilotFlowTest {
    // Tomorrow's slot: the practice boards date their postings from today, and the search keeps the last 30 days.
    private static final Instant SLOT = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private AppContext context;
    private Stage stage;
    private TrayWindow tray;
    private final StubDialogService dialogs = new StubDialogService();
    private final ShiftedClock clock = new ShiftedClock();

    /** The real clock, moved by an offset the test sets once the app has started. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void setNow(Instant now) {
            shift = Duration.between(Instant.now(), now);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true)
                .withClock(clock));
        tray = TrayWindow.open(stage, context, dialogs);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        tray.close(robot);
    }

    @Test
    void aRecurringSessionFiresAtItsSlotWhileTheWindowIsClosedAndTheTrayControlsIt(FxRobot robot) throws Exception {
        assumeTrue(TrayAutopilot.isSupported(), "needs a display with a tray manager (CI runs trayer under Xvfb)");
        // Installed off the FX thread, so as not to hold up the window's first paint.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> tray.presence.tray().isPresent()));
        PracticeAts practice = context.practiceAts().orElseThrow();
        context.startScheduler();
        clock.setNow(SLOT.minus(Duration.ofMinutes(10)));

        // The candidate makes the session on the Autopilot page: daily at 09:00 UTC, at most 2 jobs a run.
        robot.clickOn("#navAutopilot");
        robot.clickOn("#titlesField").write("Software Engineer");
        robot.clickOn("#recurringToggle");
        robot.clickOn("#nextButton");
        TextField maxJobs = robot.lookup("#maxJobsField").queryAs(TextField.class);
        robot.interact(() -> maxJobs.setText("2"));
        robot.clickOn("#nextButton");
        ComboBox<Recurrence.Frequency> pattern = robot.lookup("#patternChoice").queryComboBox();
        robot.interact(() -> pattern.setValue(Recurrence.Frequency.DAILY));
        TextField time = robot.lookup("#timeField").queryAs(TextField.class);
        robot.interact(() -> time.setText("09:00"));
        ComboBox<String> zone = robot.lookup("#zoneChoice").queryComboBox();
        robot.interact(() -> zone.setValue("UTC"));
        robot.clickOn("#createButton");
        Label confirmation = robot.lookup("#confirmationLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(confirmation::getText).isEmpty());
        Matcher created = Pattern.compile("Recurring session (\\S+) created\\..*").matcher(fx(confirmation::getText));
        assertTrue(created.matches(), fx(confirmation::getText));
        Session session = context.sessions().get(created.group(1));
        assertEquals(new Schedule("daily", List.of(), "09:00", "UTC"), session.schedule());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> SLOT.equals(context.sessions().get(session.sessionId()).stats().nextRunAt()));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertFalse(fx(stage::isShowing), "closing the window hides it");
        assertEquals(List.of(), dialogs.questionsAsked(), "with a tray nothing is asked");
        // Time passes to just before the slot. The scheduler looks at the clock at least once a minute; the test
        // does not wait for that and tells it, as it is told when sessions change.
        clock.setNow(SLOT.minusSeconds(3));
        context.scheduler().sessionsChanged();

        // The slot fires with no window: a search of the practice boards, then two applications.
        try {
            WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> finishedRun(session.sessionId()).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no finished run; slots: " + context.scheduler().history(session.sessionId(), 5)
                    + "; session: " + context.sessions().get(session.sessionId()), e);
        }
        SessionRun run = finishedRun(session.sessionId()).orElseThrow();
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals(2, run.stats().applicationsSuccessful(), run.toString());
        assertEquals(2, practice.submissions().size(), "the practice site received both applications");
        assertEquals(2, context.applications().inSession(session.sessionId()).stream()
                .filter(a -> a.status() == ApplicationStatus.SUCCESS).count());
        assertEquals(SLOT.plus(Duration.ofDays(1)), context.sessions().get(session.sessionId()).stats().nextRunAt(),
                "the next run is tomorrow's slot");
        assertFalse(fx(stage::isShowing), "the run did not open the window");

        // The tray menu lists the session with its next run, and pauses it. The label carries the next run, which
        // a refresh after the run moves on: the item is found and chosen in one go on the AWT thread.
        String pause = "Pause Recurring autopilot “Software Engineer”";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> TrayMenu.labels().stream().anyMatch(l -> l.startsWith(pause)));
        TrayMenu.choose(pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.sessions().get(session.sessionId()).status() == SessionStatus.PAUSED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> TrayMenu.labels().stream().anyMatch(l -> l.startsWith("Resume Recurring autopilot")));
        // A paused session has no next run: the scheduler clears it when the pause wakes it up.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.sessions().get(session.sessionId()).stats().nextRunAt() == null);

        TrayMenu.choose(TrayAutopilot.OPEN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(stage::isShowing));
    }

    private Optional<SessionRun> finishedRun(String sessionId) {
        return context.sessions().runs(sessionId, PageRequest.of(null, null), null).data().stream()
                .filter(r -> r.status() != RunStatus.IN_PROGRESS).findFirst();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
