package io.applydesk.app.ui.sessions;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.ObservableLists;
import io.applydesk.app.ui.common.ScheduleSentence;
import io.applydesk.app.ui.common.SessionText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.core.application.Application;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.RunEvent;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sessions page: every session, newest first, a page at a time, filtered by status and type;
 * the selected one's summary, runs and the live dashboard of its newest run; pause, resume and
 * stop with the hosted semantics (each button enabled only where the hosted API allows it).
 *
 * <p>Threading: coordinator events arrive on worker threads and only set a flag here; the view
 * calls {@link #applyPendingEvents()} on a slow tick, which re-reads the page and the selected
 * session once for any number of events. Every other method must be called on the UI thread.
 */
public final class SessionsViewModel {
    public static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /** Builds the live dashboard of one run. */
    @FunctionalInterface
    public interface RunViewModels {
        RunViewModel create(String sessionId, String sessionRunId, List<Application> initial);
    }

    private final SessionService sessions;
    private final ProfileService profiles;
    private final FollowUpService followUp;
    private final RunCoordinator coordinator;
    private final RunViewModels runViewModels;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final DateTimeFormatter when;

    /** Set by worker threads when a session's state may have changed; cleared on the tick. */
    private final AtomicBoolean dirty = new AtomicBoolean();
    private Subscription subscription;

    // ---- Properties ----
    private final ObservableList<Choice<SessionStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<SessionType>> typeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<SessionStatus>> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<SessionType>> typeFilter = new SimpleObjectProperty<>();
    private final ObservableList<SessionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<SessionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<SessionRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunViewModel> liveRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int page = 1;
    /** The session whose runs {@link #runs} holds, or null. */
    private String runsOf;
    /** A pause, resume or stop is on its way; the buttons wait for it. */
    private boolean busy;
    /** Select this session once the list shows it (a run that was just started). */
    private String wantedSessionId;

    /**
     * @param followUp what says how many of a session's applications wait on the candidate
     * @param clock    what a recurring session's next run is worked out from
     * @param zone     the time zone of the times shown
     */
    public SessionsViewModel(SessionService sessions, ProfileService profiles, FollowUpService followUp,
                             RunCoordinator coordinator, RunViewModels runViewModels, TaskExecutor executor,
                             DialogService dialogs, Clock clock, ZoneId zone) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.followUp = followUp;
        this.coordinator = coordinator;
        this.runViewModels = runViewModels;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.when = WHEN.withZone(zone);
        statusChoices.add(new Choice<>(null, "Any status"));
        for (SessionStatus status : SessionStatus.values()) {
            statusChoices.add(new Choice<>(status, SessionText.status(status)));
        }
        typeChoices.add(new Choice<>(null, "Any type"));
        for (SessionType type : SessionType.values()) {
            typeChoices.add(new Choice<>(type, typeLabel(type)));
        }
        statusFilter.set(statusChoices.get(0));
        typeFilter.set(typeChoices.get(0));
        statusFilter.addListener((obs, old, now) -> firstPage());
        typeFilter.addListener((obs, old, now) -> firstPage());
        selected.addListener((obs, old, now) -> {
            if (old != null && (now == null || !old.sessionId().equals(now.sessionId()))
                    && !isLiveRunOf(now)) {
                liveRun.set(null);
            }
            showDetail(now);
        });
    }

    // ---- Properties ----

    public ObservableList<Choice<SessionStatus>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<SessionType>> typeChoices() {
        return typeChoices;
    }

    public ObjectProperty<Choice<SessionStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Choice<SessionType>> typeFilterProperty() {
        return typeFilter;
    }

    /** The sessions of the current page, newest first. */
    public ObservableList<SessionRow> rows() {
        return rows;
    }

    /** e.g. "Page 1 of 3 · 45 sessions". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** The session whose detail is shown; bound to the list's selection. */
    public ObjectProperty<SessionRow> selectedProperty() {
        return selected;
    }

    /** e.g. "Run once · Active". */
    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** The selected session's stats and, for a recurring one, its schedule in a sentence or two. */
    public ReadOnlyStringProperty detailSummaryProperty() {
        return detailSummary.getReadOnlyProperty();
    }

    /** The selected session's runs, newest first (at most {@link #PAGE_SIZE}). */
    public ObservableList<SessionRun> runs() {
        return runs;
    }

    /** The live dashboard of the selected session's newest run, or null when it has none. */
    public ReadOnlyObjectProperty<RunViewModel> liveRunProperty() {
        return liveRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    /** Why something could not be read or done, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Commands ----

    /** Starts listening for session changes and reads the page again; call when the page is shown. */
    public void activate() {
        if (subscription == null) {
            Subscription events = coordinator.addListener(this::onEvent);
            // A session created, paused, resumed or stopped elsewhere (the tray, another page) may have no run
            // event; both the coordinator and the session service tell of their own changes.
            Subscription controlled = coordinator.addSessionWatcher(() -> dirty.set(true));
            Subscription created = sessions.addSessionWatcher(() -> dirty.set(true));
            subscription = () -> {
                events.close();
                controlled.close();
                created.close();
            };
        }
        refresh();
    }

    /** Stops listening; call when the page is hidden. */
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Re-reads the page and the selected session when anything changed since the last tick. */
    public void applyPendingEvents() {
        if (dirty.getAndSet(false)) {
            refresh();
        }
    }

    /** A run was just started: show its session, with the run live, whatever the filters were. */
    public void open(SessionCreated created) {
        wantedSessionId = created.session().sessionId();
        liveRun.set(runViewModels.create(created.session().sessionId(), created.run().sessionRunId(),
                created.applications()));
        page = 1;
        // Resetting the filters reloads; when they were already "any", reload here.
        boolean filtered = statusFilter.get().value() != null || typeFilter.get().value() != null;
        statusFilter.set(statusChoices.get(0));
        typeFilter.set(typeChoices.get(0));
        if (!filtered) {
            refresh();
        }
    }

    public void nextPage() {
        if (hasNext.get()) {
            page++;
            refresh();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            page--;
            refresh();
        }
    }

    /** active → paused: no queued application starts until resumed; those being filled in finish. */
    public void pause() {
        if (canPause.get()) {
            control(coordinator::pauseSession);
        }
    }

    /** paused → active: queued applications start again. */
    public void resume() {
        if (canResume.get()) {
            control(coordinator::resumeSession);
        }
    }

    /** After the candidate confirms: the session is cancelled for good, queued applications with it. */
    public void stop() {
        if (!canStop.get() || !dialogs.confirm("Stop this session?",
                "Jobs that have not started yet will be cancelled, and a recurring session will not run again. "
                        + "Applications being filled in right now will finish. A stopped session cannot be restarted.",
                "Stop session", "Keep it running")) {
            return;
        }
        control(coordinator::stopSession);
    }

    /**
     * Re-reads the current page (keeping the selection by id) and the selected session's runs; only while the page
     * is shown: {@link #activate} reads it when it is shown again. (A run started from another page is opened here
     * and then shown: it was read twice, as its browsers started.)
     */
    public void refresh() {
        if (subscription == null) {
            return;
        }
        SessionQuery query = new SessionQuery(statusFilter.get().value(), typeFilter.get().value(),
                PageRequest.of(page, PAGE_SIZE));
        String detailId = wantedSessionId != null ? wantedSessionId
                : selected.get() == null ? null : selected.get().sessionId();
        BackgroundTask.of(() -> load(query, detailId))
                .onSuccess(this::showPage)
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    // ---- Presentation helpers ----

    /** The hosted API's type in plain words. */
    public static String typeLabel(SessionType type) {
        switch (type) {
            case RUN_ONCE:
                return "Run once";
            case AUTOPILOT_ONCE:
                return "Autopilot once";
            default:
                return "Recurring";
        }
    }


    /**
     * e.g. "3 sent, 1 failed, 2 queued". "Queued", not "waiting": those wait for their turn, and the applications
     * that wait for the candidate (Needs you) are not in the hosted API's stats, so "waiting" read as a wrong count.
     */
    static String statsText(SessionStats stats) {
        if (stats.totalApplications() == 0 && stats.jobsQueued() == 0) {
            return "No applications yet";
        }
        return stats.successfulApplications() + " sent, " + stats.failedApplications() + " failed, "
                + stats.jobsQueued() + " queued";
    }

    /**
     * e.g. "4 need you": the session's applications in the Needs-you inbox, which the hosted stats leave out (after
     * a review-mode run they read "0 sent, 0 failed, 0 queued" as if nothing had happened); "" when none waits.
     */
    private static String needYouText(int waiting) {
        return waiting == 0 ? "" : waiting + (waiting == 1 ? " needs you" : " need you");
    }

    // ---- Internals ----

    /** Worker thread: only notes that something changed. */
    private void onEvent(RunEvent event) {
        if (event instanceof ApplicationChanged || event instanceof RunChanged) {
            dirty.set(true);
        }
    }

    private void firstPage() {
        page = 1;
        refresh();
    }

    /**
     * Worker thread: the page, the profiles' names, the selected (or wanted) session's runs, and how many
     * applications of each of those sessions wait on the candidate.
     */
    private Loaded load(SessionQuery query, String detailId) {
        Page<Session> found = sessions.list(query);
        Map<String, String> names = profiles.list().stream()
                .collect(Collectors.toMap(Profile::profileId, SessionsViewModel::nameOf, (a, b) -> a));
        Set<String> shown = found.data().stream().map(Session::sessionId)
                .collect(Collectors.toCollection(HashSet::new));
        Session detail = null;
        List<SessionRun> detailRuns = List.of();
        if (detailId != null) {
            detail = found.data().stream().filter(s -> s.sessionId().equals(detailId)).findFirst()
                    .orElseGet(() -> sessions.get(detailId));
            detailRuns = sessions.runs(detailId, PageRequest.of(1, PAGE_SIZE), null).data();
            shown.add(detailId);
        }
        return new Loaded(found, names, detail, detailRuns, followUp.waitingBySession(shown));
    }

    /** @param waiting how many applications of each session wait on the candidate (a session with none: absent) */
    private record Loaded(Page<Session> page, Map<String, String> names, Session detail, List<SessionRun> runs,
                          Map<String, Integer> waiting) {
    }

    private void showPage(Loaded loaded) {
        message.set("");
        List<SessionRow> newRows = loaded.page().data().stream()
                .map(s -> row(s, loaded)).collect(Collectors.toList());
        ObservableLists.replaceChanged(rows, newRows);
        var pagination = loaded.page().pagination();
        pageText.set(pagination.total() == 0 ? "No sessions"
                : "Page " + pagination.page() + " of " + Math.max(1, pagination.totalPages()) + " · "
                + pagination.total() + (pagination.total() == 1 ? " session" : " sessions"));
        hasPrevious.set(pagination.page() > 1);
        hasNext.set(pagination.page() < pagination.totalPages());
        if (loaded.detail() == null) {
            selected.set(null);
            return;
        }
        wantedSessionId = null;
        ObservableLists.replaceChanged(runs, loaded.runs());
        runsOf = loaded.detail().sessionId();
        SessionRow detail = newRows.stream().filter(r -> r.sessionId().equals(runsOf))
                .findFirst().orElseGet(() -> row(loaded.detail(), loaded));
        if (Objects.equals(selected.get(), detail)) {
            showDetail(detail);
        } else {
            selected.set(detail);
        }
    }

    private boolean isLiveRunOf(SessionRow row) {
        return row != null && liveRun.get() != null && liveRun.get().sessionId().equals(row.sessionId());
    }

    /** Summary, buttons and the live run of the selected session (the runs were read with the page). */
    private void showDetail(SessionRow row) {
        if (row == null) {
            detailTitle.set("");
            detailSummary.set("");
            updateButtons();
            return;
        }
        detailTitle.set(row.type() + " · " + row.status());
        detailSummary.set(row.stats() + (row.needYou().isEmpty() ? "" : ", " + row.needYou())
                + schedule(row.session()) + ". Profile: " + row.profileName() + ".");
        updateButtons();
        if (!row.sessionId().equals(runsOf)) {
            // Just selected: its runs arrive with the next read.
            runs.clear();
            runsOf = null;
            wantedSessionId = row.sessionId();
            refresh();
            return;
        }
        SessionRun newest = runs.isEmpty() ? null : runs.get(0);
        RunViewModel live = liveRun.get();
        if (newest != null && (live == null || !live.sessionRunId().equals(newest.sessionRunId()))) {
            liveRun.set(runViewModels.create(row.sessionId(), newest.sessionRunId(), List.of()));
        }
    }

    /** Pause, resume or stop in the background; the page is read again afterwards. */
    private void control(Function<String, Session> action) {
        String sessionId = selected.get().sessionId();
        busy = true;
        updateButtons();
        BackgroundTask.of(() -> action.apply(sessionId))
                .onSuccess(done -> {
                    busy = false;
                    refresh();
                })
                .onFailure(error -> {
                    busy = false;
                    message.set(ErrorText.of(error));
                    updateButtons();
                })
                .executeWith(executor);
    }

    /** The transitions the hosted API allows: autopilot_once cannot pause; only a live session stops. */
    private void updateButtons() {
        Session session = selected.get() == null ? null : selected.get().session();
        boolean live = session != null && !busy
                && (session.status() == SessionStatus.ACTIVE || session.status() == SessionStatus.PAUSED);
        boolean pausable = live && session.type() != SessionType.AUTOPILOT_ONCE;
        canPause.set(pausable && session.status() == SessionStatus.ACTIVE);
        canResume.set(pausable && session.status() == SessionStatus.PAUSED);
        canStop.set(live);
    }

    /**
     * ". Every Monday at 09:00, New York time — next run Mon 7 Dec, 09:00" for a recurring session, as the Autopilot
     * page read it back; without the next run once paused or ended; "" for the other types.
     */
    private String schedule(Session session) {
        if (session.schedule() == null) {
            return "";
        }
        ScheduleSentence sentence = ScheduleSentence.of(session.schedule(), session.createdAt(), clock.instant());
        return ". " + (session.status() == SessionStatus.ACTIVE ? sentence.text() : sentence.rule());
    }

    private SessionRow row(Session session, Loaded loaded) {
        Instant next = session.stats() == null ? null : session.stats().nextRunAt();
        boolean scheduled = session.type() == SessionType.AUTOPILOT_RECURRING && next != null
                && session.status() == SessionStatus.ACTIVE;
        return new SessionRow(session, typeLabel(session.type()), SessionText.status(session.status()),
                loaded.names().getOrDefault(session.candidateProfileId(), session.candidateProfileId()),
                session.stats() == null ? "" : statsText(session.stats()),
                needYouText(loaded.waiting().getOrDefault(session.sessionId(), 0)), scheduled ? when.format(next) : "");
    }

    private static String nameOf(Profile profile) {
        return profile.name() == null || profile.name().isBlank() ? profile.profileId() : profile.name();
    }
}
