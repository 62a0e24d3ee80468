package io.applydesk.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.Shortcuts;
import io.applydesk.app.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
 * with its controls' skins, and kept in the window hidden, and none reads anything (is shown) before its first visit;
 * a page's own shortcuts work only while it is shown.
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
        // ...and kept in the window, hidden, so that showing one later does not style it again.
        CountingPage dashboard = pages.get(Destination.DASHBOARD);
        for (CountingPage page : fx(() -> List.copyOf(pages.values()))) {
            if (page != dashboard) {
                assertEquals(0, page.shownTimes, page.destination + " was not shown");
                assertSame(fx(dashboard.root::getParent), fx(page.root::getParent), page.destination + " is in the window");
                assertFalse(fx(() -> page.root.isVisible() || page.root.isManaged()), page.destination + " is hidden");
                assertEquals(1, page.laidOutAheadUnseen, page.destination + " laid out what it shows later, unseen");
            }
        }
        assertEquals(1, dashboard.shownTimes);
        assertTrue(fx(() -> dashboard.root.isVisible() && dashboard.root.isManaged()));

        robot.clickOn("#navSessions");
        CountingPage sessions = pages.get(Destination.SESSIONS);
        assertEquals(1, sessions.shownTimes);
        assertEquals(1, sessions.laidOutAheadUnseen);
        assertTrue(fx(() -> sessions.root.isVisible() && sessions.root.getWidth() > 0));
        assertFalse(fx(dashboard.root::isVisible), "the page left is hidden");
        // The shown page comes first: a search by id finds its nodes before those of hidden pages.
        assertSame(sessions.root, fx(() -> sessions.root.getParent().getChildrenUnmodifiable().get(0)));
        assertSame(sessions.root, fx(() -> robot.lookup("#page-SESSIONS").query()));
        assertEquals(Destination.values().length, pages.size(), "nothing was built again");
    }

    @Test
    void theFocusDoesNotStayOnAPageLeft(FxRobot robot) throws Exception {
        CountingPage dashboard = pages.get(Destination.DASHBOARD);
        robot.clickOn(dashboard.button);
        assertTrue(fx(dashboard.button::isFocused));
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> pages.get(Destination.values()[1]).shownTimes == 1));
        // Keys typed now must not go to a page the candidate no longer sees.
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = fx(() -> dashboard.root.getScene().getFocusOwner());
        assertFalse(fx(dashboard.button::isFocused), "the hidden page's button lost the focus");
        assertTrue(focused == null || fx(() -> seen(focused)), "focus on " + focused);
    }

    @Test
    void aPagesOwnShortcutWorksOnlyWhileThePageIsShown(FxRobot robot) throws Exception {
        CountingPage dashboard = pages.get(Destination.DASHBOARD);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dashboard.shownTimes == 1);
        robot.clickOn(dashboard.button);
        robot.push(Shortcuts.SAVE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dashboard.saves == 1);

        robot.clickOn("#navSessions");
        CountingPage sessions = pages.get(Destination.SESSIONS);
        robot.push(Shortcuts.SAVE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sessions.saves == 1);
        WaitForAsyncUtils.waitForFxEvents();
        // The pages left or built ahead are in the window too, hidden: their Ctrl+S did nothing.
        assertEquals(1, dashboard.saves, "the page left");
        for (CountingPage page : fx(() -> List.copyOf(pages.values()))) {
            if (page != dashboard && page != sessions) {
                assertEquals(0, page.saves, page.destination + " never shown");
            }
        }
        // The window's own shortcuts stay.
        robot.push(Shortcuts.page(Destination.DASHBOARD.ordinal()).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dashboard.shownTimes == 2);
        robot.push(Shortcuts.SAVE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dashboard.saves == 2);
        assertEquals(1, sessions.saves);
    }

    private static boolean seen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
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

    @Test
    void theFirstPageReadsItsDataOnlyAfterTheWindowsFirstFrame() throws Exception {
        // At start its reads competed with the window's first frame for the CPU (docs/BENCHMARKS.md).
        CountingPage dashboard = pages.get(Destination.DASHBOARD);
        assertEquals(1, dashboard.shownTimes);
        assertTrue(dashboard.widthWhenFirstShown > 0, "shown before the window was laid out: "
                + dashboard.widthWhenFirstShown);
        Map<Destination, Supplier<PageView>> factories = new EnumMap<>(Destination.class);
        CountingPage[] first = new CountingPage[1];
        for (Destination destination : Destination.values()) {
            factories.put(destination, () -> destination == Destination.DASHBOARD
                    ? (first[0] = new CountingPage(destination)) : new CountingPage(destination));
        }
        MainView another = fx(() -> new MainView(new MainViewModel(false, null, created -> { }), new ThemeManager(),
                factories));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, first[0].shownTimes, "not shown while in no window");

        Stage stage = fx(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(another.root(), 800, 600));
            window.show();
            return window;
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first[0].shownTimes == 1);
            assertTrue(first[0].widthWhenFirstShown > 0, "shown after the window's first layout");
        } finally {
            fx(() -> {
                another.close();
                stage.close();
                return null;
            });
        }
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
        /** The page's width when it was first shown: 0 before the window's first layout. */
        volatile double widthWhenFirstShown = -1;
        /** Times asked to lay out ahead while in the window's scene but unseen. */
        volatile int laidOutAheadUnseen;
        /** Times its own Ctrl+S ran. */
        volatile int saves;

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
            if (shownTimes++ == 0) {
                widthWhenFirstShown = root.getWidth();
            }
        }

        @Override
        public Map<KeyCombination, Runnable> shortcuts() {
            return Map.of(Shortcuts.SAVE, () -> saves++);
        }

        @Override
        public void layOutAhead() {
            if (root.getScene() != null && !root.isVisible()) {
                laidOutAheadUnseen++;
            }
        }
    }
}
