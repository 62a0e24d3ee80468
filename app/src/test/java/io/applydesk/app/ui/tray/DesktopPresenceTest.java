package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window where the desktop has no tray: the candidate chooses between quitting and minimising. And the
 * engine hears whether the candidate uses the window (its browsers then leave the CPU to it).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopPresenceTest {
    private final StubDialogService dialogs = new StubDialogService();
    private final AtomicInteger quits = new AtomicInteger();
    private final WindowUseRecorder engine = new WindowUseRecorder();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("ApplyDesk"), 400, 300));
        // The same stage serves every test: one may have left it minimised.
        stage.setIconified(false);
        stage.show();
        DesktopPresence.attach(stage, Optional.empty(), dialogs, quits::incrementAndGet, engine);
    }

    /** Records what it is told about the window; applies to nothing. */
    private static final class WindowUseRecorder implements ApplicationEngine {
        final List<Boolean> told = new CopyOnWriteArrayList<>();

        @Override
        public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
            throw new UnsupportedOperationException("not for applying");
        }

        @Override
        public void setWindowInUse(boolean inUse) {
            told.add(inUse);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theEngineIsToldWhileTheCandidateUsesTheWindowAndWhenNoMore(FxRobot robot) throws Exception {
        // Shown and in front (TestFX moves the focus about while it sets the stage up: its last word counts).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lastTold().orElse(false));

        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lastTold().orElse(true));

        // (Shown again, it counts once it has the focus back: a desktop without a window manager never gives it.)
        for (int i = 1; i < engine.told.size(); i++) {
            assertTrue(engine.told.get(i) != engine.told.get(i - 1), "told only of changes: " + engine.told);
        }
    }

    private Optional<Boolean> lastTold() {
        return engine.told.isEmpty() ? Optional.empty() : Optional.of(engine.told.get(engine.told.size() - 1));
    }

    @Test
    void keepingItRunningMinimisesTheWindowInsteadOfClosingIt(FxRobot robot) {
        dialogs.willConfirm(false);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(List.of(DesktopPresence.QUIT_QUESTION), dialogs.questionsAsked());
        assertTrue(stage.isShowing(), "the window was not closed");
        assertTrue(stage.isIconified(), "it was minimised");
        assertEquals(0, quits.get());
    }

    @Test
    void choosingQuitQuits(FxRobot robot) {
        dialogs.willConfirm(true);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(1, quits.get());
    }
}
