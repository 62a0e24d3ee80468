package io.applydesk.app.ui;

import io.applydesk.app.AppContext;
import io.applydesk.app.ui.autopilot.AutopilotView;
import io.applydesk.app.ui.autopilot.AutopilotViewModel;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.FxDebouncer;
import io.applydesk.app.ui.common.PageView;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.app.ui.main.MainView;
import io.applydesk.app.ui.main.MainViewModel;
import io.applydesk.app.ui.profile.ProfileView;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.app.ui.runonce.RunOnceView;
import io.applydesk.app.ui.sessions.SessionsView;
import io.applydesk.app.ui.sessions.SessionsViewModel;
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
        // Built at once (it reads nothing until shown), so a run started anywhere can be opened on it.
        SessionsViewModel sessions = new SessionsViewModel(context.sessions(), context.profiles(), context.runs(),
                (sessionId, runId, initial) -> new RunViewModel(sessionId, runId, initial, context.applications(),
                        context.runs(), executor, ZoneId.systemDefault()),
                executor, dialogs, ZoneId.systemDefault());
        MainViewModel main = new MainViewModel(context.practiceAts().isPresent(), browserProblem, sessions::open);
        Supplier<PageView> runOnce = () -> new RunOnceView(new RunOnceViewModel(context.profiles(),
                context.sessions(), context.runs(), context.jobLists(), practiceJobs(context), executor,
                main::showRun));
        Supplier<PageView> autopilot = () -> new AutopilotView(new AutopilotViewModel(context.profiles(),
                context.autopilot(), context.runs()::start, context.scheduler(), context.options().clock(),
                ZoneId.systemDefault(), executor, new FxDebouncer(PREVIEW_PAUSE), main::showRun));
        Supplier<PageView> profile = () -> new ProfileView(new ProfileViewModel(context.profiles(), executor, dialogs));
        MainView view = new MainView(main, theme,
                Map.of(Destination.RUN_ONCE, runOnce, Destination.AUTOPILOT, autopilot,
                Destination.SESSIONS, () -> new SessionsView(sessions), Destination.PROFILE, profile));
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
