package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxDialogService;
import io.applydesk.app.ui.common.FxTaskExecutor;
import io.applydesk.app.ui.theme.ThemeManager;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window over an opened {@link AppContext}, for TestFX flows: {@link #open} in the test's
 * {@code @Start}, {@link #close} in its {@code @AfterEach}.
 */
final class FlowWindow {
    /** The main window's area that holds its pages (Main.fxml). */
    private static final String CONTENT_ID = "content";
    private final FxTaskExecutor executor;
    private final ThemeManager theme;
    private final MainWindow window;
    private final Scene scene;

    private FlowWindow(FxTaskExecutor executor, ThemeManager theme, MainWindow window, Scene scene) {
        this.executor = executor;
        this.theme = theme;
        this.window = window;
        this.scene = scene;
    }

    /** Builds the window on {@code stage} and shows it; call on the FX thread. */
    static FlowWindow open(Stage stage, AppContext context, double width, double height) {
        return open(stage, context, width, height, new FxDialogService(stage), null);
    }

    /** As {@link #open(Stage, AppContext, double, double)}, with these dialogs and mode switch (may be null). */
    static FlowWindow open(Stage stage, AppContext context, double width, double height, DialogService dialogs,
                           MainWindow.ModeSwitch modes) {
        FxTaskExecutor executor = new FxTaskExecutor(2);
        ThemeManager theme = new ThemeManager();
        // "Follow system" is light here: the tests must not depend on the machine's theme.
        MainWindow window = MainWindow.create(context, executor, dialogs, theme,
                MainWindow.themePreference(context, executor, theme, context.settings().theme(), false), modes,
                context.needsOnboarding());
        Scene scene = new Scene(window.root(), width, height);
        theme.attach(scene);
        stage.setScene(scene);
        stage.setTitle("ApplyDesk");
        stage.show();
        return new FlowWindow(executor, theme, window, scene);
    }

    /** Unsubscribes the live pages and stops the window's background threads. */
    void close(FxRobot robot) {
        robot.interact(window::close);
        executor.close();
    }

    /** Saves the window light and dark (only with -Dapplydesk.screenshots=DIR), leaving it light. */
    void screenshots(FxRobot robot, String name) {
        Screenshots.lightAndDark(robot, scene, theme, name);
    }

    /**
     * How many frames the window computed in one second, after a second for what a click started. A page with
     * nothing changing should compute none: one that repaints frame after frame burns a laptop's battery and the
     * CPU the browsers need.
     */
    int framesInASecond(FxRobot robot) throws InterruptedException {
        Thread.sleep(1000);
        AtomicInteger frames = new AtomicInteger();
        Runnable counter = frames::incrementAndGet;
        robot.interact(() -> scene.addPostLayoutPulseListener(counter));
        Thread.sleep(1000);
        robot.interact(() -> scene.removePostLayoutPulseListener(counter));
        return frames.get();
    }

    /**
     * The window's nodes of {@code query} as the candidate sees them: not those of the pages the window keeps hidden
     * once built (pages share ids, e.g. {@code #sessionTable}, and a hidden page keeps its table rows).
     */
    static NodeQuery lookup(FxRobot robot, String query) {
        return robot.lookup(query).match(FlowWindow::notOnHiddenPage);
    }

    private static boolean notOnHiddenPage(Node node) {
        for (Node n = node; n.getParent() != null; n = n.getParent()) {
            if (CONTENT_ID.equals(n.getParent().getId()) && !n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Reads UI state on the FX thread. */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits for the shown table row whose item passes {@code test}, and gives it. Tests find rows by an id, not by the
     * item object: a live reload swaps items for equal copies. A row counts only once it holds the table's item at its
     * index: until the next layout pulse, a row past the end of a shorter list still shows its old item.
     */
    static TableRow<?> rowWhere(FxRobot robot, Predicate<Object> test) throws Exception {
        Callable<TableRow<?>> find = () -> fx(() -> lookup(robot, ".table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(row -> isCurrent(row) && test.test(row.getItem())).findFirst().orElse(null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find.call() != null);
        return find.call();
    }

    private static boolean isCurrent(TableRow<?> row) {
        List<?> items = row.getTableView() == null ? List.of() : row.getTableView().getItems();
        return row.isVisible() && !row.isEmpty() && row.getIndex() >= 0 && row.getIndex() < items.size()
                && items.get(row.getIndex()) == row.getItem();
    }
}
