package io.applydesk.core.session;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationError;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobListRow;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.ProfileValidator;
import io.applydesk.core.run.RunLimits;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.run.store.LimitDao;
import io.applydesk.core.run.store.RunDao;
import io.applydesk.core.session.store.SearchDao;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.session.store.SessionRow;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.Ids;
import io.applydesk.core.store.SqlFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions as the hosted API's {@code /sessions} endpoints: create run_once, autopilot_once and
 * autopilot_recurring sessions, read and list sessions and their runs, stop, pause and resume.
 * Thread-safe.
 *
 * <p>Stop, pause and resume here change stored state only. The run coordinator's
 * {@code stopSession}/{@code pauseSession}/{@code resumeSession} do the same and also announce the
 * change and (on resume) queue the waiting applications again; live views should use those.
 */
public class SessionService {
    /** The hosted API's limit on jobs per session. */
    public static final int MAX_JOBS = 100;


    private final Jdbi jdbi;
    private final ProfileService profiles;
    private final Clock clock;
    private final JobListCheck jobListCheck;
    private final SessionControl control;
    private final Supplier<RunSettings> runSettings;

    /** With the stored {@link RunSettings} (read at each creation, so a changed cap applies at once). */
    public SessionService(Database db, ProfileService profiles, JobLinkParser links, Clock clock) {
        this.jdbi = db.jdbi();
        this.runSettings = () -> RunSettings.load(db);
        this.profiles = profiles;
        this.clock = clock;
        this.jobListCheck = new JobListCheck(links, clock.getZone());
        this.control = new SessionControl(db, clock);
    }

