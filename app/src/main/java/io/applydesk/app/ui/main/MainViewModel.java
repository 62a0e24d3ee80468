package io.applydesk.app.ui.main;

import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.core.session.SessionCreated;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state: which page is shown, whether this is practice mode, and which run the Runs
 * page shows. Must be used on the UI thread.
 */
public final class MainViewModel {
    /** Shown on top of every page in practice mode. */
    public static final String PRACTICE_BANNER =
            "Practice mode — applications go to the built-in practice job site, never to real employers.";

    private final boolean practiceMode;
    private final String browserProblem;
    private final Function<SessionCreated, RunViewModel> runViewModels;

    // ---- Properties ----
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(Destination.DASHBOARD);
    private final ReadOnlyObjectWrapper<RunViewModel> currentRun = new ReadOnlyObjectWrapper<>();

    /**
     * @param browserProblem the sentence saying which browser to install, or null when one was found
     * @param runViewModels  builds the live view model of a run that was just started
     */
    public MainViewModel(boolean practiceMode, String browserProblem,
                         Function<SessionCreated, RunViewModel> runViewModels) {
        this.practiceMode = practiceMode;
        this.browserProblem = browserProblem;
        this.runViewModels = runViewModels;
    }

    public boolean isPracticeMode() {
        return practiceMode;
    }

    /** Why applications cannot run (no browser found), or null. */
    public String browserProblem() {
        return browserProblem;
    }

    /** The page shown; the sidebar selects it. The window opens on the Dashboard. */
    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    /** The run on the Runs page, or null before the first run. */
    public ReadOnlyObjectProperty<RunViewModel> currentRunProperty() {
        return currentRun.getReadOnlyProperty();
    }

    // ---- Commands ----

    /** A run was started: show it live on the Runs page. */
    public void showRun(SessionCreated created) {
        currentRun.set(runViewModels.apply(created));
        destination.set(Destination.RUNS);
    }
}
