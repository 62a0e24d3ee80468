package io.applydesk.app.ui;

import atlantafx.base.theme.Styles;
import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.instance.InstanceClaim;
import io.applydesk.app.instance.SingleInstance;
import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.FxDialogService;
import io.applydesk.app.ui.common.FxTaskExecutor;
import io.applydesk.app.ui.theme.OsThemeDetector;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.app.ui.tray.DesktopPresence;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. Shows a "Starting…" screen at once, opens the {@link AppContext} off the FX thread (database
 * migration, practice server, browser lookup), then shows the main window; closes
 * the context when the app quits. Closing the window keeps it running in the tray ({@link DesktopPresence}).
 */
public final class ApplyDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyDeskApp.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /**
     * How long a start shows its "Starting…" screen before the spinner joins it. A usual start opens within it, and
     * a spinner meanwhile only slowed it (it repaints every frame); a first start (migrations, the practice
     * candidate) takes longer and gets it.
     */
    private static final long SPINNER_DELAY_MILLIS = 1000;
    private static final String STARTING_ID = "startingScreen";
    /** Background threads for UI work; small because each task is short (a query, a file read). */
    private static final int UI_TASK_THREADS = 4;

    /** Handed over by {@link #launchWith}: JavaFX builds the Application itself, without arguments. */
    private static volatile AppOptions launchOptions = AppOptions.defaults();
    private static volatile boolean launchInBackground;
    /** Started by {@link #launchWith} before the JavaFX toolkit, so that the two starts overlap. */
    private static volatile CompletableFuture<Opened> launchOpening;

    private final ThemeManager theme = new ThemeManager();
    private FxTaskExecutor executor;
    private AppContext context;
    private MainWindow window;
    private DesktopPresence presence;
    private AppOptions currentOptions;
    /** The data folders this process holds, by path: the launch one, and any other a mode change took. */
    private final Map<Path, SingleInstance> claims = new HashMap<>();
    private WindowMemory windowMemory;

    /** Handed over by {@link #launchWith}: the claim on the data directory, answering later starts. */
    private static volatile SingleInstance launchInstance;

    /**
     * Runs the desktop app with these options and returns when it quits (from the tray, or the window's
     * question where there is no tray). Called by the Launcher, which holds {@code instance} (the data
     * directory's claim) until then: a later start of ApplyDesk on the same data directory brings this
     * window to the front.
     *
     * @param background start in the tray (minimised where there is no tray) instead of showing the window
     */
    public static void launchWith(AppOptions options, SingleInstance instance, boolean background) {
        launchOptions = Objects.requireNonNull(options);
        launchInstance = Objects.requireNonNull(instance);
        launchInBackground = background;
        // An error nothing caught (on the FX thread: a listener, a cell) went to the terminal only, where a
        // candidate who started ApplyDesk from the desktop never sees it; the log keeps it with the rest.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LOG.error("Unexpected error on thread {}", thread.getName(), failure));
        // WHY before launch: opening the database (class loading, migrations) and starting the JavaFX toolkit
        // each take a second or more; on their own threads they overlap instead of adding up.
        launchOpening = CompletableFuture.supplyAsync(() -> open(options, null), work -> {
            Thread opener = new Thread(work, "applydesk-open");
            opener.setDaemon(true);
            opener.start();
        });
        Application.launch(ApplyDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor(UI_TASK_THREADS);
        stage.setTitle("ApplyDesk");
        // Decoding six PNGs held up the first window by ~0.2 s: they are read in the background.
        BackgroundTask.of(ApplyDeskApp::icons).onSuccess(stage.getIcons()::setAll).executeWith(executor);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        // WHY the theme before the first control: a control's class loads JavaFX's own theme (Modena, ~0.1 s) unless
        // an application theme is already set.
        Scene scene = new Scene(new StackPane(), 1200, 800);
        theme.attach(scene);
        scene.setRoot(splash(false));
        stage.setScene(scene);
        boolean background = launchInBackground;
        // Closing the window never quits by itself (DesktopPresence): not even while starting in the background.
        Platform.setImplicitExit(false);
        if (!background) {
            stage.show();
            CompletableFuture.delayedExecutor(SPINNER_DELAY_MILLIS, TimeUnit.MILLISECONDS).execute(() ->
                    Platform.runLater(() -> {
                        if (scene.getRoot() instanceof VBox starting && starting.getId().equals(STARTING_ID)) {
                            starting.getChildren().add(0, spinner());
                        }
                    }));
        }
        SingleInstance instance = launchInstance;
        if (instance != null) {
            claims.put(AppContext.dataDirectoryFor(launchOptions).root(), instance);
            // Asked on the claim's own thread; the stage is the FX thread's.
            instance.onShowRequest(() -> Platform.runLater(() -> DesktopPresence.showWindow(stage)));
        }

        CompletableFuture<Opened> opening = launchOpening;
        openAndShow(stage, scene, launchOptions, () -> awaitOpened(opening), background);
    }

    /**
     * Waits off the FX thread for {@code opening} (the context for {@code options}), then shows its window (or
     * the start failure). Also used to change mode in-process ({@link #switchMode}).
     */
    private void openAndShow(Stage stage, Scene scene, AppOptions options, Callable<Opened> opening,
                             boolean background) {
        currentOptions = options;
        BackgroundTask.of(opening)
                .onSuccess(opened -> {
                    context = opened.context();
                    FxDialogService dialogs = new FxDialogService(stage);
                    window = MainWindow.create(context, executor, dialogs, theme,
                            MainWindow.themePreference(context, executor, theme, opened.theme(), opened.prefersDark()),
                            practice -> switchMode(stage, scene, dialogs, practice), opened.onboarding());
                    scene.setRoot(window.root());
                    if (windowMemory == null) {
                        windowMemory = WindowMemory.attach(stage, opened.windowGeometry(), this::storeWindowGeometry);
                    }
                    presence = DesktopPresence.attach(stage, context, dialogs);
                    // "Start minimised" in Settings is --background every time.
                    if (background || opened.startMinimised()) {
                        presence.startInBackground();
                    }
                })
                .onFailure(error -> {
                    LOG.error("ApplyDesk could not start", error);
                    scene.setRoot(startFailed(ErrorText.of(error)));
                    stage.setOnCloseRequest(event -> Platform.exit());
                    stage.show();
                })
                .executeWith(executor);
    }

    /**
     * Practice mode ⇄ the candidate's own data, in this process: claims the other data folder (each
     * keeps its own database and files), closes the current context and opens the other one.
     */
    private void switchMode(Stage stage, Scene scene, FxDialogService dialogs, boolean practice) {
        AppOptions next = currentOptions.withPractice(practice);
        Path dataDir = AppContext.dataDirectoryFor(next).root();
        if (!claims.containsKey(dataDir)) {
            InstanceClaim claim = SingleInstance.claim(dataDir, SingleInstance.DESKTOP);
            if (!(claim instanceof InstanceClaim.Acquired acquired)) {
                dialogs.showError("ApplyDesk is busy with that data folder",
                        ((InstanceClaim.AlreadyRunning) claim).sentence());
                return;
            }
            acquired.instance().onShowRequest(() -> Platform.runLater(() -> DesktopPresence.showWindow(stage)));
            claims.put(dataDir, acquired.instance());
        }
        AppContext old = context;
        closeWindow();
        context = null;
        scene.setRoot(splash(true));
        BackgroundTask.of(() -> {
                    ThemeChoice chosen = old.settings().theme();
                    old.close();
                    return chosen;
                })
                .onSuccess(chosen -> openAndShow(stage, scene, next, () -> open(next, chosen), false))
                .onFailure(error -> {
                    LOG.error("Could not close the previous mode", error);
                    openAndShow(stage, scene, next, () -> open(next, null), false);
                })
                .executeWith(executor);
    }

    private void closeWindow() {
        if (presence != null) {
            presence.close();
            presence = null;
        }
        if (window != null) {
            window.close();
            window = null;
        }
    }

    /** Keeps the window's place in the open context's settings, off the FX thread. */
    private void storeWindowGeometry(String geometry) {
        AppContext open = context;
        if (open != null) {
            BackgroundTask.ofRunnable(() -> open.settings().setWindowGeometry(geometry)).executeWith(executor);
        }
    }

    @Override
    public void stop() {
        closeWindow();
        if (windowMemory != null && context != null) {
            // Quitting from the tray with the window open hides nothing first: keep its place now, synchronously.
            context.settings().setWindowGeometry(windowMemory.geometry().format());
        }
        if (context != null) {
            // Lets running applications finish their current step, then closes browsers and the database.
            context.close();
        }
        if (executor != null) {
            executor.close();
        }
        // The launch claim is the Launcher's to release; these were taken when changing mode.
        claims.values().stream().filter(claim -> claim != launchInstance).forEach(SingleInstance::close);
    }

    /**
     * Opens the context and starts what runs by itself; reads the OS theme meanwhile. Off the FX thread.
     *
     * @param carriedTheme the theme chosen in the mode left, taken where none was chosen yet (null: none)
     */
    private static Opened open(AppOptions options, ThemeChoice carriedTheme) {
        AppContext opened = AppContext.openForDesktop(options);
        // Runs a previous process left unfinished go on, as an autopilot should.
        opened.resumeInterruptedRuns();
        opened.startScheduler();
        DesktopSettings settings = opened.settings();
        if (carriedTheme != null) {
            settings.setThemeUnlessChosen(carriedTheme);
        }
        return new Opened(opened, opened.needsOnboarding(), OsThemeDetector.prefersDark(), settings.theme(),
                settings.startMinimised(), settings.windowGeometry());
    }

    /** Waits for {@link #open}, rethrowing its own exception (not the future's wrapper) for the error screen. */
    private static Opened awaitOpened(CompletableFuture<Opened> opening) throws Exception {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The "Starting…" screen; at launch without its spinner at first, see {@link #SPINNER_DELAY_MILLIS}. */
    private static Parent splash(boolean spinning) {
        Label label = new Label("Starting ApplyDesk…");
        label.getStyleClass().add(Styles.TITLE_4);
        VBox box = spinning ? new VBox(spinner(), label) : new VBox(label);
        box.setId(STARTING_ID);
        box.getStyleClass().add("splash");
        return box;
    }

    private static ProgressIndicator spinner() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        return spinner;
    }

    private static Parent startFailed(String sentence) {
        Label title = new Label("ApplyDesk could not start");
        title.getStyleClass().add(Styles.TITLE_3);
        Label reason = new Label(sentence);
        reason.setId("startError");
        reason.setWrapText(true);
        reason.setMaxWidth(640);
        Button quit = new Button("Close");
        quit.setOnAction(event -> Platform.exit());
        VBox box = new VBox(title, reason, quit);
        box.getStyleClass().add("splash");
        return box;
    }

    /** The icons are optional: a build without the assets module still opens. Any thread. */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = ApplyDeskApp.class.getResourceAsStream("/io/applydesk/assets/icon-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LOG.debug("Icon {} not readable", size, e);
            }
        }
        return icons;
    }

    /** What the window needs from the opening, all read off the FX thread. */
    private record Opened(AppContext context, boolean onboarding, boolean prefersDark, ThemeChoice theme,
                          boolean startMinimised, Optional<String> windowGeometry) {
    }
}
