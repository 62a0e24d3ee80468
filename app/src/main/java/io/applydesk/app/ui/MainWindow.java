package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.analytics.AnalyticsView;
import io.applydesk.app.ui.analytics.AnalyticsViewModel;
import io.applydesk.app.ui.autopilot.AutopilotView;
import io.applydesk.app.ui.autopilot.AutopilotViewModel;
import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxDebouncer;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.dashboard.DashboardView;
import io.applydesk.app.ui.dashboard.DashboardViewModel;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.app.ui.main.MainView;
import io.applydesk.app.ui.main.MainViewModel;
import io.applydesk.app.ui.profile.ProfileView;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.app.ui.run.RunView;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.app.ui.runonce.RunOnceView;
import io.applydesk.app.ui.runonce.RunOnceViewModel;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.job.JobRef;
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

    public static MainWindow create(AppContext context, TaskExecutor executor, DialogService dialogs,
                                    ThemeManager theme) {
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
        ChangeSource changes = ChangeSource.of(context.runs(), context.sessions());
        Supplier<PageView> dashboard = () -> new DashboardView(new DashboardViewModel(context.analytics(),
                context.followUp(), context.profiles(), context.sessions(), context.practiceAts().isPresent(),
                ZoneId.systemDefault(), executor, changes, main.destinationProperty()::set));
        Supplier<PageView> analytics = () -> new AnalyticsView(new AnalyticsViewModel(context.analytics(),
                ZoneId.systemDefault(), executor, changes, () -> main.destinationProperty().set(Destination.RUN_ONCE)));
        MainView view = new MainView(main, theme,
                Map.of(Destination.RUN_ONCE, runOnce, Destination.AUTOPILOT, autopilot,
                Destination.PROFILE, profile, Destination.DASHBOARD, dashboard, Destination.ANALYTICS, analytics),
                RunView::new);
        return new MainWindow(view);
    }

    public Parent root() {
        return mainView.root();
    }

    /** Unsubscribes live pages; call when the window closes. */
    public void close() {
        mainView.close();
    }

    private static List<JobRef> practiceJobs(AppContext context) {
        return context.practiceAts()
                .map(ats -> ats.jobs().stream()
                        .map(job -> new JobRef(job.companyName(), job.title(), job.jobId(), job.url()))
                        .collect(Collectors.toList()))
                .orElse(List.of());
    }
}
