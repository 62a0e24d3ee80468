package io.applydesk.app.ui.runonce;

import io.applydesk.app.ui.common.ApplicationStatusText;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.ProfileChoice;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobListReader;
import io.applydesk.core.job.JobListRow;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.session.JobPreview;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Run Once wizard: jobs pasted or dropped, checked row by row (link, in practice mode on the practice
 * site, detected ATS, jobs the profile applied to before) with {@link SessionService#preview} — the same rules
 * {@code createRunOnce} applies — then a run_once session created and its run started.
 *
 * <p>The job list is the pasted text followed by every drop, a job given more than once merged into its first
 * row ({@link SessionService#withoutRepeats}), numbered from 1 in that order. All
 * methods must be called on the UI thread; reading, checking and starting run through the
 * {@link TaskExecutor}.
 */
public final class RunOnceViewModel {
    /** The state of a row that blocks Start because it is no web link. */
    static final String NOT_A_WEB_LINK = "Not a web link";
    /** The state of a row that blocks Start in practice mode because it is off the practice site. */
    static final String NOT_A_PRACTICE_JOB = "Not a practice job";
    /** The state of a row applied to again because the profile's earlier application to it failed. */
    static final String APPLIED_BEFORE_FAILED = "Applied before, failed";

    private final ProfileService profiles;
    private final SessionService sessions;
    private final RunCoordinator coordinator;
    private final JobListReader reader;
    private final List<JobRef> practiceJobs;
    private final TaskExecutor executor;
    private final Consumer<SessionCreated> onStarted;

    // ---- Properties ----
    private final StringProperty pastedText = new SimpleStringProperty("");
    /** One entry per drop, in the order they happened, filled in once its content was read. */
    private final List<Drop> drops = new ArrayList<>();
    private final ReadOnlyStringWrapper dropSummary = new ReadOnlyStringWrapper("");
    private final ProfileChoice profileChoice = new ProfileChoice();
    private final ObjectProperty<Profile> profile = profileChoice.chosenProperty();
    private final ObservableList<ResumeOption> resumeOptions = FXCollections.observableArrayList();
    private final ObjectProperty<ResumeOption> resumeOption = new SimpleObjectProperty<>();
    private final StringProperty overrideEmail = new SimpleStringProperty("");
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper listMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mergedNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper listRefused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStart;
    private final BooleanBinding listHasProblem;

    /** The jobs of the last check, in row order: what Start sends. */
    private List<JobRef> checkedJobs = List.of();
    /** Incremented for every check; a result from an older check is dropped. */
    private long checkGeneration;

    /**
     * @param practiceJobs the practice ATS's jobs in practice mode, else empty
     * @param onStarted    called on the UI thread once the session exists and its run was started
     */
    public RunOnceViewModel(ProfileService profiles, SessionService sessions, RunCoordinator coordinator,
                            JobListReader reader, List<JobRef> practiceJobs, TaskExecutor executor,
                            Consumer<SessionCreated> onStarted) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.coordinator = coordinator;
        this.reader = reader;
        this.practiceJobs = List.copyOf(practiceJobs);
        this.executor = executor;
        this.onStarted = onStarted;
        profile.addListener((obs, old, now) -> {
            offerResumesOf(now);
            checkJobs();
        });
        canStart = Bindings.createBooleanBinding(this::startAllowed, rows, profile, checking, starting, listRefused);
        listHasProblem = Bindings.createBooleanBinding(
                () -> listRefused.get() || rows.stream().anyMatch(r -> r.state() == JobRow.State.INVALID),
                rows, listRefused);
    }

    // ---- Properties ----

    /** What the candidate typed or pasted; bound to the text area. Call {@link #checkJobs()} after edits. */
    public StringProperty pastedTextProperty() {
        return pastedText;
    }

    /** e.g. "2 drops: 7 links", or "" when nothing was dropped. */
    public ReadOnlyStringProperty dropSummaryProperty() {
        return dropSummary.getReadOnlyProperty();
    }

    public ObservableList<Profile> profiles() {
        return profileChoice.profiles();
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    /** The chosen profile's rules, then each of its resumes; follows the profile. */
    public ObservableList<ResumeOption> resumeOptions() {
        return resumeOptions;
    }

    /** The resume Start sends: one of {@link #resumeOptions()}; its first (the rules) after a profile change. */
    public ObjectProperty<ResumeOption> resumeOptionProperty() {
        return resumeOption;
    }

    /** Sent instead of the profile's email when not blank. */
    public StringProperty overrideEmailProperty() {
        return overrideEmail;
    }

    /** Fill and stop before submit (AWAITING_REVIEW). */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /** The checked rows, in the candidate's order. */
    public ObservableList<JobRow> rows() {
        return rows;
    }

    /** A sentence about the whole list: a count, or why it cannot start (e.g. MAX_JOBS_EXCEEDED's). */
    public ReadOnlyStringProperty listMessageProperty() {
        return listMessage.getReadOnlyProperty();
    }

    /** e.g. "3 repeated links were merged.", or "" when every job was given once. */
    public ReadOnlyStringProperty mergedNoteProperty() {
        return mergedNote.getReadOnlyProperty();
    }

    /** True when the list cannot start as it is: refused as a whole, or a row is no web link (or no practice job). */
    public BooleanBinding listHasProblemProperty() {
        return listHasProblem;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    /** Why the last Start failed, or "". */
    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    /** True when a profile is chosen and the list has 1–100 jobs, at least one OK and none invalid. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public boolean hasPracticeJobs() {
        return !practiceJobs.isEmpty();
    }

    // ---- Commands ----

    /** Loads the profiles, keeping the chosen one, else picking the first (the demo candidate in practice mode). */
    public void load() {
        profileChoice.load(profiles, executor, startError::set);
    }

    /**
     * Adds what was dropped: the files read as job lists, else the first text form that holds links.
     * Drops keep the order they happened in, even when a later one is read first.
     */
    public void drop(DroppedContent content) {
        Drop drop = new Drop();
        drops.add(drop);
        BackgroundTask.of(() -> readDropped(content))
                .onSuccess(read -> {
                    drop.rows = read;
                    drop.read = true;
                    checkJobs();
                })
                .onFailure(error -> {
                    drops.remove(drop);
                    listMessage.set(ErrorText.of(error));
                })
                .executeWith(executor);
    }

    /** Practice mode: adds every practice job (with company and title) as one drop. */
    public void loadPracticeJobs() {
        Drop drop = new Drop();
        drop.read = true;
        for (int i = 0; i < practiceJobs.size(); i++) {
            drop.rows.add(new JobListRow(i + 1, practiceJobs.get(i), null));
        }
        drops.add(drop);
        checkJobs();
    }

    /** Forgets the pasted text and every drop. */
    public void clear() {
        pastedText.set("");
        drops.clear();
        checkJobs();
    }

    /** Re-reads the pasted text and re-checks every row against the chosen profile's earlier applications. */
    public void checkJobs() {
        long generation = ++checkGeneration;
        String text = pastedText.get();
        List<List<JobListRow>> dropped = drops.stream().map(d -> List.copyOf(d.rows)).filter(r -> !r.isEmpty())
                .collect(Collectors.toList());
        String profileId = profile.get() == null ? null : profile.get().profileId();
        dropSummary.set(describeDrops(dropped));
        checking.set(true);
        BackgroundTask.of(() -> check(text, dropped, profileId))
                .onSuccess(result -> {
                    if (generation == checkGeneration) {
                        checkedJobs = result.jobs();
                        rows.setAll(result.rows());
                        listRefused.set(result.refused());
                        listMessage.set(result.message());
                        mergedNote.set(result.mergedNote());
                    }
                })
                .onFailure(error -> {
                    if (generation == checkGeneration) {
                        checkedJobs = List.of();
                        rows.clear();
                        listRefused.set(true);
                        listMessage.set(ErrorText.of(error));
                        mergedNote.set("");
                    }
                })
                .onFinished(() -> {
                    if (generation == checkGeneration) {
                        checking.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Creates the run_once session and starts its run; then hands it to {@code onStarted}. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        String profileId = profile.get().profileId();
        List<JobRef> jobs = checkedJobs;
        String email = overrideEmail.get() == null || overrideEmail.get().isBlank() ? null : overrideEmail.get().trim();
        String resumeId = resumeOption.get() == null ? null : resumeOption.get().resumeId();
        boolean review = reviewMode.get();
        startError.set("");
        starting.set(true);
        BackgroundTask.of(() -> {
                    SessionCreated created = sessions.createRunOnce(
                            new RunOnceRequest(profileId, jobs, null, email, resumeId, review));
                    coordinator.start(created.run().sessionRunId());
                    return created;
                })
                .onSuccess(created -> {
                    clear();
                    onStarted.accept(created);
                })
                .onFailure(error -> startError.set(ErrorText.of(error)))
                .onFinished(() -> starting.set(false))
                .executeWith(executor);
    }

    // ---- Presentation (pure, tested directly) ----

    /** One table row from one checked job. */
    static JobRow toRow(JobPreview preview) {
        JobRef job = preview.job();
        String link = job == null || job.link() == null ? "" : job.link().trim();
        AtsType ats = preview.link() == null ? null : preview.link().atsType();
        String atsName = ats == null ? "" : ats.displayName();
        String company = job == null ? null : job.companyName();
        String title = job == null ? null : job.title();
        String explanation = preview.message() == null ? "" : preview.message();
        switch (preview.verdict()) {
            case OK:
                // Start applies again to a job that failed before; the row says it was tried.
                return preview.earlierStatus() == ApplicationStatus.FAILED
                        ? new JobRow(preview.rowNumber(), company, title, link, atsName, JobRow.State.OK,
                                APPLIED_BEFORE_FAILED, explanation)
                        : new JobRow(preview.rowNumber(), company, title, link, atsName, JobRow.State.OK, "OK", "");
            case ALREADY_APPLIED:
                return new JobRow(preview.rowNumber(), company, title, link, atsName, JobRow.State.DUPLICATE,
                        alreadyAppliedText(preview.earlierStatus()), explanation);
            case OFF_PRACTICE_SITE:
                return new JobRow(preview.rowNumber(), company, title, link, atsName, JobRow.State.INVALID,
                        NOT_A_PRACTICE_JOB, explanation);
            case DUPLICATE_IN_LIST: // the check merges a list's repeats before the preview
                throw new IllegalStateException("Job " + preview.rowNumber() + " repeats a job of the list");
            default:
                return new JobRow(preview.rowNumber(), company, title, link, atsName, JobRow.State.INVALID,
                        NOT_A_WEB_LINK, explanation);
        }
    }

    /**
     * Why a job the profile applied to before is skipped, in the words of that application's status: it was sent,
     * it is in a run, it waits for the candidate (who would otherwise look for a sent application), or the candidate
     * discarded it.
     */
    private static String alreadyAppliedText(ApplicationStatus earlier) {
        if (ApplicationStatus.waitingOnCandidate().contains(earlier)) {
            return "Waiting for you in " + Destination.NEEDS_YOU.label();
        }
        switch (earlier) {
            case SUCCESS:
                return "Already sent";
            case CANCELLED: // only a discarded one blocks
                return "Discarded before";
            default: // QUEUED, PROCESSING
                return "Already in a run (" + ApplicationStatusText.of(earlier) + ")";
        }
    }

    /**
     * Offers the resumes of {@code chosen}, keeping the resume chosen before when it is still one of them (the
     * profiles are read again on every visit), else the rules.
     */
    private void offerResumesOf(Profile chosen) {
        String keep = resumeOption.get() == null ? null : resumeOption.get().resumeId();
        resumeOptions.setAll(ResumeOption.of(chosen));
        resumeOption.set(resumeOptions.stream().filter(o -> o.resumeId() != null && o.resumeId().equals(keep))
                .findFirst().orElse(resumeOptions.isEmpty() ? null : resumeOptions.get(0)));
    }

    // ---- Helpers (worker thread) ----

    private List<JobListRow> readDropped(DroppedContent content) {
        List<JobListRow> read = new ArrayList<>();
        for (Path file : content.files()) {
            read.addAll(reader.readFile(file));
        }
        if (!read.isEmpty()) {
            return read;
        }
        List<JobListRow> firstNonEmpty = List.of();
        for (String text : content.texts()) {
            List<JobListRow> candidate = reader.readText(text);
            if (candidate.stream().anyMatch(row -> row.problem() == null)) {
                return candidate;
            }
            if (firstNonEmpty.isEmpty()) {
                firstNonEmpty = candidate;
            }
        }
        return firstNonEmpty;
    }

    private CheckResult check(String text, List<List<JobListRow>> dropped, String profileId) {
        List<JobListRow> given = new ArrayList<>(text == null || text.isBlank() ? List.of() : reader.readText(text));
        dropped.forEach(given::addAll);
        // A list pasted twice is still one list: a repeat would otherwise be a row, and an application, skipped.
        List<JobListRow> all = sessions.withoutRepeats(given);
        String merged = mergedNote(given.size() - all.size());
        // Every row goes to the preview, so row numbers match; a row the reader could not read
        // keeps its raw text as the link and comes back "Not a web link".
        List<JobRef> jobs = all.stream().map(JobListRow::job).collect(Collectors.toList());
        if (jobs.isEmpty()) {
            return new CheckResult(List.of(), jobs, false, "", merged);
        }
        try {
            SessionService.checkJobCount(jobs.size());
        } catch (ApplyDeskException tooMany) {
            return new CheckResult(List.of(), List.of(), true, tooMany.getMessage(), merged);
        }
        if (profileId == null) {
            return new CheckResult(List.of(), jobs, true, "Choose a profile to check the jobs against.", merged);
        }
        List<JobPreview> previews = sessions.preview(profileId, jobs);
        List<JobRow> checked = new ArrayList<>(previews.size());
        for (int i = 0; i < previews.size(); i++) {
            JobRow row = toRow(previews.get(i));
            String readerProblem = all.get(i).problem();
            // The reader's sentence says why better than "not a web link" when it could not read the row.
            checked.add(readerProblem == null ? row : new JobRow(row.number(), row.companyName(), row.title(),
                    row.link(), row.ats(), JobRow.State.INVALID, NOT_A_WEB_LINK, readerProblem));
        }
        return new CheckResult(checked, jobs, false, summary(checked), merged);
    }

    private boolean startAllowed() {
        if (profile.get() == null || checking.get() || starting.get() || listRefused.get() || rows.isEmpty()
                || drops.stream().anyMatch(d -> !d.read)) {
            return false;
        }
        boolean anyOk = rows.stream().anyMatch(r -> r.state() == JobRow.State.OK);
        boolean anyInvalid = rows.stream().anyMatch(r -> r.state() == JobRow.State.INVALID);
        return anyOk && !anyInvalid;
    }

    /**
     * e.g. "5 jobs: 3 to apply to, 1 applied to before (skipped), 1 is not a web link — fix or remove it to start"; in
     * practice mode, links off the practice site are counted apart, and the sentence why follows.
     */
    private static String summary(List<JobRow> checked) {
        long ok = checked.stream().filter(r -> r.state() == JobRow.State.OK).count();
        long appliedBefore = checked.stream().filter(r -> r.state() == JobRow.State.DUPLICATE).count();
        long offSite = checked.stream().filter(r -> NOT_A_PRACTICE_JOB.equals(r.stateText())).count();
        long notLinks = checked.stream().filter(r -> r.state() == JobRow.State.INVALID).count() - offSite;
        StringBuilder text = new StringBuilder().append(checked.size()).append(checked.size() == 1 ? " job: " : " jobs: ")
                .append(ok).append(" to apply to");
        if (appliedBefore > 0) {
            text.append(", ").append(appliedBefore).append(" applied to before (skipped)");
        }
        if (notLinks > 0) {
            text.append(", ").append(notLinks).append(notLinks == 1 ? " is not a web link" : " are not web links");
        }
        if (offSite > 0) {
            text.append(", ").append(offSite).append(offSite == 1 ? " is" : " are").append(" not on the practice site");
        }
        if (notLinks + offSite > 0) {
            text.append(" — fix or remove ").append(notLinks + offSite == 1 ? "it" : "them").append(" to start");
        }
        if (offSite > 0) {
            text.append(". ").append(PracticeSite.ONLY_PRACTICE_JOBS);
        }
        return text.toString();
    }

    /** Counts links, not jobs: a link repeated across drops is one job of the list. */
    private static String describeDrops(List<List<JobListRow>> dropped) {
        if (dropped.isEmpty()) {
            return "";
        }
        int links = dropped.stream().mapToInt(List::size).sum();
        return dropped.size() + (dropped.size() == 1 ? " drop: " : " drops: ") + links
                + (links == 1 ? " link" : " links");
    }

    private static String mergedNote(int repeats) {
        if (repeats == 0) {
            return "";
        }
        return repeats == 1 ? "1 repeated link was merged." : repeats + " repeated links were merged.";
    }

    /** What one drop brought; empty until read. Touched on the UI thread only. */
    private static final class Drop {
        private List<JobListRow> rows = new ArrayList<>();
        private boolean read;
    }

    /**
     * What one check found: the rows to show, the jobs Start sends, whether the list is refused, a sentence, and how
     * many repeats were merged in words.
     */
    private record CheckResult(List<JobRow> rows, List<JobRef> jobs, boolean refused, String message,
                               String mergedNote) {
    }
}
