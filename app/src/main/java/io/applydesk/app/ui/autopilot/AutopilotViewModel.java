package io.applydesk.app.ui.autopilot;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.Debouncer;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.ProfileChoice;
import io.applydesk.app.ui.common.ScheduleSentence;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.schedule.Recurrence.Frequency;
import io.applydesk.core.schedule.Scheduler;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.search.SearchResult;
import io.applydesk.core.search.WorkType;
import io.applydesk.core.search.fetch.SourceReport;
import io.applydesk.core.session.AutopilotRuns;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Autopilot wizard: an autopilot_once session (search now, apply to what it finds) or an autopilot_recurring
 * one (search and apply at every slot of a schedule). Steps: filters (with a live preview of the matching jobs),
 * limits, and for recurring sessions the schedule, read back as a {@link ScheduleSentence}. Each step is
 * validated before the next; problems are shown next to their field, in {@link #errorProperty(Field)}.
 *
 * <p>All methods must be called on the UI thread; searches and creation run through the {@link TaskExecutor}.
 * The preview runs after the filters stopped changing (the {@link Debouncer}); a result of an older search
 * never replaces a newer one.
 */
public final class AutopilotViewModel {
    /** The per-run limit until the candidate changes it. */
    public static final int DEFAULT_MAX_JOBS_PER_RUN = 25;
    /** The schedule's time until the candidate changes it. */
    public static final String DEFAULT_TIME = "09:00";
    /** The preview table's placeholder before a search, and after one that found nothing. */
    static final String PREVIEW_NOT_YET = "The jobs your filters find appear here.";
    static final String PREVIEW_NOTHING_FOUND = "No job on the boards matches these filters.";

    /** Which autopilot session the wizard creates. */
    public enum Kind { ONCE, RECURRING }

    /** The wizard's steps, in order; SCHEDULE only for recurring sessions. */
    public enum Step {
        FILTERS("Filters"), LIMITS("Limits"), SCHEDULE("Schedule");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The fields that can be wrong, each with its inline error, grouped by the step that shows them. */
    public enum Field {
        PROFILE(Step.FILTERS), TITLES(Step.FILTERS), SALARY(Step.FILTERS), POSTED_WITHIN(Step.FILTERS),
        RESULTS(Step.FILTERS), MAX_JOBS(Step.LIMITS), DAYS(Step.SCHEDULE), TIME(Step.SCHEDULE), ZONE(Step.SCHEDULE);

        private final Step step;

        Field(Step step) {
            this.step = step;
        }

        public Step step() {
            return step;
        }
    }

    /** One job of the preview, as the table shows it. */
    public record PreviewRow(String company, String title, String location, String ats) {
    }

    private final ProfileService profiles;
    private final AutopilotRuns autopilot;
    private final Consumer<String> runStarter;
    private final Scheduler scheduler;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Consumer<SessionCreated> onStarted;

    // ---- Properties ----
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ONCE);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILTERS);
    private final ProfileChoice profileChoice = new ProfileChoice();
    private final ObjectProperty<Profile> profile = profileChoice.chosenProperty();
    private final StringProperty titles = new SimpleStringProperty("");
    private final StringProperty locations = new SimpleStringProperty("");
    private final Map<WorkType, BooleanProperty> workTypes = new EnumMap<>(WorkType.class);
    private final ObjectProperty<JobType> jobType = new SimpleObjectProperty<>();
    private final ObjectProperty<ExperienceLevel> experienceLevel = new SimpleObjectProperty<>();
    private final StringProperty salaryMin = new SimpleStringProperty("");
    private final StringProperty postedWithinDays =
            new SimpleStringProperty(String.valueOf(SearchRequest.DEFAULT_MAX_AGE_DAYS));
    private final StringProperty results = new SimpleStringProperty(String.valueOf(SearchRequest.DEFAULT_RESULTS));
    private final StringProperty excludedCompanies = new SimpleStringProperty("");
    private final StringProperty excludedKeywords = new SimpleStringProperty("");
    private final StringProperty maxJobsPerRun = new SimpleStringProperty(String.valueOf(DEFAULT_MAX_JOBS_PER_RUN));
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<Frequency> pattern = new SimpleObjectProperty<>(Frequency.WEEKLY);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final StringProperty time = new SimpleStringProperty(DEFAULT_TIME);
    private final StringProperty timeZone;
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewPlaceholder = new ReadOnlyStringWrapper(PREVIEW_NOT_YET);
    private final ReadOnlyBooleanWrapper previewRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final BooleanBinding lastStep;

    /** Steps the candidate tried to leave: their fields are checked again at every change. */
    private final Set<Step> attempted = EnumSet.noneOf(Step.class);
    /** Incremented for every preview; a result from an older one is dropped. */
    private long previewGeneration;

    /**
     * @param runStarter  starts a stored run by its id (the run coordinator's {@code start}), on the worker thread
     * @param defaultZone the schedule's zone until the candidate picks another (the computer's)
     * @param onStarted   called on the UI thread once an autopilot_once session's run was started
     */
    public AutopilotViewModel(ProfileService profiles, AutopilotRuns autopilot, Consumer<String> runStarter,
                              Scheduler scheduler, Clock clock, ZoneId defaultZone, TaskExecutor executor,
                              Debouncer debouncer, Consumer<SessionCreated> onStarted) {
        this.profiles = profiles;
        this.autopilot = autopilot;
        this.runStarter = runStarter;
        this.scheduler = scheduler;
        this.clock = clock;
        this.executor = executor;
        this.debouncer = debouncer;
        this.onStarted = onStarted;
        this.timeZone = new SimpleStringProperty(TimeZoneChoices.nameOf(defaultZone));
        for (Field field : Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        // Change listeners, not invalidation ones: those stay silent until someone reads the value again.
        List<ObservableValue<?>> filterInputs = new ArrayList<>(List.of(profile, titles, locations, jobType, experienceLevel,
                salaryMin, postedWithinDays, results, excludedCompanies, excludedKeywords));
        for (WorkType type : WorkType.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(false);
            workTypes.put(type, chosen);
            filterInputs.add(chosen);
        }
        filterInputs.forEach(input -> input.addListener((obs, old, now) -> filtersChanged()));
        List<ObservableValue<?>> scheduleInputs = new ArrayList<>(List.of(pattern, time, timeZone));
        for (DayOfWeek day : DayOfWeek.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(day == DayOfWeek.MONDAY);
            days.put(day, chosen);
            scheduleInputs.add(chosen);
        }
        scheduleInputs.forEach(input -> input.addListener((obs, old, now) -> scheduleChanged()));
        maxJobsPerRun.addListener((obs, old, now) -> revalidate(Step.LIMITS));
        kind.addListener((obs, old, now) -> {
            if (now == Kind.ONCE && step.get() == Step.SCHEDULE) {
                step.set(Step.LIMITS);
            }
            confirmation.set("");
        });
        lastStep = Bindings.createBooleanBinding(
                () -> step.get() == Step.SCHEDULE || (step.get() == Step.LIMITS && kind.get() == Kind.ONCE), step, kind);
        updateSentence();
        showPreviewHint();
    }

    // ---- Properties ----

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True on the step where Create replaces Next. */
    public BooleanBinding lastStepProperty() {
        return lastStep;
    }

    public ObservableList<Profile> profiles() {
        return profileChoice.profiles();
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    /** Job titles, several separated by commas; a job matches any of them. */
    public StringProperty titlesProperty() {
        return titles;
    }

    /** Places, several separated by commas; empty for anywhere. */
    public StringProperty locationsProperty() {
        return locations;
    }

    /** Whether jobs of this work type are wanted; none chosen means any. */
    public BooleanProperty workTypeProperty(WorkType type) {
        return workTypes.get(type);
    }

    /** null for any. */
    public ObjectProperty<JobType> jobTypeProperty() {
        return jobType;
    }

    /** null for any. */
    public ObjectProperty<ExperienceLevel> experienceLevelProperty() {
        return experienceLevel;
    }

    public StringProperty salaryMinProperty() {
        return salaryMin;
    }

    public StringProperty postedWithinDaysProperty() {
        return postedWithinDays;
    }

    /** How many matching jobs the preview lists (1–500). */
    public StringProperty resultsProperty() {
        return results;
    }

    /** Companies left out, separated by commas. */
    public StringProperty excludedCompaniesProperty() {
        return excludedCompanies;
    }

    /** Words that leave out a job whose title has them, separated by commas. */
    public StringProperty excludedKeywordsProperty() {
        return excludedKeywords;
    }

    /** At most this many applications per run (1–100). */
    public StringProperty maxJobsPerRunProperty() {
        return maxJobsPerRun;
    }

    /** Fill and stop before submit (AWAITING_REVIEW). */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    public ObjectProperty<Frequency> patternProperty() {
        return pattern;
    }

    /** Whether a weekly schedule runs on {@code day}. */
    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    /** The slot's local time, "HH:mm". */
    public StringProperty timeProperty() {
        return time;
    }

    /** The schedule's IANA time zone, e.g. America/New_York. */
    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** What is wrong with {@code field}, in plain words, or "". */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The schedule read back with its next run, or "" while the schedule has a problem. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** The jobs the current filters find, newest first. */
    public ObservableList<PreviewRow> previewRows() {
        return previewRows;
    }

    /** e.g. "12 matching jobs on 40 boards", or what to do to see some. */
    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    /** A quiet note: boards that could not be read, or why the preview failed; "" when all went well. */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    /** What the empty preview table says: that jobs will appear, or that the last search found none. */
    public ReadOnlyStringProperty previewPlaceholderProperty() {
        return previewPlaceholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewRunningProperty() {
        return previewRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** Why the last Create failed, or "". */
    public ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }

    /** What the last Create made and where it went, or "". */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    // ---- Commands ----

    /** Loads the profiles, keeping the chosen one, else picking the first; reads the schedule back again. */
    public void load() {
        updateSentence();
        profileChoice.load(profiles, executor, createError::set);
    }

    /** Checks the current step and, when it is right, moves to the next one. */
    public boolean next() {
        Step current = step.get();
        if (!validate(current) || lastStep.get()) {
            return false;
        }
        step.set(Step.values()[current.ordinal() + 1]);
        return true;
    }

    /** Back to the previous step (nothing is checked). */
    public void back() {
        if (step.get() != Step.FILTERS) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Searches again with the current filters now (the debouncer calls this after the filters changed). */
    public void refreshPreview() {
        long generation = ++previewGeneration;
        Map<Field, String> problems = problems(Step.FILTERS);
        if (!problems.isEmpty()) {
            previewRows.clear();
            previewNote.set("");
            previewPlaceholder.set(PREVIEW_NOT_YET);
            previewRunning.set(false);
            showPreviewHint();
            return;
        }
        SearchRequest request = searchRequest(parseInt(results.get()));
        String profileId = profile.get().profileId();
        previewRunning.set(true);
        BackgroundTask.of(() -> autopilot.search(profileId, request))
                .onSuccess(found -> {
                    if (generation == previewGeneration) {
                        showPreview(found);
                    }
                })
                .onFailure(error -> {
                    if (generation == previewGeneration) {
                        previewRows.clear();
                        previewPlaceholder.set(PREVIEW_NOT_YET);
                        previewSummary.set("No preview");
                        previewNote.set(ErrorText.of(error));
                    }
                })
                .onFinished(() -> {
                    if (generation == previewGeneration) {
                        previewRunning.set(false);
                    }
                })
                .executeWith(executor);
    }

    /**
     * Checks every step and creates the session: once, its run is started and handed to {@code onStarted}; a
     * recurring one is handed to the scheduler. A step with a problem is shown instead. Made, the wizard goes
     * back to its first step with the filters kept (for a quick second session); after a once session the
     * preview searches again. Nothing happens while a Create is still running.
     */
    public void create() {
        if (creating.get()) {
            return;
        }
        List<Step> steps = kind.get() == Kind.ONCE ? List.of(Step.FILTERS, Step.LIMITS) : Arrays.asList(Step.values());
        for (Step s : steps) {
            if (!validate(s)) {
                step.set(s);
                return;
            }
        }
        String profileId = profile.get().profileId();
        int maxJobs = parseInt(maxJobsPerRun.get());
        SearchRequest request = searchRequest(maxJobs);
        boolean review = reviewMode.get();
        createError.set("");
        confirmation.set("");
        creating.set(true);
        boolean once = kind.get() == Kind.ONCE;
        Schedule schedule = once ? null : schedule();
        BackgroundTask.of(() -> once ? createOnce(profileId, request, maxJobs, review)
                        : createRecurring(profileId, request, maxJobs, schedule, review))
                .onSuccess(made -> {
                    confirmation.set(made.message());
                    // Off the last step, a second click cannot create the same session again.
                    step.set(Step.FILTERS);
                    if (made.started() != null) {
                        refreshPreview(); // the jobs just queued are left out now
                        onStarted.accept(made.started());
                    }
                })
                .onFailure(error -> createError.set(ErrorText.of(error)))
                .onFinished(() -> creating.set(false))
                .executeWith(executor);
    }

    /** What Create made: the sentence saying so, and the run started (once only, else null). */
    private record Made(String message, SessionCreated started) {
    }

    /** Worker thread: the autopilot_once session, its run queued and started. */
    private Made createOnce(String profileId, SearchRequest request, int maxJobs, boolean review) {
        SessionCreated created = autopilot.createOnce(profileId, request, maxJobs, review).run();
        runStarter.accept(created.run().sessionRunId());
        int jobs = created.applications().size();
        return new Made("Autopilot session " + created.session().sessionId() + " started with " + jobs
                + (jobs == 1 ? " job" : " jobs") + ". Follow it on the Runs page.", created);
    }

    /** Worker thread: the autopilot_recurring session, handed to the scheduler. */
    private Made createRecurring(String profileId, SearchRequest request, int maxJobs, Schedule schedule,
                                 boolean review) {
        Session session = autopilot.createRecurring(profileId, request, maxJobs, schedule, review).session();
        scheduler.sessionsChanged();
        String next = ScheduleSentence.of(session.schedule(), session.createdAt(), clock.instant()).nextRunText();
        return new Made("Recurring session " + session.sessionId() + " created. Next run " + next
                + ". It runs while ApplyDesk is open or in the tray.", null);
    }

    // ---- Validation ----

    /** Shows the problems of {@code s}'s fields next to them; true when there are none. */
    private boolean validate(Step s) {
        attempted.add(s);
        Map<Field, String> problems = problems(s);
        for (Field field : Field.values()) {
            if (field.step() == s) {
                errors.get(field).set(problems.getOrDefault(field, ""));
            }
        }
        return problems.isEmpty();
    }

    /** What is wrong with the fields of step {@code s}, in field order. */
    private Map<Field, String> problems(Step s) {
        Map<Field, String> problems = new LinkedHashMap<>();
        switch (s) {
            case FILTERS:
                if (profile.get() == null) {
                    problems.put(Field.PROFILE, "Choose the profile to apply with.");
                }
                if (list(titles.get()).isEmpty()) {
                    problems.put(Field.TITLES, "Type at least one job title, for example Software Engineer.");
                }
                String salary = salaryMin.get() == null ? "" : salaryMin.get().replaceAll("[\\s,$_]", "");
                if (!salary.isEmpty() && parseInt(salary) < 0) {
                    problems.put(Field.SALARY, "Type the least yearly pay as a whole number, such as 90000, "
                            + "or leave it empty.");
                }
                int posted = parseInt(postedWithinDays.get());
                if (posted < 1 || posted > 3650) {
                    problems.put(Field.POSTED_WITHIN, "Type a number of days, at least 1 (30 is a good start).");
                }
                int count = parseInt(results.get());
                if (count < 1 || count > SearchRequest.MAX_RESULTS) {
                    problems.put(Field.RESULTS, "Type how many jobs to list, from 1 to " + SearchRequest.MAX_RESULTS
                            + ".");
                }
                break;
            case LIMITS:
                int max = parseInt(maxJobsPerRun.get());
                if (max < 1 || max > SessionService.MAX_JOBS) {
                    problems.put(Field.MAX_JOBS, "Type how many jobs one run may apply to, from 1 to "
                            + SessionService.MAX_JOBS + ".");
                }
                break;
            default:
                if (pattern.get() == Frequency.WEEKLY && days.values().stream().noneMatch(BooleanProperty::get)) {
                    problems.put(Field.DAYS, "Pick at least one day of the week.");
                }
                // Each field on its own (the others replaced by good values), so every problem shows at once.
                Schedule asked = schedule();
                scheduleProblem(new Schedule("daily", List.of(), asked.time(), "UTC"))
                        .ifPresent(message -> problems.put(Field.TIME, message));
                scheduleProblem(new Schedule("daily", List.of(), DEFAULT_TIME, asked.timezone()))
                        .ifPresent(message -> problems.put(Field.ZONE, message));
                break;
        }
        return problems;
    }

    // ---- Helpers ----

    /** The sentence saying what is wrong with {@code schedule}, as the scheduler would refuse it. */
    private Optional<String> scheduleProblem(Schedule schedule) {
        try {
            ScheduleSentence.of(schedule, clock.instant(), clock.instant());
            return Optional.empty();
        } catch (ApplyDeskException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void filtersChanged() {
        revalidate(Step.FILTERS);
        confirmation.set("");
        debouncer.debounce(this::refreshPreview);
    }

    private void scheduleChanged() {
        // At once, not only after Create: the read-back sentence disappears, and the reason must show instead.
        validate(Step.SCHEDULE);
        confirmation.set("");
        updateSentence();
    }

    private void revalidate(Step s) {
        if (attempted.contains(s)) {
            validate(s);
        }
    }

    private void updateSentence() {
        if (problems(Step.SCHEDULE).isEmpty()) {
            sentence.set(ScheduleSentence.of(schedule(), clock.instant(), clock.instant()).text());
        } else {
            sentence.set("");
        }
    }

    private void showPreviewHint() {
        previewSummary.set(list(titles.get()).isEmpty() ? "Type a job title to see the jobs it finds."
                : profile.get() == null ? "Choose a profile to see the jobs it finds."
                : "Fix the filters marked in red to see the jobs they find.");
    }

    private void showPreview(SearchResult found) {
        previewRows.setAll(found.jobs().stream().map(AutopilotViewModel::row).collect(Collectors.toList()));
        previewPlaceholder.set(found.jobs().isEmpty() ? PREVIEW_NOTHING_FOUND : PREVIEW_NOT_YET);
        int boards = found.sources().size();
        String matching = found.totalMatched() + (found.totalMatched() == 1 ? " matching job" : " matching jobs");
        previewSummary.set(matching + " on " + boards + (boards == 1 ? " board" : " boards")
                + (found.totalMatched() > found.jobs().size() ? " — showing the newest " + found.jobs().size() : ""));
        List<SourceReport> failed = found.sources().stream().filter(s -> !s.ok()).collect(Collectors.toList());
        if (failed.isEmpty()) {
            previewNote.set("");
        } else {
            SourceReport first = failed.get(0);
            previewNote.set(failed.size() + (failed.size() == 1 ? " board" : " boards")
                    + " could not be read and " + (failed.size() == 1 ? "is" : "are") + " left out ("
                    + first.board().companyName() + ": " + first.message()
                    + (failed.size() > 1 ? ", and others" : "") + ").");
        }
    }

    private static PreviewRow row(JobPosting job) {
        return new PreviewRow(job.companyName(), job.title(), String.join("; ", job.locations()),
                job.ats().displayName());
    }

    /** The search of the current filters (valid: checked first), cut at {@code resultCount}. */
    private SearchRequest searchRequest(int resultCount) {
        List<WorkType> chosenTypes = workTypes.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.toList());
        String salary = salaryMin.get() == null ? "" : salaryMin.get().replaceAll("[\\s,$_]", "");
        return new SearchRequest(list(titles.get()), list(locations.get()), chosenTypes,
                jobType.get() == null ? List.of() : List.of(jobType.get()),
                experienceLevel.get() == null ? List.of() : List.of(experienceLevel.get()),
                salary.isEmpty() ? null : parseInt(salary), parseInt(postedWithinDays.get()), resultCount, List.of(),
                list(excludedCompanies.get()), list(excludedKeywords.get()));
    }

    /** The schedule as the fields say it (checked by {@link ScheduleSentence#of}). */
    private Schedule schedule() {
        List<String> chosenDays = pattern.get() != Frequency.WEEKLY ? List.of()
                : days.entrySet().stream().filter(e -> e.getValue().get())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        String p = pattern.get() == null ? null : pattern.get().name().toLowerCase(Locale.ROOT);
        return new Schedule(p, chosenDays, time.get() == null ? "" : time.get().trim(),
                timeZone.get() == null ? "" : timeZone.get().trim());
    }

    /** Comma-separated entries, trimmed, without empty ones. */
    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    /** The whole number typed, or -1 when it is not one. */
    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
