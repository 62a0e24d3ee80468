package io.applydesk.app.ui.main;

import io.applydesk.core.session.SessionCreated;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state: which page is shown and whether this is practice mode; a started run is shown
 * live on the Sessions page. Must be used on the UI thread.
 */
public final class MainViewModel {
    /** Shown on top of every page in practice mode. */
    public static final String PRACTICE_BANNER =
            "Practice mode — applications go to the built-in practice job site, never to real employers.";

    private final boolean practiceMode;
    private final String browserProblem;
    private final Consumer<SessionCreated> sessionsPage;
    private Runnable setUpOwnProfile;

    // ---- Properties ----
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(Destination.DASHBOARD);

    /**
     * @param browserProblem the sentence saying which browser to install, or null when one was found
     * @param sessionsPage   opens a session that was just started on the Sessions page
     */
    public MainViewModel(boolean practiceMode, String browserProblem, Consumer<SessionCreated> sessionsPage) {
        this.practiceMode = practiceMode;
        this.browserProblem = browserProblem;
        this.sessionsPage = sessionsPage;
    }

    public boolean isPracticeMode() {
        return practiceMode;
    }

    /** Offers "Set up your own profile" on the practice banner: {@code action} leaves practice mode. */
    public void offerOwnProfileSetUp(Runnable action) {
        this.setUpOwnProfile = action;
    }

    /** True in practice mode when the window can leave it for the candidate's own profile. */
    public boolean canSetUpOwnProfile() {
        return practiceMode && setUpOwnProfile != null;
    }

    /** Leaves practice mode for the real data folder, where onboarding creates the first profile. */
    public void setUpOwnProfile() {
        if (canSetUpOwnProfile()) {
            setUpOwnProfile.run();
        }
    }

    /** Why applications cannot run (no browser found), or null. */
    public String browserProblem() {
        return browserProblem;
    }

    /** The page shown; the sidebar selects it. The window opens on the Dashboard. */
    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    // ---- Commands ----

    /** A run was started: show its session on the Sessions page, the run live. */
    public void showRun(SessionCreated created) {
        sessionsPage.accept(created);
        destination.set(Destination.SESSIONS);
    }
}
