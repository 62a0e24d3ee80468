package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.app.settings.LoginStart;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.applications.ApplicationsView;
import io.applydesk.app.ui.applications.ApplicationsViewModel;
import io.applydesk.app.ui.autopilot.AutopilotView;
import io.applydesk.app.ui.autopilot.AutopilotViewModel;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.analytics.AnalyticsView;
import io.applydesk.app.ui.analytics.AnalyticsViewModel;
import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxDebouncer;
import io.applydesk.app.ui.common.FxTicker;
import io.applydesk.app.ui.common.LayoutBeforeCss;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.inbox.AnswerBankViewModel;
import io.applydesk.app.ui.inbox.NeedsYouBadge;
import io.applydesk.app.ui.inbox.NeedsYouView;
import io.applydesk.app.ui.inbox.NeedsYouViewModel;
import io.applydesk.app.ui.common.SystemBrowser;
import io.applydesk.app.ui.dashboard.DashboardView;
import io.applydesk.app.ui.dashboard.DashboardViewModel;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.app.ui.main.MainView;
import io.applydesk.app.ui.main.MainViewModel;
import io.applydesk.app.ui.onboarding.OnboardingView;
import io.applydesk.app.ui.onboarding.OnboardingViewModel;
import io.applydesk.app.ui.profile.ProfileView;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.app.ui.runonce.RunOnceView;
import io.applydesk.app.ui.sessions.SessionsView;
import io.applydesk.app.ui.sessions.SessionsViewModel;
import io.applydesk.app.ui.runonce.RunOnceViewModel;
import io.applydesk.app.ui.settings.SettingsView;
import io.applydesk.app.ui.settings.SettingsViewModel;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.app.ui.theme.ThemePreference;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.core.application.export.ApplicationExporter;
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
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Wires the window's views and ViewModels to an opened {@link AppContext} by hand (constructor
 * injection, no framework). Create and use on the FX thread.
 */
public final class MainWindow {
    /** The filters stop changing this long before the autopilot preview searches again. */
    private static final Duration PREVIEW_PAUSE = Duration.millis(400);
    /** Typing in the Applications search stops this long before it searches. */
    private static final Duration SEARCH_PAUSE = Duration.millis(300);

    /** How often the "Needs you" count looks whether runs changed anything. */
    private static final Duration BADGE_INTERVAL = Duration.millis(500);

    private final StackPane root = new StackPane();
    private final Supplier<MainPages> mainPagesFactory;
    private MainPages mainPages;

    private MainWindow(Supplier<MainPages> mainPagesFactory) {
        this.mainPagesFactory = mainPagesFactory;
        root.setId("windowRoot");
        LayoutBeforeCss.whileInScene(root);
    }

    /** Leaves the current mode for practice ({@code true}) or the candidate's own data ({@code false}). */
    @FunctionalInterface
    public interface ModeSwitch {
        void switchTo(boolean practice);
    }

    /**
     * The window without switching modes (no "Try practice mode" nor "Set up your own profile") and without
     * asking the desktop for its theme ("Follow system" means light): for tests, which must not depend on the
     * machine's theme.
     */
    public static MainWindow create(AppContext context, TaskExecutor executor, DialogService dialogs,
                                    ThemeManager theme) {
        return create(context, executor, dialogs, theme,
                themePreference(context, executor, theme, context.settings().theme(), false), null,
                context.needsOnboarding());
    }

    /**
     * The window over {@code context}, its theme kept by {@code themePreference} (see {@link #themePreference}).
     *
     * @param modes      how to change mode in-process, or null where that is not offered
     * @param onboarding show the first-run onboarding instead of the pages until the first profile exists
     *                   ({@link AppContext#needsOnboarding}, asked off the FX thread)
     */
    public static MainWindow create(AppContext context, TaskExecutor executor, DialogService dialogs,
                                    ThemeManager theme, ThemePreference themePreference, ModeSwitch modes,
                                    boolean onboarding) {
        MainWindow window = new MainWindow(() -> mainPages(context, executor, dialogs, theme, themePreference, modes));
        if (onboarding) {
            window.showOnboarding(context, executor, dialogs, modes);
        } else {
            window.showMain();
        }
        return window;
    }

