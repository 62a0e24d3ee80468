package io.applydesk.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window builds the pages not visited yet while the candidate is not using it: each is built once, styled
 * with its controls' skins, and put back unseen, and none reads anything (is shown) before its first visit.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private final Map<Destination, CountingPage> pages = new ConcurrentHashMap<>();
    private MainView view;

    @Start
    void start(Stage stage) {
        Map<Destination, Supplier<PageView>> factories = new EnumMap<>(Destination.class);
        for (Destination destination : Destination.values()) {
            factories.put(destination, () -> {
                CountingPage page = new CountingPage(destination);
                assertNull(pages.put(destination, page), destination + " built twice");
                return page;
            });
        }
        view = new MainView(new MainViewModel(false, null, created -> { }), new ThemeManager(), factories);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @Test
    void everyPageIsBuiltAheadUnseenAndShownOnlyWhenVisited(FxRobot robot) throws Exception {
        // Each page is built, then styled at a later tick (its button gets its skin in the CSS pass).
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> pages.size() == Destination.values().length
                && pages.values().stream().filter(page -> page.destination != Destination.DASHBOARD)
                        .allMatch(page -> page.button.getSkin() != null && page.laidOutAheadUnseen > 0)));
        // ...and left the window as it was.
        for (CountingPage page : fx(() -> List.copyOf(pages.values()))) {
            if (page.destination != Destination.DASHBOARD) {
                assertEquals(0, page.shownTimes, page.destination + " was not shown");
                assertNull(fx(page.root::getParent), page.destination + " is not in the window");
                assertEquals(1, page.laidOutAheadUnseen, page.destination + " laid out what it shows later, unseen");
            }
            assertTrue(fx(() -> page.root.isVisible() && page.root.isManaged()), page.destination + " can be shown");
        }
        assertEquals(1, pages.get(Destination.DASHBOARD).shownTimes);

        robot.clickOn("#navSessions");
        CountingPage sessions = pages.get(Destination.SESSIONS);
        assertEquals(1, sessions.shownTimes);
        assertSame(sessions.root, fx(() -> robot.lookup("#page-SESSIONS").query()));
        assertTrue(fx(() -> sessions.root.getScene() != null && sessions.root.getWidth() > 0));
        assertEquals(Destination.values().length, pages.size(), "nothing was built again");
    }

    @Test
    void nothingIsBuiltAheadWhileTheCandidateUsesTheWindow(FxRobot robot) throws Exception {
        robot.moveTo("#navDashboard");
        int builtBefore = pages.size();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        for (int step = 0; System.nanoTime() < until; step++) {
            robot.moveBy(step % 2 == 0 ? 5 : -5, 0);
            Thread.sleep(50);
        }
        assertEquals(builtBefore, pages.size(), "no page built while the mouse moved");
        assertTrue(builtBefore < Destination.values().length);
        // Once the mouse rests, the rest follow.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> pages.size() == Destination.values().length));
        assertFalse(pages.values().stream().anyMatch(p -> p.destination != Destination.DASHBOARD && p.shownTimes > 0));
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    /** A page with one control, counting how often it was shown. */
    private static final class CountingPage implements PageView {
        final Destination destination;
        final Button button = new Button("Do");
        final VBox root;
        volatile int shownTimes;
        /** Times asked to lay out ahead while in the window's scene but unseen. */
        volatile int laidOutAheadUnseen;

        CountingPage(Destination destination) {
            this.destination = destination;
            VBox box = new VBox(new Label(destination.label()), button);
            box.setId("page-" + destination.name());
            this.root = box;
        }

        @Override
        public Parent root() {
            return root;
        }

        @Override
        public void shown() {
            shownTimes++;
        }

        @Override
        public void layOutAhead() {
            if (root.getScene() != null && !root.isVisible()) {
                laidOutAheadUnseen++;
            }
        }
    }
}