    /**
     * Refuses a job list that is empty or longer than {@link #MAX_JOBS}.
     *
     * @throws ApplyDeskException VALIDATION_ERROR (no job), MAX_JOBS_EXCEEDED
     */
    public static void checkJobCount(int jobs) {
        if (jobs == 0) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Add at least one job to the session.", "jobs");
        }
        if (jobs > MAX_JOBS) {
            throw new ApplyDeskException(ErrorCode.MAX_JOBS_EXCEEDED,
                    "A session can hold at most " + MAX_JOBS + " jobs; this list has " + jobs + ".", "jobs");
        }
    }

    /**
     * Creates a run_once session with its run and one application per job, all in one
     * transaction: QUEUED, or SKIPPED with DUPLICATE_APPLICATION for a job already in the list or
     * with a live earlier application of the profile. The run is in_progress; call the run
     * coordinator's {@code start(runId)} to process it.
     *
     * @throws ApplyDeskException VALIDATION_ERROR (no job, bad overrideEmail, a resumeId not of the profile's
     *                            resumes), MAX_JOBS_EXCEEDED,
     *                            NOT_FOUND (profile, searchId), PROFILE_INCOMPLETE, INVALID_JOB_URL
     *                            (naming the first bad row, not a web link or in practice mode off the practice
     *                            site; details {@code jobs[i].link}),
     *                            USER_TOTAL_LIMIT_REACHED, USER_MONTHLY_LIMIT_REACHED (the profile's cap is reached)
     */
    public SessionCreated createRunOnce(RunOnceRequest req) {
        checkJobCount(req.jobs().size());
        String overrideEmail = checkedOverrideEmail(req.overrideEmail());
        Profile profile = profiles.get(req.candidateProfileId());
        profiles.requireComplete(profile);
        String resumeId = checkedResumeId(profile, req.resumeId());
        String candidateEmail = overrideEmail != null ? overrideEmail : profile.personalInformation().email();
        Instant now = now();
        return jdbi.inTransaction(h -> {
            SessionDao sessions = h.attach(SessionDao.class);
            ApplicationDao applications = h.attach(ApplicationDao.class);
            SearchContext context = searchContext(h, req.searchId(), new SearchContext(req.jobs().stream()
                    .map(JobRef::title).filter(Objects::nonNull).map(String::trim).filter(t -> !t.isEmpty())
                    .distinct().toList(), List.of()));
            sessions.lockProfile(profile.profileId());
            refuseWhenCapReached(h, profile.profileId(), now);
            List<JobPreview> rows = jobListCheck.check(applications, profile.profileId(), req.jobs());
            Optional<JobPreview> invalid = rows.stream().filter(JobPreview::isRefused).findFirst();
            if (invalid.isPresent()) {
                throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL, invalid.get().message(), invalid.get().field());
            }

            String sessionId = Ids.newId(Ids.SESSION);
            sessions.insert(SessionRow.of(new Session(sessionId, SessionType.RUN_ONCE, profile.profileId(),
                    SessionStatus.ACTIVE, null, null, null, req.searchId(), overrideEmail, resumeId, req.reviewMode(),
                    context, null, now, now)));
            return insertRun(h, sessionId, profile.profileId(), candidateEmail, rows, req.searchId(), now);
        });
    }

    /**
     * Adds a run to a live autopilot session with one application per job found (its search's results),
     * each job checked as {@link #createRunOnce} checks them: links that are no job link (or, in practice mode, are
     * off the practice site) are left out, and jobs
     * the profile already applied to are stored SKIPPED (DUPLICATE_APPLICATION).
     *
     * @throws ApplyDeskException NOT_FOUND for an unknown session; VALIDATION_ERROR when the session has ended
     *                            or is paused, or is not an autopilot session; MAX_JOBS_EXCEEDED above 100 jobs
     */
    public SessionCreated addAutopilotRun(String sessionId, List<JobRef> jobs, String searchId) {
        checkJobCount(jobs.size());
        Session session = get(sessionId);
        if (session.type() == SessionType.RUN_ONCE) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Only autopilot sessions find jobs and start runs of their own.", sessionId);
        }
        if (session.status() != SessionStatus.ACTIVE) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Session " + sessionId + " is "
                    + session.status().apiValue() + ", so it starts no run.", sessionId);
        }
        Profile profile = profiles.get(session.candidateProfileId());
        String candidateEmail = session.overrideEmail() != null ? session.overrideEmail()
                : profile.personalInformation().email();
        Instant now = now();
        return jdbi.inTransaction(h -> {
            h.attach(SessionDao.class).lockProfile(profile.profileId());
            List<JobPreview> rows = jobListCheck.check(h.attach(ApplicationDao.class), profile.profileId(), jobs)
                    .stream().filter(row -> !row.isRefused()).toList();
            return insertRun(h, sessionId, profile.profileId(), candidateEmail, rows, searchId, now);
        });
    }

    /** Inserts a run of {@code sessionId} with an application per checked job row, in list order. */
    private static SessionCreated insertRun(Handle h, String sessionId, String profileId, String candidateEmail,
                                            List<JobPreview> rows, String searchId, Instant now) {
        RunDao runs = h.attach(RunDao.class);
        ApplicationDao applications = h.attach(ApplicationDao.class);
        String runId = Ids.newId(Ids.RUN);
        runs.insert(runId, sessionId, now, RunStatus.IN_PROGRESS.apiValue());
        for (JobPreview row : rows) {
            JobRef job = row.job();
            ApplicationError skipped = row.isDuplicate()
                    ? new ApplicationError(ErrorCode.DUPLICATE_APPLICATION, row.message()) : null;
            applications.insert(ApplicationRow.create(Ids.newId(Ids.APPLICATION), sessionId, runId,
                    row.rowNumber(), profileId, row.link(), blankToNull(job.title()),
                    blankToNull(job.companyName()), blankToNull(job.jobId()),
                    skipped == null ? ApplicationStatus.QUEUED : ApplicationStatus.SKIPPED, candidateEmail,
                    searchId, skipped, now));
        }
        List<Application> created = applications.withAttempts(applications.inRun(runId,
                List.of(ApplicationStatus.QUEUED.name(), ApplicationStatus.SKIPPED.name())));
        return new SessionCreated(h.attach(SessionDao.class).find(sessionId).orElseThrow(),
                runs.find(runId).orElseThrow(), created);
    }

    /**
     * Creates an autopilot_once session: one search with the filters, then applications to what it
     * finds (started by the run coordinator). Stored active, without runs yet.
     *
     * @throws ApplyDeskException VALIDATION_ERROR (no jobTitle, bad workType or overrideEmail, a
     *                            schedule given), MAX_JOBS_EXCEEDED (maxJobsPerRun above 100),
     *                            NOT_FOUND (profile, searchId), PROFILE_INCOMPLETE,
     *                            SESSION_ALREADY_ACTIVE (an equal session is active or paused),
     *                            USER_TOTAL_LIMIT_REACHED, USER_MONTHLY_LIMIT_REACHED (the profile's cap is reached)
     */
    public Session createAutopilotOnce(AutopilotRequest req) {
        if (req.schedule() != null) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "An autopilot_once session runs a single time, "
                    + "so it takes no schedule; create an autopilot_recurring session to run on a schedule.",
                    "schedule");
        }
        return createAutopilot(SessionType.AUTOPILOT_ONCE, req, null);
    }

    /**
     * Creates an autopilot_recurring session that searches and applies at every slot of its
     * schedule. Only the schedule's shape is checked here; its next run is set by the scheduler.
     *
     * @throws ApplyDeskException as {@link #createAutopilotOnce}, and VALIDATION_ERROR for a missing or
     *                            malformed schedule (pattern, "HH:mm" time, weekly days, time zone)
     */
    public Session createAutopilotRecurring(AutopilotRequest req) {
        Session created = createAutopilot(SessionType.AUTOPILOT_RECURRING, req,
                AutopilotCheck.schedule(req.schedule(), clock.instant()));
        // Its next run is the scheduler's to set: tell it now rather than at its next minute.
        control.announce();
        return created;
    }

    /**
     * Calls {@code watcher} after a recurring session is created here, and after a session is stopped, paused
     * or resumed here (see {@link SessionControl#addWatcher}); the app passes the scheduler's wake-up.
     */
    public Subscription addSessionWatcher(Runnable watcher) {
        return control.addWatcher(watcher);
    }

    private Session createAutopilot(SessionType type, AutopilotRequest req, Schedule schedule) {
        Filters filters = AutopilotCheck.filters(req.filters());
        Limits limits = AutopilotCheck.limits(req.limits());
        String overrideEmail = checkedOverrideEmail(req.overrideEmail());
        Profile profile = profiles.get(req.candidateProfileId());
        profiles.requireComplete(profile);
        Instant now = now();
        return jdbi.inTransaction(h -> {
            SessionDao sessions = h.attach(SessionDao.class);
            SearchContext context = searchContext(h, req.searchId(),
                    new SearchContext(List.of(filters.jobTitle()), filters.location()));
            // Serialises creation per profile, so two equal requests at once cannot both pass the check below.
            sessions.lockProfile(profile.profileId());
            refuseWhenCapReached(h, profile.profileId(), now);
            Optional<Session> twin = sessions.live(profile.profileId(), type.apiValue()).stream()
                    .filter(s -> filters.equals(s.filters()) && Objects.equals(schedule, s.schedule())).findFirst();
            if (twin.isPresent()) {
                throw new ApplyDeskException(ErrorCode.SESSION_ALREADY_ACTIVE, "This profile already has a "
                        + type.apiValue() + " session with the same filters" + (schedule == null ? "" : " and schedule")
                        + " (" + twin.get().sessionId() + ", " + twin.get().status().apiValue()
                        + "). Stop it first, or change the filters.", twin.get().sessionId());
            }
            String sessionId = Ids.newId(Ids.SESSION);
            // nextRunAt stays null: set by the scheduler.
            sessions.insert(SessionRow.of(new Session(sessionId, type, profile.profileId(), SessionStatus.ACTIVE,
                    schedule, filters, limits, req.searchId(), overrideEmail, null, req.reviewMode(), context, null,
                    now, now)));
            return sessions.find(sessionId).orElseThrow();
        });
    }

    /**
     * Checks a job list as {@link #createRunOnce} would, storing nothing: one preview per row, in
     * order. The list length is not checked here (see {@link #checkJobCount}).
     *
     * @throws ApplyDeskException NOT_FOUND when the profile does not exist
     */
    public List<JobPreview> preview(String profileId, List<JobRef> jobs) {
        profiles.get(profileId);
        return jdbi.withExtension(ApplicationDao.class, dao -> jobListCheck.check(dao, profileId, jobs));
    }

    /**
     * A job list as the candidate gave it at once (pasted, dropped, read from files), with each job once: a later
     * row of a job already in it (same {@linkplain io.applydesk.core.job.JobLink#canonicalKey() key} as
     * {@link #preview} and {@link #createRunOnce} find duplicates by) is merged into the first, so that it is not
     * stored as a SKIPPED application. Rows that are no job link are all kept. Stores nothing.
     */
    public List<JobListRow> withoutRepeats(List<JobListRow> rows) {
        return jobListCheck.withoutRepeats(rows);
    }

    /** @throws ApplyDeskException NOT_FOUND */
    public Session get(String sessionId) {
        return control.get(sessionId);
    }

    /** One page of sessions, newest first. */
    public Page<Session> list(SessionQuery q) {
        SqlFilter filter = new SqlFilter()
                .equal("status", q.status() == null ? null : q.status().apiValue())
                .equal("type", q.type() == null ? null : q.type().apiValue());
        return jdbi.inTransaction(h -> {
            SessionDao dao = h.attach(SessionDao.class);
            return q.page().toPage(dao.page(filter.where(), filter.values(), q.page().limit(), q.page().offset()),
                    dao.count(filter.where(), filter.values()));
        });
    }

    /**
     * One page of a session's runs, newest first, optionally only those in {@code status}.
     *
     * @throws ApplyDeskException NOT_FOUND when the session does not exist
     */
    public Page<SessionRun> runs(String sessionId, PageRequest page, RunStatus status) {
        control.get(sessionId);
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        SqlFilter filter = new SqlFilter()
                .equal("session_id", sessionId)
                .equal("status", status == null ? null : status.apiValue());
        return jdbi.inTransaction(h -> {
            RunDao dao = h.attach(RunDao.class);
            return p.toPage(dao.page(filter.where(), filter.values(), p.limit(), p.offset()),
                    dao.count(filter.where(), filter.values()));
        });
    }

    /**
     * The hosted stop: the session becomes cancelled, its in-progress runs cancelled, its QUEUED
     * applications CANCELLED; PROCESSING ones finish naturally and no new one starts. A session
     * that already ended is returned unchanged.
     *
     * @throws ApplyDeskException NOT_FOUND
     */
    public Session stop(String sessionId) {
        control.stop(sessionId);
        return get(sessionId);
    }

    /**
     * active → paused, as {@link SessionControl#pause}. Pausing a paused session changes nothing.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended or is autopilot_once
     */
    public Session pause(String sessionId) {
        return control.pause(sessionId);
    }

    /**
     * paused → active. Resuming an active session changes nothing.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended or is autopilot_once
     */
    public Session resume(String sessionId) {
        return control.resume(sessionId);
    }

    /**
     * The hosted API refuses to create a session for a profile whose total or monthly cap is reached.
     * Checked under the profile's lock, so it sees the applications counted by a run claiming one now.
     */
    private void refuseWhenCapReached(Handle h, String profileId, Instant now) {
        Optional<ApplyDeskException> refusal = new RunLimits(runSettings.get())
                .sessionRefusal(h.attach(LimitDao.class), profileId, now);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The search's titles and locations when {@code searchId} is given, else {@code otherwise}. */
    private static SearchContext searchContext(Handle h, String searchId, SearchContext otherwise) {
        if (searchId == null) {
            return otherwise;
        }
        return h.attach(SearchDao.class).context(searchId).orElseThrow(() -> new ApplyDeskException(
                ErrorCode.NOT_FOUND, "No search with id " + searchId + " exists.", "searchId"));
    }

    private static String checkedOverrideEmail(String overrideEmail) {
        if (overrideEmail == null || overrideEmail.isBlank()) {
            return null;
        }
        String email = overrideEmail.trim();
        if (!ProfileValidator.isEmail(email)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "'" + email + "' is not a valid email address for overrideEmail.", "overrideEmail");
        }
        return email;
    }

    /** The chosen resume's id, or null (blank included) when the profile's rules are to choose. */
    private static String checkedResumeId(Profile profile, String resumeId) {
        String id = blankToNull(resumeId);
        if (id != null && profile.resume(id).isEmpty()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "That resume is not one of this profile's resumes; choose one of them, or none to let the "
                            + "profile's rules choose.", "resumeId");
        }
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Stored timestamps keep milliseconds, so what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
