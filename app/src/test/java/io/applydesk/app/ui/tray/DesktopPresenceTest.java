package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.StubDialogService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window where the desktop has no tray: the candidate chooses between quitting and minimising. */
@ExtendWith(ApplicationExtension.class)
class DesktopPresenceTest {
    private final StubDialogService dialogs = new StubDialogService();
    private final AtomicInteger quits = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("ApplyDesk"), 400, 300));
        stage.show();
        DesktopPresence.attach(stage, Optional.empty(), dialogs, quits::incrementAndGet);
    }

    @Test
    void keepingItRunningMinimisesTheWindowInsteadOfClosingIt(FxRobot robot) {
        dialogs.willConfirm(true);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(List.of("Keep ApplyDesk running?"), dialogs.questionsAsked());
        assertTrue(stage.isShowing(), "the window was not closed");
        assertTrue(stage.isIconified(), "it was minimised");
        assertEquals(0, quits.get());
    }

    @Test
    void choosingQuitQuits(FxRobot robot) {
        dialogs.willConfirm(false);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(1, quits.get());
    }
}
