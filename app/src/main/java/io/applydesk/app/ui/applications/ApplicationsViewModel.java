package io.applydesk.app.ui.applications;

import io.applydesk.app.ui.common.ApplicationStatusText;
import io.applydesk.app.ui.common.LinkOpener;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.Debouncer;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.run.RunViewModel;
import io.applydesk.automation.evidence.EvidenceRecorder;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationFilter;
import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.application.export.ApplicationExporter;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.session.SessionType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Applications page: every application the candidate's sessions made, filtered and searched in SQL, 50 a
 * page, newest first; the selected one's details (status, error, attempts, answers with where each came from,
 * screenshots, the job link); CSV and printable exports of everything the filters match.
 *
 * <p>Threading: every method runs on the UI thread except the coordinator's listener, which only raises a
 * flag; {@link #refreshIfChanged()}, called on a UI tick, reloads the page when the flag is up, so a busy run
 * reloads it at most once a tick. Loads that come back after a newer one started are dropped.
 */
public final class ApplicationsViewModel {
    /** Applications per page. */
    public static final int PAGE_SIZE = 50;
    /** Company names offered in the company filter. */
    static final int MAX_COMPANIES = 500;
    /** Sessions offered in the session filter (the newest). */
    static final int MAX_SESSIONS = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** The table's dates: short, and in a column they line up. */
    private static final DateTimeFormatter TABLE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final ApplicationService applications;
    private final SessionService sessions;
    private final ProfileService profiles;
    private final RunCoordinator coordinator;
    private final ApplicationExporter exporter;
    private final LinkOpener browser;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Debouncer searchPause;
    private final ZoneId zone;

    private final AtomicBoolean changed = new AtomicBoolean();
    private Subscription subscription;
    private long loadGeneration;
    private ApplicationFilter shownFilter = ApplicationFilter.all();
    private boolean updatingChoices;
    private boolean replacingRows;
    /**
     * Whether the message says a load failed (or its filters were wrong): the next load that works clears it. Any
     * other message (an export's confirmation) stays: a run's changes reload the page every tick.
     */
    private boolean loadProblem;

    // ---- Filters ----
    private final ObservableList<Choice<ApplicationStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> sessionChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<AtsType>> atsChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> companyChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ApplicationStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AtsType>> ats = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> company = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");

    // ---- List ----
    private final ObservableList<Application> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private int page = 1;
    private int totalPages;

    // ---- Detail ----
    private final ObjectProperty<Application> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Application> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailSubtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailError = new ReadOnlyStringWrapper("");
    private final ObservableList<String> attempts = FXCollections.observableArrayList();
    private final ObservableList<AnswerLine> answers = FXCollections.observableArrayList();
    private final ObservableList<Screenshot> screenshots = FXCollections.observableArrayList();

    /**
     * @param searchPause waits for typing in the search box to pause before searching
     * @param zone        the time zone dates are shown and picked in
     */
    public ApplicationsViewModel(ApplicationService applications, SessionService sessions, ProfileService profiles,
                                 RunCoordinator coordinator, ApplicationExporter exporter, LinkOpener browser,
                                 TaskExecutor executor, DialogService dialogs, Debouncer searchPause, ZoneId zone) {
        this.applications = applications;
        this.sessions = sessions;
        this.profiles = profiles;
        this.coordinator = coordinator;
        this.exporter = exporter;
        this.browser = browser;
        this.executor = executor;
        this.dialogs = dialogs;
        this.searchPause = searchPause;
        this.zone = zone;

        statusChoices.add(new Choice<>("Any status", null));
        for (ApplicationStatus s : ApplicationStatus.values()) {
            statusChoices.add(new Choice<>(ApplicationStatusText.of(s), s));
        }
        atsChoices.add(new Choice<>("Any ATS", null));
        for (AtsType type : AtsType.values()) {
            atsChoices.add(new Choice<>(type.displayName(), type));
        }
        sessionChoices.add(new Choice<>("Any session", null));
        companyChoices.add(new Choice<>("Any company", null));
        status.set(statusChoices.get(0));
        ats.set(atsChoices.get(0));
        session.set(sessionChoices.get(0));
        company.set(companyChoices.get(0));

        // Drop-downs and dates apply at once; typing waits for a pause.
        status.addListener((obs, old, now) -> filterChanged());
        ats.addListener((obs, old, now) -> filterChanged());
        session.addListener((obs, old, now) -> filterChanged());
        company.addListener((obs, old, now) -> filterChanged());
        fromDate.addListener((obs, old, now) -> filterChanged());
        toDate.addListener((obs, old, now) -> filterChanged());
        searchText.addListener((obs, old, now) -> searchPause.debounce(this::applyFilters));
        // While the rows are replaced the table clears its selection: that is no choice of the candidate's.
        selected.addListener((obs, old, now) -> {
            if (!replacingRows) {
                showDetail(now);
            }
        });
    }

    // ---- Properties ----

    public ObservableList<Choice<ApplicationStatus>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<String>> sessionChoices() {
        return sessionChoices;
    }

    public ObservableList<Choice<AtsType>> atsChoices() {
        return atsChoices;
    }

    public ObservableList<Choice<String>> companyChoices() {
        return companyChoices;
    }

    public ObjectProperty<Choice<ApplicationStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<String>> sessionProperty() {
        return session;
    }

    public ObjectProperty<Choice<AtsType>> atsProperty() {
        return ats;
    }

    public ObjectProperty<Choice<String>> companyProperty() {
        return company;
    }

    /** First day shown (inclusive), or null. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day shown (inclusive), or null. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** Searched for in the company name, job title and job link. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The current page's applications, newest first. */
    public ObservableList<Application> rows() {
        return rows;
    }

    /** e.g. "1,234 applications". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** e.g. "Page 2 of 25". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A problem or the outcome of an export, in plain words, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while an export is being written (the export buttons wait). */
    public BooleanProperty exportingProperty() {
        return exporting;
    }

    /** The row whose details are shown; bound to the table's selection. */
    public ObjectProperty<Application> selectedProperty() {
        return selected;
    }

    /** The application the detail pane shows, or null (the pane is hidden). */
    public ReadOnlyObjectProperty<Application> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** "Company — Title". */
    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** "Lever · created 2 Nov 2026, 09:00 · updated …". */
    public ReadOnlyStringProperty detailSubtitleProperty() {
        return detailSubtitle.getReadOnlyProperty();
    }

    /** "FORM_FILL_FAILED: sentence", or "" when the application has no error. */
    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }

    /** One line per attempt: "Attempt 1 · 2 Nov 2026, 09:00 · Sent". */
    public ObservableList<String> attempts() {
        return attempts;
    }

    public ObservableList<AnswerLine> answers() {
        return answers;
    }

    /** The evidence screenshots that exist on disk. */
    public ObservableList<Screenshot> screenshots() {
        return screenshots;
    }

    public int page() {
        return page;
    }

    // ---- Commands ----

    /** Subscribes to runs and loads the filter choices and the page; call when the page is shown. */
    public void activate() {
        if (subscription == null) {
            subscription = coordinator.addListener(event -> {
                if (event instanceof ApplicationChanged) {
                    changed.set(true);
                }
            });
        }
        loadChoices();
        reload();
    }

    /** Unsubscribes; call when the page is hidden. */
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        changed.set(false);
        searchPause.cancel();
    }

    /** Reloads the current page if a run changed an application since the last tick; called on a UI tick. */
    public void refreshIfChanged() {
        if (subscription != null && !loading.get() && changed.getAndSet(false)) {
            reload();
        }
    }

    /** Reads the filters and shows their first page. */
    public void applyFilters() {
        ApplicationFilter filter;
        try {
            filter = currentFilter();
        } catch (ApplyDeskException e) {
            showLoadProblem(e.getMessage());
            return;
        }
        // Other applications: an export's confirmation was about the ones shown before.
        showMessage("");
        shownFilter = filter;
        page = 1;
        reload();
    }

    /** Resets every filter and the search; shows the first page of everything. */
    public void clearFilters() {
        status.set(statusChoices.get(0));
        ats.set(atsChoices.get(0));
        session.set(sessionChoices.get(0));
        company.set(companyChoices.get(0));
        fromDate.set(null);
        toDate.set(null);
        searchText.set("");
        applyFilters();
    }

    public void nextPage() {
        if (page < totalPages) {
            page++;
            reload();
        }
    }

    public void previousPage() {
        if (page > 1) {
            page--;
            reload();
        }
    }

    /** Re-reads the current page with the filters last applied, keeping the selected row when it is still there. */
    public void reload() {
        long generation = ++loadGeneration;
        ApplicationFilter filter = shownFilter;
        PageRequest request = PageRequest.of(page, PAGE_SIZE);
        loading.set(true);
        BackgroundTask.of(() -> applications.find(filter, request))
                .onSuccess(result -> {
                    if (generation == loadGeneration) {
                        show(result);
                    }
                })
                .onFailure(error -> {
                    if (generation == loadGeneration) {
                        showLoadProblem(ErrorText.of(error));
                    }
                })
                .onFinished(() -> {
                    if (generation == loadGeneration) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Opens the selected application's job in the system browser. */
    public void openJobLink() {
        Application app = detail.get();
        if (app == null) {
            return;
        }
        BackgroundTask.ofRunnable(() -> {
                    try {
                        browser.open(URI.create(app.jobUrl()));
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                })
                .onFailure(error -> showMessage("The job link could not be opened in your browser. "
                        + ErrorText.of(error)))
                .executeWith(executor);
    }

    /** Asks where to save, then writes every application the filters match as CSV. */
    public void exportCsv() {
        export("Export applications as CSV", "applications.csv", "CSV files", "*.csv",
                (filter, file) -> exporter.exportCsv(filter, file));
    }

    /** Asks where to save, then writes a printable HTML record of every application the filters match. */
    public void exportRecord() {
        String description = describe(shownFilter);
        export("Save a printable record", "applications-record.html", "Web pages (HTML)", "*.html",
                (filter, file) -> exporter.exportRecord(filter, description, file));
    }

    // ---- Presentation helpers ----

    /** The application's date as the table shows it. */
    public String dateOf(Application app) {
        return app.createdAt() == null ? "" : TABLE_DATE.format(app.createdAt().atZone(zone));
    }

    /** Where an answer came from, in words. */
    static String provenanceText(Provenance provenance) {
        if (provenance == null || provenance.kind() == null) {
            return "Unknown";
        }
        String source = provenance.source() == null || provenance.source().isBlank() ? "" : " (" + provenance.source() + ")";
        switch (provenance.kind()) {
            case PROFILE_FIELD:
                return "Your profile" + source;
            case COMPUTED:
                return "Worked out from your profile" + source;
            case ANSWER_BANK:
                return "Your answer bank" + source;
            case SAFE_DEFAULT:
                return "Safe default" + source;
            case RESUME_FILE:
                return "Your resume file" + source;
            default:
                return provenance.kind().name();
        }
    }

    /** The filters in words, for the printable record. */
    String describe(ApplicationFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.status() != null) {
            parts.add("status " + ApplicationStatusText.of(f.status()));
        }
        if (f.sessionId() != null) {
            parts.add("session " + f.sessionId());
        }
        if (f.atsType() != null) {
            parts.add("ATS " + f.atsType().displayName());
        }
        if (f.companyName() != null) {
            parts.add("company " + f.companyName());
        }
        if (fromDate.get() != null && f.createdFrom() != null) {
            parts.add("from " + fromDate.get());
        }
        if (toDate.get() != null && f.createdBefore() != null) {
            parts.add("to " + toDate.get());
        }
        if (f.text() != null) {
            parts.add("matching \u201c" + f.text() + "\u201d");
        }
        return parts.isEmpty() ? "All applications" : "Applications with " + String.join(", ", parts);
    }

    // ---- Internals ----

    /** The filter the controls describe. @throws ApplyDeskException VALIDATION_ERROR for dates out of order */
    private ApplicationFilter currentFilter() {
        Instant from = fromDate.get() == null ? null : fromDate.get().atStartOfDay(zone).toInstant();
        // The last day is included: up to the start of the day after it.
        Instant before = toDate.get() == null ? null : toDate.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new ApplicationFilter(valueOf(status), valueOf(session), valueOf(ats), valueOf(company), from, before,
                searchText.get());
    }

    private void filterChanged() {
        if (!updatingChoices) {
            applyFilters();
        }
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    private void show(Page<Application> result) {
        String keep = detail.get() == null ? null : detail.get().applicationId();
        replacingRows = true;
        try {
            rows.setAll(result.data());
        } finally {
            replacingRows = false;
        }
        long total = result.pagination().total();
        totalPages = result.pagination().totalPages();
        if (page > Math.max(totalPages, 1)) {
            // The list shrank under us (a filter, a deleted session): show its last page.
            page = Math.max(totalPages, 1);
            reload();
            return;
        }
        countText.set(String.format(Locale.ENGLISH, "%,d %s", total, total == 1 ? "application" : "applications"));
        pageText.set(totalPages == 0 ? "" : "Page " + page + " of " + totalPages);
        canGoBack.set(page > 1);
        canGoForward.set(page < totalPages);
        if (loadProblem) {
            loadProblem = false;
            message.set("");
        }
        // The detail stays on the same application while it is on the page (a live reload must not close it).
        Application again = keep == null ? null
                : rows.stream().filter(a -> a.applicationId().equals(keep)).findFirst().orElse(null);
        selected.set(again);
        showDetail(again);
    }

    /** A message that stays until the next one. */
    private void showMessage(String text) {
        loadProblem = false;
        message.set(text);
    }

    /** A message the next load that works clears. */
    private void showLoadProblem(String text) {
        loadProblem = true;
        message.set(text);
    }

    private void loadChoices() {
        BackgroundTask.of(() -> new Choices(applications.companyNames(MAX_COMPANIES),
                        sessions.list(new SessionQuery(null, null, PageRequest.of(1, MAX_SESSIONS))).data()))
                .onSuccess(this::showChoices)
                .onFailure(error -> showMessage(ErrorText.of(error)))
                .executeWith(executor);
    }

    private void showChoices(Choices loaded) {
        List<Choice<String>> companyList = new ArrayList<>();
        companyList.add(companyChoices.get(0));
        loaded.companies().forEach(name -> companyList.add(new Choice<>(name, name)));
        List<Choice<String>> sessionList = new ArrayList<>();
        sessionList.add(sessionChoices.get(0));
        loaded.sessions().forEach(s -> sessionList.add(new Choice<>(sessionLabel(s), s.sessionId())));
        // Keep what is picked (the lists are rebuilt on each show); a drop-down clearing itself while its
        // items are replaced is not a new filter.
        Choice<String> pickedCompany = company.get();
        Choice<String> pickedSession = session.get();
        updatingChoices = true;
        try {
            companyChoices.setAll(companyList);
            sessionChoices.setAll(sessionList);
            company.set(companyList.stream().filter(c -> sameValue(c, pickedCompany)).findFirst()
                    .orElse(companyList.get(0)));
            session.set(sessionList.stream().filter(c -> sameValue(c, pickedSession)).findFirst()
                    .orElse(sessionList.get(0)));
        } finally {
            updatingChoices = false;
        }
        if (!sameValue(company.get(), pickedCompany) || !sameValue(session.get(), pickedSession)) {
            applyFilters();
        }
    }

    private static boolean sameValue(Choice<String> a, Choice<String> b) {
        return a != null && b != null && Objects.equals(a.value(), b.value());
    }

    private String sessionLabel(Session s) {
        String type = s.type() == SessionType.RUN_ONCE ? "Run once"
                : s.type() == SessionType.AUTOPILOT_ONCE ? "Autopilot once" : "Recurring autopilot";
        return type + " · " + (s.createdAt() == null ? s.sessionId() : WHEN.format(s.createdAt().atZone(zone)));
    }

    private void showDetail(Application app) {
        if (Objects.equals(app, detail.get())) {
            return;
        }
        detail.set(app);
        attempts.clear();
        answers.clear();
        screenshots.clear();
        if (app == null) {
            detailTitle.set("");
            detailSubtitle.set("");
            detailError.set("");
            return;
        }
        detailTitle.set(RunViewModel.jobOf(app));
        detailSubtitle.set(ApplicationStatusText.of(app.status()) + " · " + (app.atsType() == null ? "" : app.atsType().displayName())
                + " · created " + WHEN.format(app.createdAt().atZone(zone))
                + (app.updatedAt() == null ? "" : " · updated " + WHEN.format(app.updatedAt().atZone(zone))));
        detailError.set(app.error() == null ? "" : app.error().code().name() + ": " + (app.error().message() == null
                ? app.error().code().defaultMessage() : app.error().message()));
        for (Attempt attempt : app.attempts()) {
            attempts.add("Attempt " + attempt.attempt() + " · "
                    + (attempt.timestamp() == null ? "" : WHEN.format(attempt.timestamp().atZone(zone))) + " · "
                    + AttemptText.of(attempt.status()));
        }
        Evidence evidence = app.evidence();
        BackgroundTask.of(() -> new DetailFiles(existingScreenshots(evidence), resumeNames(app.profileId())))
                .onSuccess(found -> {
                    if (detail.get() == app) {
                        answers.setAll(app.questionsAndAnswers().stream()
                                .map(q -> answerLine(q, found.resumeNames())).toList());
                        screenshots.setAll(found.screenshots());
                    }
                })
                .onFailure(error -> showMessage(ErrorText.of(error)))
                .executeWith(executor);
    }

    /**
     * The resume's answer as the candidate knows it: the engine records the name of the stored copy
     * ("res_…-cv.pdf"), the candidate added "cv.pdf".
     */
    private static AnswerLine answerLine(AnsweredQuestion q, Map<String, String> resumeNames) {
        Provenance provenance = q.provenance();
        if (provenance == null || provenance.kind() != Provenance.Kind.RESUME_FILE) {
            return new AnswerLine(q.question(), q.answer(), provenanceText(provenance));
        }
        return new AnswerLine(q.question(), resumeName(q.answer(), resumeNames), provenanceText(
                new Provenance(provenance.kind(), resumeName(provenance.source(), resumeNames))));
    }

    /**
     * The name the candidate gave a stored resume file: the profile's resume of that file, or (a resume since
     * removed) the name its stored copy tells.
     */
    static String resumeName(String storedName, Map<String, String> resumeNames) {
        if (storedName == null) {
            return null;
        }
        String original = resumeNames.get(storedName);
        return original != null ? original : Resume.originalNameOf(storedName);
    }

    /** Worker thread: the profile's resumes, original file name by stored file name; none for a deleted profile. */
    private Map<String, String> resumeNames(String profileId) {
        List<Resume> resumes;
        try {
            resumes = profiles.get(profileId).resumes();
        } catch (ApplyDeskException e) {
            return Map.of();
        }
        return resumes.stream().collect(Collectors.toMap(r -> r.storedPath().getFileName().toString(),
                Resume::fileName, (a, b) -> a));
    }

    /** Worker thread: the evidence screenshots whose files exist. */
    private static List<Screenshot> existingScreenshots(Evidence evidence) {
        List<Screenshot> found = new ArrayList<>();
        if (evidence == null) {
            return found;
        }
        addIfExists(found, evidence.filledScreenshot(), "The form as filled in");
        addIfExists(found, evidence.confirmationScreenshot(), "The confirmation page");
        // A failed application's last screen, which the engine keeps beside the others (not in the stored record).
        addIfExists(found, evidence.directory() == null ? null : evidence.directory().resolve(EvidenceRecorder.FAILURE),
                "The last screen before it failed");
        return found;
    }

    private static void addIfExists(List<Screenshot> found, Path path, String caption) {
        if (path != null && Files.isRegularFile(path)) {
            found.add(new Screenshot(path, caption));
        }
    }

    private void export(String title, String fileName, String description, String extension, Export write) {
        if (exporting.get()) {
            return;
        }
        Path file = dialogs.chooseSaveFile(title, description, extension, fileName).orElse(null);
        if (file == null) {
            return;
        }
        ApplicationFilter filter = shownFilter;
        exporting.set(true);
        BackgroundTask.of(() -> write.to(filter, file))
                .onSuccess(count -> showMessage(String.format(Locale.ENGLISH, "Saved %,d %s to %s", count,
                        count == 1 ? "application" : "applications", file)))
                .onFailure(error -> dialogs.showError("The export was not saved", ErrorText.of(error)))
                .onFinished(() -> exporting.set(false))
                .executeWith(executor);
    }

    @FunctionalInterface
    private interface Export {
        long to(ApplicationFilter filter, Path file);
    }

    private record Choices(List<String> companies, List<Session> sessions) {
    }

    /** What the detail reads off the FX thread: the screenshots on disk, the profile's resume names. */
    private record DetailFiles(List<Screenshot> screenshots, Map<String, String> resumeNames) {
    }

    /** One question of the detail pane: what was asked, what was answered, and where the answer came from. */
    public record AnswerLine(String question, String answer, String source) {
    }

    /** An evidence screenshot on disk and what it shows. */
    public record Screenshot(Path path, String caption) {
    }
}
