package io.applydesk.app.ui.run;

import io.applydesk.app.ui.common.ApplicationStatusText;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.LogLine;
import io.applydesk.core.run.PageSnapshot;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.RunEvent;
import io.applydesk.core.run.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live dashboard of one session run: one row per application, progress and counts, the
 * applications being filled in now with a thumbnail of their browser page, the run log, and the
 * evidence screenshot of the selected row. Stopping, pausing and resuming act on the whole session
 * and live on the Sessions page.
 *
 * <p>Threading: the coordinator calls {@link RunEvent} listeners on its worker threads. This
 * ViewModel only queues them there ({@link #activate()} installs the listener); the view calls
 * {@link #applyPendingEvents()} on a fixed UI tick, which applies everything queued since the last
 * tick in one batch, keeping only the newest state of each application (STYLE.md §3.5). Every
 * other method must be called on the UI thread.
 */
public final class RunViewModel {
    /** The log keeps this many newest lines; older ones are in each application's record anyway. */
    public static final int LOG_LINES = 300;
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String sessionId;
    private final String sessionRunId;
    private final ApplicationService applicationService;
    private final RunCoordinator coordinator;
    private final TaskExecutor executor;

    /** Filled by worker threads, drained on the UI tick. */
    private final Queue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private Subscription subscription;
    private Subscription pageWatch;

    // ---- Properties ----
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    /** The engine's latest progress line per application, shown while it is PROCESSING. */
    private final Map<String, String> lastLogLine = new HashMap<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<LiveJob> liveJobs = FXCollections.observableArrayList();
    /** The newest page snapshot of each application being filled in. */
    private final Map<String, byte[]> latestSnapshot = new HashMap<>();
    private final DateTimeFormatter logTime;
    private final ObjectProperty<Application> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> evidenceImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper evidenceCaption = new ReadOnlyStringWrapper("Select a row to see its evidence.");

    /**
     * @param initial the applications as created, shown until the first load from the database
     * @param zone    the time zone of the log's times
     */
    public RunViewModel(String sessionId, String sessionRunId, List<Application> initial,
                        ApplicationService applicationService, RunCoordinator coordinator, TaskExecutor executor,
                        ZoneId zone) {
        this.sessionId = sessionId;
        this.sessionRunId = sessionRunId;
        this.applicationService = applicationService;
        this.coordinator = coordinator;
        this.executor = executor;
        this.logTime = LOG_TIME.withZone(zone);
        initial.forEach(app -> rows.add(new RunRow(app, describe(app, null))));
        selected.addListener((obs, old, now) -> showEvidence(now));
        updateSummary();
    }

    // ---- Properties ----

    public String sessionId() {
        return sessionId;
    }

    public String sessionRunId() {
        return sessionRunId;
    }

    /** One row per application of the run, in list order. */
    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** Finished applications / all applications, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. "3 of 5 finished". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** e.g. "4 SUCCESS · 1 NEEDS_INPUT". */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** True once no application is queued or processing. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** A problem with loading, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The run log, oldest first: "09:14:02  Acme — Engineer: Uploading resume". At most {@link #LOG_LINES}. */
    public ObservableList<String> log() {
        return log;
    }

    /** The applications being filled in now, each with its latest page thumbnail once one arrived. */
    public ObservableList<LiveJob> liveJobs() {
        return liveJobs;
    }

    /** The row whose evidence is shown; bound to the table's selection. */
    public ObjectProperty<Application> selectedProperty() {
        return selected;
    }

    /** The screenshot to show for the selected row (confirmation, else the filled form), or null. */
    public ReadOnlyObjectProperty<Path> evidenceImageProperty() {
        return evidenceImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evidenceCaptionProperty() {
        return evidenceCaption.getReadOnlyProperty();
    }

    // ---- Commands ----

    /**
     * Starts listening to the coordinator (asking it for page thumbnails meanwhile) and reloads the
     * rows from the database, so nothing that happened while the view was hidden is missed. Call
     * when the view is shown.
     */
    public void activate() {
        if (subscription == null) {
            subscription = coordinator.addListener(this::onEvent);
            pageWatch = coordinator.watchPages();
        }
        reload();
    }

    /** Stops listening; call when the view is hidden or closed. */
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
            pageWatch.close();
            pageWatch = null;
        }
        pending.clear();
    }

    /** Applies every event queued since the last call in one batch; called on the UI tick. */
    public void applyPendingEvents() {
        Map<String, Application> changed = new LinkedHashMap<>();
        List<LogLine> lines = new ArrayList<>();
        boolean newSnapshot = false;
        RunEvent event;
        while ((event = pending.poll()) != null) {
            if (event instanceof ApplicationChanged changedEvent) {
                Application app = changedEvent.application();
                changed.put(app.applicationId(), app);
            } else if (event instanceof LogLine line) {
                lines.add(line);
                if (line.applicationId() != null) {
                    lastLogLine.put(line.applicationId(), line.text());
                    changed.putIfAbsent(line.applicationId(), null);
                }
            } else if (event instanceof PageSnapshot snapshot) {
                latestSnapshot.put(snapshot.applicationId(), snapshot.jpeg());
                newSnapshot = true;
            }
        }
        appendToLog(lines);
        if (changed.isEmpty()) {
            if (newSnapshot) {
                updateLiveJobs();
            }
            return;
        }
        for (Map.Entry<String, Application> entry : changed.entrySet()) {
            if (entry.getValue() != null) {
                merge(entry.getValue());
            } else {
                redescribe(entry.getKey());
            }
        }
        updateSummary();
    }

    /** Re-reads this run's applications from the database. */
    public void reload() {
        BackgroundTask.of(() -> applicationService.inRun(sessionRunId))
                .onSuccess(loaded -> {
                    loaded.forEach(this::merge);
                    updateSummary();
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    // ---- Presentation helpers ----

    /** "Company — Title" as far as known, else the job's link. */
    public static String jobOf(Application app) {
        String company = app.companyName() == null ? "" : app.companyName().trim();
        String title = app.jobTitle() == null ? "" : app.jobTitle().trim();
        if (company.isEmpty() && title.isEmpty()) {
            return app.jobUrl();
        }
        return company.isEmpty() ? title : title.isEmpty() ? company : company + " — " + title;
    }

    /** What a row says after its status: sent (and the confirmation page), error, pending questions, or activity. */
    static String describe(Application app, String lastLog) {
        ApplicationStatus status = app.status();
        if (status == ApplicationStatus.SUCCESS) {
            String sent = "Sent and confirmed";
            return app.confirmationUrl() == null ? sent : sent + ": " + app.confirmationUrl();
        }
        if (status == ApplicationStatus.NEEDS_INPUT && !app.pendingQuestions().isEmpty()) {
            return "Needs your answer: " + app.pendingQuestions().stream().map(PendingQuestion::label)
                    .collect(Collectors.joining("; "));
        }
        if (app.error() != null) {
            return app.error().code() + ": " + app.error().message();
        }
        switch (status) {
            case QUEUED:
                return "Waiting for a browser";
            case PROCESSING:
                return lastLog == null ? "Filling in the form…" : lastLog;
            case AWAITING_REVIEW:
                return "Filled in, not submitted: waiting for your review";
            case CANCELLED:
                return "Stopped before it started";
            case UNCONFIRMED:
                return "Submitted, but the confirmation was not seen";
            default:
                return "";
        }
    }

    // ---- Internals ----

    /** Worker thread: keeps only this run's events. Must stay quick and never block. */
    private void onEvent(RunEvent event) {
        if (sessionRunId.equals(event.sessionRunId())) {
            pending.add(event);
        }
    }

    /** Replaces the row by id unless what we hold is newer (a slow reload must not undo an event). */
    private void merge(Application incoming) {
        for (int i = 0; i < rows.size(); i++) {
            Application current = rows.get(i).application();
            if (current.applicationId().equals(incoming.applicationId())) {
                if (!isOlder(incoming, current)) {
                    rows.set(i, new RunRow(incoming, describe(incoming, lastLogLine.get(incoming.applicationId()))));
                    if (selected.get() != null && selected.get().applicationId().equals(incoming.applicationId())) {
                        selected.set(incoming);
                    }
                }
                return;
            }
        }
        rows.add(new RunRow(incoming, describe(incoming, lastLogLine.get(incoming.applicationId()))));
    }

    private static boolean isOlder(Application incoming, Application current) {
        Instant a = incoming.updatedAt();
        Instant b = current.updatedAt();
        if (a == null || b == null || a.equals(b)) {
            // Same moment: a finished status is never replaced by an unfinished one.
            return current.status().isFinished() && !incoming.status().isFinished();
        }
        return a.isBefore(b);
    }

    /** A new log line without a new state: only the row's detail changes. */
    private void redescribe(String applicationId) {
        for (int i = 0; i < rows.size(); i++) {
            Application app = rows.get(i).application();
            if (app.applicationId().equals(applicationId)) {
                rows.set(i, new RunRow(app, describe(app, lastLogLine.get(applicationId))));
                return;
            }
        }
    }

    private void updateSummary() {
        int total = rows.size();
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        rows.forEach(r -> counts.merge(r.application().status(), 1, Integer::sum));
        long done = rows.stream().filter(r -> r.application().status().isFinished()).count();
        progress.set(total == 0 ? 0 : (double) done / total);
        progressText.set(done + " of " + total + " finished");
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + ApplicationStatusText.of(status)));
        countsText.set(String.join(" · ", parts));
        finished.set(done == total);
        updateLiveJobs();
    }

    /** The PROCESSING rows with their latest line and thumbnail; a finished one's thumbnail is dropped. */
    private void updateLiveJobs() {
        List<LiveJob> live = new ArrayList<>();
        for (RunRow row : rows) {
            Application app = row.application();
            if (app.status() == ApplicationStatus.PROCESSING) {
                live.add(new LiveJob(app.applicationId(), jobOf(app), lastLogLine.get(app.applicationId()),
                        latestSnapshot.get(app.applicationId())));
            } else {
                latestSnapshot.remove(app.applicationId());
            }
        }
        if (!live.equals(liveJobs)) {
            liveJobs.setAll(live);
        }
    }

    private void appendToLog(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> added = new ArrayList<>(lines.size());
        for (LogLine line : lines) {
            Application app = line.applicationId() == null ? null : rowOf(line.applicationId());
            added.add(logTime.format(line.at()) + "  " + (app == null ? "" : logName(app) + ": ") + line.text());
        }
        log.addAll(added);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    /** The company, else the ATS: short enough to leave the line itself readable. */
    private static String logName(Application app) {
        if (app.companyName() != null && !app.companyName().isBlank()) {
            return app.companyName().strip();
        }
        return app.atsType() == null ? "Job" : app.atsType().displayName();
    }

    private Application rowOf(String applicationId) {
        return rows.stream().map(RunRow::application).filter(a -> a.applicationId().equals(applicationId))
                .findFirst().orElse(null);
    }

    private void showEvidence(Application app) {
        if (app == null) {
            evidenceImage.set(null);
            evidenceCaption.set("Select a row to see its evidence.");
            return;
        }
        Evidence evidence = app.evidence();
        BackgroundTask.of(() -> screenshotOf(evidence))
                .onSuccess(found -> {
                    if (selected.get() != app) {
                        return;
                    }
                    evidenceImage.set(found.map(Shot::path).orElse(null));
                    evidenceCaption.set(found.map(Shot::caption).orElse(app.status().isFinished()
                            ? "No screenshot was taken for this application."
                            : "The screenshot appears once the form is filled in."));
                })
                .onFailure(error -> evidenceCaption.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    /** Worker thread: the confirmation screenshot, else the filled form, if the file exists. */
    private static Optional<Shot> screenshotOf(Evidence evidence) {
        if (evidence == null) {
            return Optional.empty();
        }
        if (evidence.confirmationScreenshot() != null && Files.isRegularFile(evidence.confirmationScreenshot())) {
            return Optional.of(new Shot(evidence.confirmationScreenshot(), "Confirmation page"));
        }
        if (evidence.filledScreenshot() != null && Files.isRegularFile(evidence.filledScreenshot())) {
            return Optional.of(new Shot(evidence.filledScreenshot(), "The form as filled in, before submitting"));
        }
        return Optional.empty();
    }

    private record Shot(Path path, String caption) {
    }
}