    private static MainPages mainPages(AppContext context, TaskExecutor executor, DialogService dialogs,
                                     ThemeManager theme, ThemePreference themePreference, ModeSwitch modes) {
        String browserProblem = context.browserProblem().map(Exception::getMessage).orElse(null);
        // Built at once (it reads nothing until shown), so a run started anywhere can be opened on it.
        SessionsViewModel sessions = new SessionsViewModel(context.sessions(), context.profiles(), context.followUp(),
                context.runs(), (sessionId, runId, initial) -> new RunViewModel(sessionId, runId, initial,
                        context.applications(), context.runs(), executor, ZoneId.systemDefault()),
                executor, dialogs, context.options().clock(), ZoneId.systemDefault());
        MainViewModel main = new MainViewModel(context.practiceAts().isPresent(), browserProblem, sessions::open);
        if (modes != null) {
            main.offerOwnProfileSetUp(() -> modes.switchTo(false));
        }
        Supplier<PageView> runOnce = () -> new RunOnceView(new RunOnceViewModel(context.profiles(),
                context.sessions(), context.runs(), context.jobLists(), practiceJobs(context), executor,
                main::showRun));
        Supplier<PageView> autopilot = () -> new AutopilotView(new AutopilotViewModel(context.profiles(),
                context.autopilot(), context.runs()::start, context.scheduler(), context.options().clock(),
                ZoneId.systemDefault(), executor, new FxDebouncer(PREVIEW_PAUSE), main::showRun));
        Supplier<PageView> profile = () -> new ProfileView(new ProfileViewModel(context.profiles(), executor, dialogs));
        Supplier<PageView> settings = () -> new SettingsView(settingsViewModel(context, executor, dialogs,
                themePreference));
        NeedsYouBadge badge = new NeedsYouBadge(context.followUp(), context.runs(), executor);
        Supplier<PageView> needsYou = () -> new NeedsYouView(new NeedsYouViewModel(context.followUp(), badge,
                executor, new SystemBrowser(), dialogs, !context.options().headless() && context.browserProblem().isEmpty()),
                new AnswerBankViewModel(context.profiles(), context.followUp(), badge, executor));
        Supplier<PageView> applications = () -> new ApplicationsView(new ApplicationsViewModel(context.applications(),
                context.sessions(), context.profiles(), context.runs(), new ApplicationExporter(context.applications(),
                context.options().clock(), ZoneId.systemDefault()), new SystemBrowser(), executor, dialogs,
                new FxDebouncer(SEARCH_PAUSE), ZoneId.systemDefault()));
        ChangeSource changes = ChangeSource.of(context.runs(), context.sessions());
        Supplier<PageView> dashboard = () -> new DashboardView(new DashboardViewModel(context.analytics(),
                context.followUp(), context.sessions(), context.practiceAts().isPresent(),
                ZoneId.systemDefault(), executor, changes, main.destinationProperty()::set));
        Supplier<PageView> analytics = () -> new AnalyticsView(new AnalyticsViewModel(context.analytics(),
                ZoneId.systemDefault(), executor, changes, () -> main.destinationProperty().set(Destination.RUN_ONCE)));
        MainView view = new MainView(main, theme,
                Map.of(Destination.DASHBOARD, dashboard, Destination.RUN_ONCE, runOnce, Destination.AUTOPILOT, autopilot,
                Destination.SESSIONS, () -> new SessionsView(sessions), Destination.APPLICATIONS, applications,
                Destination.NEEDS_YOU, needsYou, Destination.PROFILE, profile, Destination.ANALYTICS, analytics,
                Destination.SETTINGS, settings));
        view.bindLabel(Destination.NEEDS_YOU, badge.labelProperty());
        FxTicker ticker = new FxTicker(BADGE_INTERVAL, badge::tick);
        ticker.start();
        return new MainPages(view, () -> {
            ticker.stop();
            badge.close();
        });
    }

    public Parent root() {
        return root;
    }

    /** Unsubscribes live pages; call when the window closes. */
    public void close() {
        if (mainPages != null) {
            mainPages.view().close();
            mainPages.stopLive().run();
        }
    }

    private void showMain() {
        if (mainPages == null) {
            mainPages = mainPagesFactory.get();
        }
        root.getChildren().setAll(mainPages.view().root());
    }

    private void showOnboarding(AppContext context, TaskExecutor executor, DialogService dialogs, ModeSwitch modes) {
        OnboardingViewModel onboarding = new OnboardingViewModel(context.profiles(), executor, dialogs,
                this::showMain, modes == null ? null : () -> modes.switchTo(true));
        root.getChildren().setAll(new OnboardingView(onboarding).root());
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

    /** The sidebar pages, and what keeps their live parts going until the window closes. */
    private record MainPages(MainView view, Runnable stopLive) {
    }
}
