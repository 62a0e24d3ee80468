package io.applydesk.app.ui.tray;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.common.DialogService;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What closing the window means: ApplyDesk keeps running, so recurring sessions fire at their
 * slots and runs go on. With a system tray the window hides and the tray icon stays; without one,
 * the candidate is asked whether to quit or keep it running minimised. Quitting is explicit: the
 * tray's Quit, or that question. Created and used on the FX thread.
 */
public final class DesktopPresence implements AutoCloseable {
    static final String KEPT_RUNNING = "ApplyDesk keeps running in the tray; your scheduled sessions go on."
            + " Use the tray icon to open it again or to quit.";

    private final Stage stage;
    private final Optional<TrayAutopilot> tray;
    private final DialogService dialogs;
    private final Runnable quit;
    private boolean toldAboutTray;

    private DesktopPresence(Stage stage, Optional<TrayAutopilot> tray, DialogService dialogs, Runnable quit) {
        this.stage = stage;
        this.tray = tray;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    /**
     * Takes over the window's close button and installs the tray icon where the desktop has a tray.
     * From now on the app ends only through {@link Platform#exit()}.
     */
    public static DesktopPresence attach(Stage stage, AppContext context, DialogService dialogs) {
        Optional<TrayAutopilot> tray = TrayAutopilot.install(context,
                () -> Platform.runLater(() -> showWindow(stage)), () -> Platform.runLater(Platform::exit));
        return attach(stage, tray, dialogs, Platform::exit);
    }

    /** {@link #attach(Stage, AppContext, DialogService)} with the tray (or none) and the quit action given. */
    static DesktopPresence attach(Stage stage, Optional<TrayAutopilot> tray, DialogService dialogs, Runnable quit) {
        DesktopPresence presence = new DesktopPresence(stage, tray, dialogs, quit);
        Platform.setImplicitExit(false);
        stage.setOnCloseRequest(presence::onCloseRequest);
        return presence;
    }

    /** The tray icon, when the desktop has a tray. */
    public Optional<TrayAutopilot> tray() {
        return tray;
    }

    /** Shows the window in front, also when it was hidden in the tray or minimised. */
    public static void showWindow(Stage stage) {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** Starts in the background: in the tray with no window, or minimised where there is no tray. */
    public void startInBackground() {
        if (tray.isPresent()) {
            stage.hide();
        } else {
            stage.setIconified(true);
        }
    }

    private void onCloseRequest(WindowEvent event) {
        event.consume();
        if (tray.isPresent()) {
            stage.hide();
            if (!toldAboutTray) {
                toldAboutTray = true;
                tray.get().notify(new TrayNotices.Notice("ApplyDesk is still running", KEPT_RUNNING));
            }
            tray.get().refresh();
            return;
        }
        boolean keep = dialogs.confirm("Keep ApplyDesk running?",
                "This desktop has no system tray. ApplyDesk can keep running minimised, so your scheduled sessions"
                        + " and the runs in progress go on, or quit now.", "Keep running minimised", "Quit");
        if (keep) {
            stage.setIconified(true);
        } else {
            quit.run();
        }
    }

    @Override
    public void close() {
        tray.ifPresent(TrayAutopilot::close);
    }
}
