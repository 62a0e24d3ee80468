package io.applydesk.app.ui.tray;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.MainWindow;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxTaskExecutor;
import io.applydesk.app.ui.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The real main window over an opened {@link AppContext} with its tray presence, for the tray flows: {@link #open}
 * in the test's {@code @Start}, {@link #close} in its {@code @AfterEach} (which closes the context too).
 */
final class TrayWindow {
    final DesktopPresence presence;
    private final AppContext context;
    private final FxTaskExecutor executor;
    private final MainWindow window;

    private TrayWindow(AppContext context, FxTaskExecutor executor, MainWindow window, DesktopPresence presence) {
        this.context = context;
        this.executor = executor;
        this.window = window;
        this.presence = presence;
    }

    /** Shows the window on {@code stage} and attaches the tray; call on the FX thread. */
    static TrayWindow open(Stage stage, AppContext context, DialogService dialogs) {
        FxTaskExecutor executor = new FxTaskExecutor(2);
        ThemeManager theme = new ThemeManager();
        MainWindow window = MainWindow.create(context, executor, dialogs, theme);
        Scene scene = new Scene(window.root(), 1200, 800);
        theme.attach(scene);
        stage.setScene(scene);
        stage.show();
        return new TrayWindow(context, executor, window, DesktopPresence.attach(stage, context, dialogs));
    }

    void close(FxRobot robot) {
        robot.interact(() -> {
            presence.close();
            window.close();
        });
        executor.close();
        context.close();
    }
}
