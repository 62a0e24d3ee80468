package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.common.StubDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * The tray while the first-run onboarding shows, under Xvfb with a tray manager (CI starts {@code trayer}): a new
 * candidate's own data folder, no profile yet. The icon is there with nothing but opening and quitting to offer;
 * closing the window keeps ApplyDesk in the tray; once onboarding has made the first profile and the pages show,
 * the same icon is the only one.
 */
@ExtendWith(ApplicationExtension.class)
class TrayOnboardingFlowTest {
    private static final long WAIT = 30;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private AppContext context;
    private Stage stage;
    private TrayWindow shown;
    private final StubDialogService dialogs = new StubDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.openForDesktop(AppOptions.defaults().withDataDir(dataDir).withPractice(false)
                .withHeadless(true));
        shown = TrayWindow.open(stage, context, dialogs);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        shown.close(robot);
    }

    @Test
    void theTrayIconIsThereDuringOnboardingAndStaysTheOnlyOneOnceThePagesShow(FxRobot robot) throws Exception {
        assumeTrue(TrayAutopilot.isSupported(), "needs a display with a tray manager (CI runs trayer under Xvfb)");
        Node welcome = robot.lookup("#welcomeStep").query();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(welcome::isVisible));
        // Installed off the FX thread, so as not to hold up the window's first paint.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> shown.presence.tray().isPresent()));
        TrayAutopilot tray = fx(() -> shown.presence.tray().orElseThrow());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> TrayMenu.labels().contains(TrayAutopilot.NO_SESSIONS));
        assertEquals(List.of(TrayAutopilot.OPEN, "-", TrayAutopilot.NO_SESSIONS, TrayAutopilot.PAUSE_ALL, "-",
                TrayAutopilot.QUIT), TrayMenu.labels());
        assertFalse(TrayMenu.isEnabled(TrayAutopilot.PAUSE_ALL), "nothing to pause");
        assertEquals(1, TrayMenu.icons());

        // Closing the window mid-onboarding keeps ApplyDesk in the tray; the tray opens it again.
        closeWindow(robot);
        TrayMenu.choose(TrayAutopilot.OPEN);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(stage::isShowing));

        // Onboarding makes the first profile from a JSON Resume file; the pages show.
        dialogs.willChoose(Files.writeString(files.resolve("resume.json"), """
                {"basics": {"name": "Grace Hopper", "email": "grace@example.com", "phone": "+1 2025550142",
                  "location": {"city": "Arlington", "region": "VA", "countryCode": "US"}}}
                """));
        robot.clickOn("#importProfileFileButton");
        Node done = robot.lookup("#doneStep").query();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(done::isVisible));
        robot.clickOn("#openAppButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#navDashboard").tryQuery().isPresent());

        assertEquals(1, TrayMenu.icons(), "the onboarding's icon is the pages' icon: no second one");
        assertSame(tray, fx(() -> shown.presence.tray().orElseThrow()));
        closeWindow(robot);
        TrayMenu.choose(TrayAutopilot.OPEN);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(stage::isShowing));
    }

    /** The window's close button: with a tray the window hides and nothing is asked. */
    private void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertFalse(fx(stage::isShowing), "closing the window hides it");
        assertEquals(List.of(), dialogs.questionsAsked(), "with a tray nothing is asked");
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
