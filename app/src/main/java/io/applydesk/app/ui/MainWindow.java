package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.app.settings.LoginStart;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.autopilot.AutopilotView;
import io.applydesk.app.ui.autopilot.AutopilotViewModel;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxDebouncer;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.app.ui.main.MainView;
import io.applydesk.app.ui.main.MainViewModel;
import io.applydesk.app.ui.profile.ProfileView;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.app.ui.run.RunView;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.app.ui.runonce.RunOnceView;
import io.applydesk.app.ui.runonce.RunOnceViewModel;
import io.applydesk.app.ui.settings.SettingsView;
import io.applydesk.app.ui.settings.SettingsViewModel;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.app.ui.theme.ThemePreference;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.core.job.JobRef;
import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * Wires the window's views and ViewModels to an opened {@link AppContext} by hand (constructor
 * injection, no framework). Create and use on the FX thread.
 */
public final class MainWindow {
    /** The filters stop changing this long before the autopilot preview searches again. */
    private static final Duration PREVIEW_PAUSE = Duration.millis(400);

    private final MainView mainView;

    private MainWindow(MainView mainView) {
        this.mainView = mainView;
    }

    /**
     * The window without asking the desktop for its theme ("Follow system" means light): for tests, which must
     * not depend on the machine's theme.
     */
    public static MainWindow create(AppContext context, TaskExecutor executor, DialogService dialogs,
                                    ThemeManager theme) {
        return create(context, executor, dialogs, theme,
                themePreference(context, executor, theme, context.settings().theme(), false));
    }

    /**
     * The window, its theme kept by {@code themePreference} (see {@link #themePreference}).
     */
    public static MainWindow create(AppContext context, TaskExecutor executor, DialogService dialogs,
                                    ThemeManager theme, ThemePreference themePreference) {
        String browserProblem = context.browserProblem().map(Exception::getMessage).orElse(null);
        MainViewModel main = new MainViewModel(context.practiceAts().isPresent(), browserProblem, created -> new RunViewModel(
                created.session().sessionId(), created.run().sessionRunId(), created.applications(),
                context.applications(), context.runs(), executor));
        Supplier<PageView> runOnce = () -> new RunOnceView(new RunOnceViewModel(context.profiles(),
                context.sessions(), context.runs(), context.jobLists(), practiceJobs(context), executor,
                main::showRun));
        Supplier<PageView> autopilot = () -> new AutopilotView(new AutopilotViewModel(context.profiles(),
                context.autopilot(), context.runs()::start, context.scheduler(), context.options().clock(),
                ZoneId.systemDefault(), executor, new FxDebouncer(PREVIEW_PAUSE), main::showRun));
        Supplier<PageView> profile = () -> new ProfileView(new ProfileViewModel(context.profiles(), executor, dialogs));
        Supplier<PageView> settings = () -> new SettingsView(settingsViewModel(context, executor, dialogs,
                themePreference));
        MainView view = new MainView(main, theme,
                Map.of(Destination.RUN_ONCE, runOnce, Destination.AUTOPILOT, autopilot,
                Destination.PROFILE, profile, Destination.SETTINGS, settings), RunView::new);
        return new MainWindow(view);
    }

    public Parent root() {
        return mainView.root();
    }

    /** Unsubscribes live pages; call when the window closes. */
    public void close() {
        mainView.close();
    }

    /**
     * The stored theme choice applied to {@code theme} now and kept in step with its dark switch; each new choice
     * is stored off the FX thread.
     *
     * @param stored            the stored choice (read off the FX thread)
     * @param systemPrefersDark the desktop's preference (asked off the FX thread: it runs a command)
     */
    public static ThemePreference themePreference(AppContext context, TaskExecutor executor, ThemeManager theme,
                                                  ThemeChoice stored, boolean systemPrefersDark) {
        return new ThemePreference(theme.darkProperty(), stored, systemPrefersDark,
                chosen -> BackgroundTask.ofRunnable(() -> context.settings().setTheme(chosen)).executeWith(executor));
    }

    private static SettingsViewModel settingsViewModel(AppContext context, TaskExecutor executor,
                                                       DialogService dialogs, ThemePreference themePreference) {
        Map<String, String> env = context.options().environment();
        SettingsViewModel.Desktop desktop = new SettingsViewModel.Desktop(LoginStart.forThisComputer(env),
                DataFolderChoice.forThisComputer(env), () -> BrowserLocator.detected(env), MainWindow::openFolder,
                () -> context.runs().useLimits(context.settings().runSettings()));
        return new SettingsViewModel(context.settings(), desktop, themePreference, context.dataDirectory().root(),
                new SettingsViewModel.Running(context.browser().orElse(null), context.options().headless(),
                        context.options().workers()), dialogs, executor);
    }

    /** Shows a folder in the desktop's file manager (AWT: JavaFX's HostServices needs the Application). */
    private static void openFolder(Path folder) {
        if (!Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UnsupportedOperationException("No file manager to open " + folder);
        }
        try {
            Desktop.getDesktop().open(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JobRef> practiceJobs(AppContext context) {
        return context.practiceAts()
                .map(ats -> ats.jobs().stream()
                        .map(job -> new JobRef(job.companyName(), job.title(), job.jobId(), job.url()))
                        .collect(Collectors.toList()))
                .orElse(List.of());
    }
}
