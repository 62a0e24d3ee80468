package io.applydesk.app.ui.dashboard;

import io.applydesk.app.ui.common.ChangeSource;
import io.applydesk.app.ui.common.LiveReload;
import io.applydesk.app.ui.common.SessionText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.analytics.Period;
import io.applydesk.core.analytics.StatusCounts;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.common.PageRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Dashboard, the page the window opens on: today's and this week's figures, how many applications wait
 * on the candidate (with the way there), the sessions that are active or paused with their next run, the five
 * newest applications, and the two ways to start applying. Live while shown, like the Analytics page. Use on
 * the UI thread; everything is read through the {@link TaskExecutor}.
 */
public final class DashboardViewModel {
    /** Shown under the title in practice mode. */
    public static final String PRACTICE_HINT = "You are in practice mode: try “Apply to links…” with the practice "
            + "jobs, or start an autopilot. Nothing is sent to real employers.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    /** Active and paused sessions listed at most. */
    static final int MAX_SESSIONS = 20;
    static final int RECENT = 5;

    private final AnalyticsService analytics;
    private final FollowUpService followUp;
    private final SessionService sessions;
    private final ZoneId zone;
    private final LiveReload<Figures> live;
    private final Consumer<Destination> navigate;

    // ---- Properties ----
    private final ReadOnlyStringWrapper todayText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper todayDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weekText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper weekDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper needsYou = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper needsYouText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<SessionLine> activeSessions = FXCollections.observableArrayList();
    private final ObservableList<RecentLine> recent = FXCollections.observableArrayList();
    private final String practiceHint;

    /**
     * @param practiceMode whether the practice banner is on (the page then says how to practise)
     * @param zone         the zone times are shown in
     * @param changes      what says the stored applications or sessions changed
     * @param navigate     shows another page of the window
     */
    public DashboardViewModel(AnalyticsService analytics, FollowUpService followUp, SessionService sessions, boolean practiceMode, ZoneId zone, TaskExecutor executor,
                              ChangeSource changes, Consumer<Destination> navigate) {
        this.analytics = analytics;
        this.followUp = followUp;
        this.sessions = sessions;
        this.zone = zone;
        this.live = new LiveReload<>(changes, executor, () -> this::read, this::show, message::set);
        this.navigate = navigate;
        this.practiceHint = practiceMode ? PRACTICE_HINT : "";
    }

    /** An active or paused session: what it is, its status and its next run. */
    public record SessionLine(String sessionId, String name, String status, String nextRun, String applications) {
    }

    /** One of the newest applications. */
    public record RecentLine(String applicationId, String job, ApplicationStatus status, String when) {
    }

    // ---- Properties ----

    /** Applications started today, e.g. "3". */
    public ReadOnlyStringProperty todayTextProperty() {
        return todayText.getReadOnlyProperty();
    }

    /** e.g. "2 sent · 1 failed". */
    public ReadOnlyStringProperty todayDetailProperty() {
        return todayDetail.getReadOnlyProperty();
    }

    /** Applications started this week (from Monday). */
    public ReadOnlyStringProperty weekTextProperty() {
        return weekText.getReadOnlyProperty();
    }

    /** e.g. "12 sent · 67% success", or "0 sent · 4 wait for you" while some wait on the candidate. */
    public ReadOnlyStringProperty weekDetailProperty() {
        return weekDetail.getReadOnlyProperty();
    }

    /** How many applications wait on the candidate (NEEDS_INPUT, AWAITING_REVIEW, UNCONFIRMED). */
    public ReadOnlyIntegerProperty needsYouProperty() {
        return needsYou.getReadOnlyProperty();
    }

    /** e.g. "2 applications wait for you" or "Nothing waits for you". */
    public ReadOnlyStringProperty needsYouTextProperty() {
        return needsYouText.getReadOnlyProperty();
    }

    /** Why the figures could not be read, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@link #PRACTICE_HINT} in practice mode, else "". */
    public String practiceHint() {
        return practiceHint;
    }

    /** Active and paused sessions, the next to run first. */
    public ObservableList<SessionLine> activeSessions() {
        return activeSessions;
    }

    /** The newest applications, newest first. */
    public ObservableList<RecentLine> recent() {
        return recent;
    }

    // ---- Commands ----

    /** The page is shown: listen for changes and read everything. */
    public void activate() {
        live.activate();
    }

    /** The page is hidden: stop listening. */
    public void deactivate() {
        live.deactivate();
    }

    /** The view's once-a-second tick: reads again if something changed. */
    public void tick() {
        live.tick();
    }

    /** Reads everything again. */
    public void reload() {
        live.reload();
    }

    public void openNeedsYou() {
        navigate.accept(Destination.NEEDS_YOU);
    }

    public void applyToLinks() {
        navigate.accept(Destination.RUN_ONCE);
    }

    public void startAutopilot() {
        navigate.accept(Destination.AUTOPILOT);
    }

    // ---- Internals ----

    private record Figures(StatusCounts today, StatusCounts week, int waiting, List<Session> live,
                           List<Application> recent) {
    }

    /** Worker thread. */
    private Figures read() {
        LocalDate today = analytics.today();
        int waiting = followUp.inboxCount();
        List<Session> live = new ArrayList<>();
        for (SessionStatus status : List.of(SessionStatus.ACTIVE, SessionStatus.PAUSED)) {
            live.addAll(sessions.list(new SessionQuery(status, null, PageRequest.of(1, MAX_SESSIONS))).data());
        }
        // The next to run first; sessions with nothing scheduled after them, newest first.
        live.sort(Comparator.comparing((Session s) -> s.stats().nextRunAt(),
                Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Session::createdAt, Comparator.reverseOrder()));
        return new Figures(analytics.counts(null, today, today),
                analytics.counts(null, Period.WEEK.startOf(today), today), waiting,
                live.subList(0, Math.min(MAX_SESSIONS, live.size())), analytics.recent(null, RECENT));
    }

    private void show(Figures figures) {
        message.set("");
        todayText.set(String.valueOf(figures.today().totalApplications()));
        todayDetail.set(figures.today().successful() + " sent · " + figures.today().failed() + " failed");
        weekText.set(String.valueOf(figures.week().totalApplications()));
        weekDetail.set(weekDetail(figures.week()));
        needsYou.set(figures.waiting());
        needsYouText.set(figures.waiting() == 0 ? "Nothing waits for you"
                : figures.waiting() == 1 ? "1 application waits for you"
                : figures.waiting() + " applications wait for you");
        activeSessions.setAll(figures.live().stream().map(s -> new SessionLine(s.sessionId(),
                SessionText.name(s, zone), SessionText.status(s.status()), SessionText.when(s.stats().nextRunAt(), zone),
                s.stats().successfulApplications() + " of " + s.stats().totalApplications() + " sent")).toList());
        recent.setAll(figures.recent().stream().map(app -> new RecentLine(app.applicationId(), RunViewModel.jobOf(app),
                app.status(), WHEN.format(app.createdAt().atZone(zone)))).toList());
    }

    /**
     * "12 sent · 67% success"; while some of the week's applications wait on the candidate, how many instead of the
     * rate: the hosted rate counts them as started but not sent, so after a review-mode run it read "0% success" as if
     * every form had failed.
     */
    private static String weekDetail(StatusCounts week) {
        int waiting = week.waitingOnCandidate();
        Double rate = week.successRate();
        return week.successful() + " sent"
                + (waiting > 0 ? " · " + waiting + (waiting == 1 ? " waits for you" : " wait for you")
                : rate == null ? "" : " · " + Math.round(rate) + "% success");
    }
}
