package io.applydesk.app.ui.tray;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.core.engine.ApplicationEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What closing the window means: ApplyDesk keeps running, so recurring sessions fire at their
 * slots and runs go on. With a system tray the window hides and the tray icon stays; without one,
 * the candidate is asked whether to quit or keep it running minimised. Quitting is explicit: the
 * tray's Quit, or that question. Created and used on the FX thread.
 */
public final class DesktopPresence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopPresence.class);
    static final String KEPT_RUNNING = "ApplyDesk keeps running in the tray; your scheduled sessions go on."
            + " Use the tray icon to open it again or to quit.";

    /** Asked on closing the window where the desktop has no tray. */
    static final String QUIT_QUESTION = "Quit ApplyDesk?";
    /** How long after the window the first tray icon comes: long enough for the window's first paint. */
    private static final Duration TRAY_DELAY = Duration.ofMillis(1500);
    /** Set by the first {@link #attach}: the first tray icon, and AWT with it, start then. */
    private static final AtomicBoolean TRAY_STARTED = new AtomicBoolean();

    private final Stage stage;
    private final DialogService dialogs;
    private final Runnable quit;
    /** Null while the tray icon is still being installed; then the icon, or empty where there is no tray. */
    private Optional<TrayAutopilot> tray;
    /** What was asked before the tray was known (start in the background, a click on close), done once it is. */
    private final List<Runnable> whenTrayKnown = new ArrayList<>();
    private boolean toldAboutTray;
    private boolean closed;
    /** What the engine was last told, and whether the window was ever focused (see tellEngineWhenWindowInUse). */
    private boolean windowInUse;
    private boolean focusReported;
    private Runnable stopTellingEngine = () -> { };

    private DesktopPresence(Stage stage, DialogService dialogs, Runnable quit) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    /**
     * Takes over the window's close button and installs the tray icon where the desktop has a tray.
     * From now on the app ends only through {@link Platform#exit()}.
     */
    public static DesktopPresence attach(Stage stage, AppContext context, DialogService dialogs) {
        DesktopPresence presence = takeOver(stage, dialogs, Platform::exit);
        presence.tellEngineWhenWindowInUse(context.engine());
        // WHY off the FX thread and, the first time, a moment later: the tray starts AWT, a second toolkit with its
        // own connection to the display, a few hundred ms of CPU that would otherwise come before the window's first
        // paint. After a change of mode AWT runs already: the icon, gone with the previous mode's presence, comes
        // back at once (it came 1.5 s after the first-run onboarding, which looked as if it had none).
        long delay = TRAY_STARTED.getAndSet(true) ? 0 : TRAY_DELAY.toMillis();
        CompletableFuture.supplyAsync(() -> TrayAutopilot.install(context,
                        () -> Platform.runLater(() -> showWindow(stage)), () -> Platform.runLater(Platform::exit)),
                        CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, DesktopPresence::onOwnThread))
                .exceptionally(failure -> {
                    LOG.warn("No tray icon; closing the window will ask what to do", failure);
                    return Optional.empty();
                })
                .thenAcceptAsync(presence::trayKnown, Platform::runLater);
        return presence;
    }

    /** {@link #attach(Stage, AppContext, DialogService)} with the tray (or none), quit action and engine given. */
    static DesktopPresence attach(Stage stage, Optional<TrayAutopilot> tray, DialogService dialogs, Runnable quit,
                                  ApplicationEngine engine) {
        DesktopPresence presence = takeOver(stage, dialogs, quit);
        presence.tellEngineWhenWindowInUse(engine);
        presence.trayKnown(tray);
        return presence;
    }

    private static DesktopPresence takeOver(Stage stage, DialogService dialogs, Runnable quit) {
        DesktopPresence presence = new DesktopPresence(stage, dialogs, quit);
        Platform.setImplicitExit(false);
        stage.setOnCloseRequest(presence::onCloseRequest);
        return presence;
    }

    /**
     * Tells the engine whether the candidate is using the window: shown, not minimised, and focused where the desktop
     * says which window has the focus (without a window manager it never does, and on screen is taken as in use). Its
     * browsers then leave the CPU to the window; in the tray, minimised or behind other programs they get their fair
     * share against the candidate's other programs again.
     */
    private void tellEngineWhenWindowInUse(ApplicationEngine engine) {
        InvalidationListener changed = observable -> {
            focusReported |= stage.isFocused();
            boolean inUse = stage.isShowing() && !stage.isIconified() && (stage.isFocused() || !focusReported);
            if (inUse != windowInUse) {
                windowInUse = inUse;
                engine.setWindowInUse(inUse);
            }
        };
        stage.showingProperty().addListener(changed);
        stage.iconifiedProperty().addListener(changed);
        stage.focusedProperty().addListener(changed);
        changed.invalidated(null);
        stopTellingEngine = () -> {
            stage.showingProperty().removeListener(changed);
            stage.iconifiedProperty().removeListener(changed);
            stage.focusedProperty().removeListener(changed);
        };
    }

    private static void onOwnThread(Runnable task) {
        Thread installer = new Thread(task, "applydesk-tray-install");
        installer.setDaemon(true);
        installer.start();
    }

    private void trayKnown(Optional<TrayAutopilot> installed) {
        if (closed) {
            installed.ifPresent(TrayAutopilot::close);
            return;
        }
        tray = installed;
        whenTrayKnown.forEach(Runnable::run);
        whenTrayKnown.clear();
    }

    /** The tray icon, when the desktop has a tray and it is installed. */
    public Optional<TrayAutopilot> tray() {
        return tray == null ? Optional.empty() : tray;
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
        if (tray == null) {
            whenTrayKnown.add(this::startInBackground);
        } else if (tray.isPresent()) {
            stage.hide();
        } else {
            stage.setIconified(true);
            stage.show();
        }
    }

    private void onCloseRequest(WindowEvent event) {
        event.consume();
        if (tray == null) {
            whenTrayKnown.add(this::closeWindow);
            return;
        }
        closeWindow();
    }

    private void closeWindow() {
        if (tray.isPresent()) {
            stage.hide();
            if (!toldAboutTray) {
                toldAboutTray = true;
                tray.get().notify(new TrayNotices.Notice("ApplyDesk is still running", KEPT_RUNNING));
            }
            tray.get().refresh();
            return;
        }
        // Quitting is the answer that stops something, so it is the one asked for (Enter keeps ApplyDesk running).
        boolean quitNow = dialogs.confirm(QUIT_QUESTION, "This desktop has no system tray. Quitting stops your"
                + " scheduled sessions and the runs in progress; minimised, ApplyDesk keeps them going.", "Quit",
                "Keep running minimised");
        if (quitNow) {
            quit.run();
        } else {
            stage.setIconified(true);
        }
    }

    @Override
    public void close() {
        closed = true;
        stopTellingEngine.run();
        tray().ifPresent(TrayAutopilot::close);
    }
}
