package io.applydesk.core.run;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.run.store.Claim;
import io.applydesk.core.run.store.ClaimedApplication;
import io.applydesk.core.run.store.RunDao;
import io.applydesk.core.run.store.RunStateDao;
import io.applydesk.core.run.store.StopResult;
import io.applydesk.core.run.store.SubmitJournal;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionControl;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the queued applications of session runs on a bounded pool of worker threads
 * ("applydesk-worker-N"), one application per worker at a time.
 *
 * <p>A worker first <em>claims</em> an application: in one transaction that locks the session
 * row, QUEUED becomes PROCESSING only while the session is active, so a stop or pause that has
 * committed always wins. Every status change is written to H2 before it is announced to
 * {@link RunListener}s. A worker never dies: an engine that throws gives a FAILED application
 * (UNCONFIRMED when the submit button had already been clicked).
 *
 * <p>All public methods are thread-safe and may be called from any thread except that
 * {@link #awaitRun} blocks its caller (never call it on the UI thread).
 */
public final class RunCoordinator implements AutoCloseable {
    public static final int DEFAULT_WORKERS = 2;
    /** How long {@link #close()} lets applications being filled in finish before interrupting them. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    /** How often an application is tried when it cannot be taken from the queue, and how long apart. */
    static final int CLAIM_TRIES = 3;
    static final Duration CLAIM_RETRY_DELAY = Duration.ofSeconds(5);
    static final String UNSTARTED_MESSAGE = "ApplyDesk could not start this application: its database did not "
            + "answer, three times. Nothing was sent; apply to this job again in a new session.";

    private static final Logger LOG = LoggerFactory.getLogger(RunCoordinator.class);
    /** Journaled clicks looked up in one query, at most. */
    private static final int IDS_PER_QUERY = 500;

    private final Jdbi jdbi;
    private final RunStateDao state;
    /** The durable record of submit clicks; H2 can lose its newest commits on kill -9 (see SubmitJournal). */
    private final SubmitJournal journal;
    private final ApplicationEngine engine;
    private final ProfileService profiles;
    private final SessionControl sessions;
    private final DataDirectory dirs;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final RunSettings settings;
    /** Replaced whole when the candidate changes the caps (see {@link #useLimits}). */
    private volatile RunLimits limits;
    private final Backoff backoff;
    private final HostSpacing hostSpacing;
    private final Delayer delayer;
    /** The delayer this coordinator made itself and must close; null when one was injected. */
    private final TimerDelayer ownDelayer;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    /** Applications handed to the pool and not yet done, so none is queued twice. */
    private final Set<String> inPool = ConcurrentHashMap.newKeySet();
    /** How many live views want page snapshots now; none means the engine takes none. */
    private final AtomicInteger pageWatchers = new AtomicInteger();
    /** Notified whenever a run may have settled; see {@link #awaitRun}. */
    private final Object settleSignal = new Object();

    /** With the stored {@link RunSettings}, a random jitter and a timer thread for the waits. */
    public RunCoordinator(Database db, ApplicationEngine engine, ProfileService profiles, DataDirectory dirs,
                          int workers, Clock clock) {
        this(db, engine, profiles, dirs, workers, clock, RunSettings.load(db), new Random(), null);
    }

    /**
     * @param random  the source of the retry jitter
     * @param delayer runs retries and host-spaced starts later; null for a timer thread of this coordinator
     */
    public RunCoordinator(Database db, ApplicationEngine engine, ProfileService profiles, DataDirectory dirs,
                          int workers, Clock clock, RunSettings settings, Random random, Delayer delayer) {
        if (workers < 1) {
            throw new IllegalArgumentException("At least one worker is needed, not " + workers);
        }
        this.jdbi = db.jdbi();
        this.state = jdbi.onDemand(RunStateDao.class);
        this.journal = SubmitJournal.beside(dirs.database());
        this.engine = engine;
        this.profiles = profiles;
        this.sessions = new SessionControl(db, clock);
        this.dirs = dirs;
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), CpuPriority.backgroundThreads("applydesk-worker"));
        this.settings = settings;
        this.limits = new RunLimits(settings);
        this.backoff = new Backoff(settings.retryBase(), settings.retryCap(), random);
        this.hostSpacing = new HostSpacing(settings.hostSpacing());
        this.ownDelayer = delayer == null ? new TimerDelayer() : null;
        this.delayer = delayer == null ? ownDelayer : delayer;
    }

    /**
     * Applies changed caps (total, monthly, daily, company cooldown) from the next application claimed on, also in
     * runs already going; the retry and host-spacing settings stay as this coordinator started with.
     */
    public void useLimits(RunSettings changed) {
        limits = new RunLimits(changed);
    }

    /**
     * Queues the run's QUEUED applications, in list order, for the workers. Applications already
     * queued here are not queued twice; a run with nothing left to do is completed at once.
     *
     * @throws ApplyDeskException NOT_FOUND when the run does not exist
     */
    public void start(String sessionRunId) {
        SessionRun run = jdbi.withExtension(RunDao.class, dao -> dao.find(sessionRunId))
                .orElseThrow(() -> new ApplyDeskException(ErrorCode.NOT_FOUND,
                        "No session run with id " + sessionRunId + " exists.", "sessionRunId"));
        List<ApplicationRow> queued = jdbi.withExtension(ApplicationDao.class,
                dao -> dao.inRun(run.sessionRunId(), List.of(ApplicationStatus.QUEUED.name())));
        for (ApplicationRow row : queued) {
            if (inPool.add(row.id())) {
                workers.execute(new ApplicationTask(row));
            }
        }
        if (queued.isEmpty()) {
            settle(sessionRunId);
        }
    }

    /**
     * Makes the state left by a crash or kill truthful; call once at start-up, before any
     * {@link #start}. Applications left PROCESSING become UNCONFIRMED when the submit button may
     * have been clicked (never resubmitted automatically), QUEUED again otherwise. Runs left in
     * progress with nothing more to do (the process died between the last outcome and the run's
     * completion) are completed; their stats are derived from their applications.
     *
     * @return the runs still in progress in active sessions, for the caller to {@link #start} again
     */
    public List<String> recoverInterrupted() {
        List<SubmitJournal.Click> unrecorded = clicksTheDatabaseMayHaveLost(journal.clicks());
        // WHY: after a normal quit there is nothing to recover, and two plain queries say so; the full recovery's DAOs
        // cost ~0.1 s of CPU on their first use, in every desktop start before its window (docs/BENCHMARKS.md).
        if (unrecorded.isEmpty() && !anythingLeftInProgress()) {
            return List.of();
        }
        List<Application> changed = state.recoverInterrupted(now(), unrecorded);
        changed.forEach(app -> LOG.warn("Application {} was interrupted by a shutdown; now {}",
                app.applicationId(), app.status()));
        jdbi.withExtension(RunDao.class, RunDao::inProgress).forEach(this::settle);
        return jdbi.withExtension(RunDao.class, RunDao::unfinishedInActiveSessions);
    }

    /**
     * The journaled clicks whose application is still QUEUED or PROCESSING without a recorded click: the only ones
     * {@link RunStateDao#restoreClick} can act on. The journal keeps every click ever made, so they are sorted out
     * here a few hundred at a time, instead of one query per click at every start.
     */
    private List<SubmitJournal.Click> clicksTheDatabaseMayHaveLost(List<SubmitJournal.Click> clicks) {
        List<String> ids = clicks.stream().map(SubmitJournal.Click::applicationId).distinct().toList();
        Set<String> lost = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            lost.addAll(jdbi.withHandle(h -> h.createQuery("SELECT id FROM application WHERE id IN (<ids>)"
                            + " AND submit_clicked_at IS NULL AND status IN ('QUEUED', 'PROCESSING')")
                    .bindList("ids", chunk).mapTo(String.class).list()));
        }
        return clicks.stream().filter(click -> lost.contains(click.applicationId())).toList();
    }

    /** Whether a kill or crash left an application PROCESSING or a run in progress. */
    private boolean anythingLeftInProgress() {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM application WHERE status = 'PROCESSING')"
                + " OR EXISTS (SELECT 1 FROM session_run WHERE status = 'in_progress')").mapTo(Boolean.class).one());
    }

    /**
     * Waits until the run has ended (completed, or cancelled) and none of its applications is
     * still PROCESSING. Blocks the caller.
     *
     * @return false when the timeout passed first (or the thread was interrupted)
     */
    public boolean awaitRun(String sessionRunId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (settleSignal) {
            while (!state.isSettled(sessionRunId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(settleSignal, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Registers a listener; events are delivered on worker threads (see {@link RunListener}). */
    public Subscription addListener(RunListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Asks the engine for {@link PageSnapshot}s of the pages being filled in, until the returned
     * subscription is closed. Snapshots cost a screenshot each, so only a view that shows them
     * watches, and only while it is shown.
     */
    public Subscription watchPages() {
        pageWatchers.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                pageWatchers.decrementAndGet();
            }
        };
    }

    /**
     * Calls {@code watcher} after a session is stopped, paused or resumed here (see
     * {@link SessionControl#addWatcher}); the app passes the scheduler's wake-up.
     */
    public Subscription addSessionWatcher(Runnable watcher) {
        return sessions.addWatcher(watcher);
    }

    /**
     * Stops the session with the hosted semantics (see {@link SessionControl#stop}), drops its
     * queued work and announces the cancelled applications and runs. Applications being filled
     * in finish naturally. A session that already ended is returned unchanged.
     *
     * @throws ApplyDeskException NOT_FOUND
     */
    public Session stopSession(String sessionId) {
        StopResult result = sessions.stop(sessionId);
        inPool.removeIf(id -> result.cancelledApplicationIds().contains(id));
        workers.getQueue().removeIf(task -> task instanceof ApplicationTask
                && ((ApplicationTask) task).sessionId.equals(sessionId));
        if (result.stopped()) {
            List<Application> cancelled = jdbi.withExtension(ApplicationDao.class,
                    dao -> dao.withAttempts(result.cancelledApplicationIds().stream()
                            .map(id -> dao.findRow(id).orElseThrow()).toList()));
            cancelled.forEach(app -> publish(new ApplicationChanged(app)));
            result.cancelledRunIds().forEach(this::announceRun);
        }
        signalSettle();
        return sessions.get(sessionId);
    }

    /**
     * active → paused: no queued application of the session starts until it is resumed; those
     * being filled in finish.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended
     */
    public Session pauseSession(String sessionId) {
        Session paused = sessions.pause(sessionId);
        inProgressRuns(sessionId).forEach(this::announceRun);
        return paused;
    }

    /**
     * paused → active, and queues the waiting applications of its in-progress runs again.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when the session has ended
     */
    public Session resumeSession(String sessionId) {
        Session resumed = sessions.resume(sessionId);
        for (String runId : inProgressRuns(sessionId)) {
            announceRun(runId);
            start(runId);
        }
        return resumed;
    }

    /**
     * Starts no further application, lets those being filled in finish for up to
     * {@link #CLOSE_GRACE}, then interrupts them. Applications not started stay QUEUED.
     */
    @Override
    public void close() {
        if (ownDelayer != null) {
            ownDelayer.close();
        }
        workers.getQueue().clear();
        inPool.clear();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Applications still running after {}; interrupting them", CLOSE_GRACE);
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // ---- One application, on a worker thread ------------------------------------------------

    /** One application to process; a class (not a lambda) so that a stop can find it in the queue. */
    private final class ApplicationTask implements Runnable {
        final String applicationId;
        final String sessionRunId;
        final String sessionId;
        final AtsType ats;
        final String jobUrl;

        ApplicationTask(ApplicationRow row) {
            this.applicationId = row.id();
            this.sessionRunId = row.sessionRunId();
            this.sessionId = row.sessionId();
            this.ats = AtsType.valueOf(row.atsType());
            this.jobUrl = row.jobUrl();
        }

        /** Set once the task holds a start reserved on its host (see {@link HostSpacing#reserve}). */
        private volatile boolean hostReserved;
        private int claimFailures;

        @Override
        public void run() {
            boolean waiting = false;
            try {
                Duration hostBusy = hostReserved ? Duration.ZERO : hostSpacing.reserve(ats, jobUrl, now());
                hostReserved = true;
                if (!hostBusy.isZero()) {
                    // The worker takes another queued application meanwhile.
                    waiting = later(hostBusy, this);
                    return;
                }
                Claim claim;
                try {
                    claim = state.claim(applicationId, now(), limits);
                } catch (RuntimeException databaseBusy) {
                    waiting = claimFailed(databaseBusy);
                    return;
                }
                claim.skipped().ifPresent(skipped -> publish(new ApplicationChanged(skipped)));
                if (claim.taken().isPresent()) {
                    waiting = process(claim.taken().get(), this);
                }
            } catch (RuntimeException e) {
                LOG.error("Application {} could not be processed", applicationId, e);
            } finally {
                if (!waiting) {
                    inPool.remove(applicationId);
                    settle(sessionRunId);
                }
            }
        }

        /**
         * The application could not be taken from the queue (H2 did not answer: a lock held too long, or a
         * database left inconsistent by a kill). It is tried again a little later; after {@link #CLAIM_TRIES}
         * failures it fails, nothing having been sent, so that its run ends instead of waiting for it forever.
         *
         * @return true when the task waits for another try
         */
        private boolean claimFailed(RuntimeException e) {
            claimFailures++;
            hostReserved = false;
            if (claimFailures < CLAIM_TRIES) {
                LOG.warn("Application {} could not be started (try {} of {}); trying again in {} s", applicationId,
                        claimFailures, CLAIM_TRIES, CLAIM_RETRY_DELAY.toSeconds(), e);
                return later(CLAIM_RETRY_DELAY, this);
            }
            LOG.error("Application {} could not be started after {} tries; it fails so that its run can end",
                    applicationId, CLAIM_TRIES, e);
            state.failUnstarted(applicationId, ErrorCode.FORM_FILL_FAILED, UNSTARTED_MESSAGE, now())
                    .ifPresent(failed -> publish(new ApplicationChanged(failed)));
            return false;
        }
    }

    /**
     * Hands the task back to the workers after the delay; it stays "in the pool" meanwhile. False when
     * the coordinator is closing (the application stays QUEUED for the next start).
     */
    private boolean later(Duration delay, ApplicationTask task) {
        try {
            delayer.after(delay, () -> {
                try {
                    workers.execute(task);
                } catch (RejectedExecutionException closing) {
                    inPool.remove(task.applicationId);
                }
            });
            return true;
        } catch (RejectedExecutionException closing) {
            return false;
        }
    }

    /** Applies; true when a transient failure was queued for a retry that waits in the {@link Delayer}. */
    private boolean process(ClaimedApplication claimed, ApplicationTask task) {
        Application app = claimed.application();
        publish(new ApplicationChanged(app));
        AtomicBoolean submitClicked = new AtomicBoolean();
        ApplyOutcome outcome = apply(claimed, submitClicked);
        if (retryable(outcome, claimed.attempt(), submitClicked.get())) {
            Optional<Application> queued = state.queueForRetry(app.applicationId(), claimed.attempt(), outcome, now());
            if (queued.isPresent()) {
                Duration wait = backoff.delayAfter(claimed.attempt());
                publish(new ApplicationChanged(queued.get()));
                publish(new LogLine(app.sessionRunId(), app.applicationId(), now(), "Attempt " + claimed.attempt()
                        + " failed (" + outcome.errorMessage() + "); trying again in " + wait.toSeconds()
                        + " s (attempt " + (claimed.attempt() + 1) + " of " + settings.maxAttempts() + ")."));
                task.hostReserved = false;
                return later(wait, task);
            }
        }
        Application done = state.recordOutcome(app.applicationId(), claimed.attempt(), outcome, now()).orElse(null);
        if (done == null) {
            LOG.warn("Application {} was no longer PROCESSING; its outcome {} was not stored",
                    app.applicationId(), outcome.status());
            return false;
        }
        recordUnanswered(done);
        publish(new ApplicationChanged(done));
        return false;
    }

    /**
     * Only a timeout or a server error before any submit click is transient: nothing was sent, and the site
     * may answer next time. Anything after a click is final (UNCONFIRMED at worst), as are all other failures.
     */
    private boolean retryable(ApplyOutcome outcome, int attempt, boolean submitClicked) {
        return outcome.status() == ApplicationStatus.FAILED
                && (outcome.errorCode() == ErrorCode.WORKER_TIMEOUT || outcome.transientFailure())
                && !submitClicked && attempt < settings.maxAttempts();
    }

    /** Calls the engine; never throws. */
    private ApplyOutcome apply(ClaimedApplication claimed, AtomicBoolean submitClicked) {
        Application app = claimed.application();
        AtsType ats = claimed.job().atsType();
        try {
            Session session = sessions.get(app.sessionId());
            Profile profile = profiles.get(app.profileId()).withEmailOverride(session.overrideEmail());
            // The session's chosen resume, else a per-title rule's, else the default (rules know titles only).
            // A chosen resume removed since the session was created is no failure: the rules still pick one.
            Resume resume = profile.resume(session.resumeId())
                    .orElseGet(() -> profiles.resumeFor(profile, app.jobTitle()));
            if (resume == null) {
                return ApplyOutcome.failed(ats, ErrorCode.RESUME_DOWNLOAD_FAILED,
                        "The profile has no resume to upload. Add one and try again.", null);
            }
            ApplyRequest request = new ApplyRequest(app.applicationId(), claimed.job(), profile,
                    profiles.fileToSend(resume), profile.answers(), mode(session, claimed),
                    evidenceDirectory(app.applicationId()));
            return checked(engine.apply(request, engineListener(app, claimed.attempt(), submitClicked)), ats);
        } catch (ApplyDeskException e) {
            return ApplyOutcome.failed(ats, e.code(), e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.error("The engine failed on application {}", app.applicationId(), e);
            return engineFailure(ats, e, submitClicked.get());
        }
    }

    /** Review sessions stop before submit, except for an application the candidate approved after its review. */
    private static ApplyMode mode(Session session, ClaimedApplication claimed) {
        return session.reviewMode() && !claimed.approved() ? ApplyMode.REVIEW : ApplyMode.SUBMIT;
    }

    private EngineListener engineListener(Application app, int attempt, AtomicBoolean submitClicked) {
        return new EngineListener() {
            @Override
            public void beforeSubmit() {
                Instant at = now();
                // The journal first: it is on disk when this returns, whatever H2 keeps after a kill -9.
                journal.record(new SubmitJournal.Click(app.applicationId(), attempt, at));
                jdbi.useExtension(ApplicationDao.class, dao -> dao.markSubmitClicked(app.applicationId(), at));
                submitClicked.set(true);
            }

            @Override
            public void log(String line) {
                publish(new LogLine(app.sessionRunId(), app.applicationId(), now(), line));
            }

            @Override
            public boolean snapshotsWanted() {
                return pageWatchers.get() > 0;
            }

            @Override
            public void pageSnapshot(byte[] jpeg) {
                // A snapshot taken just before the last watcher left is dropped, not published.
                if (jpeg != null && snapshotsWanted()) {
                    publish(new PageSnapshot(app.sessionRunId(), app.applicationId(), now(), jpeg));
                }
            }

            @Override
            public void postingSeen(String title, String companyName) {
                Optional<Application> named = jdbi.withExtension(ApplicationDao.class, dao -> {
                    dao.fillPostingNames(app.applicationId(), blankToNull(title), blankToNull(companyName), now());
                    return dao.find(app.applicationId());
                });
                named.ifPresent(updated -> publish(new ApplicationChanged(updated)));
            }
        };
    }

    /** An outcome the store can take: a final status and an ATS, whatever the engine returned. */
    private static ApplyOutcome checked(ApplyOutcome outcome, AtsType linkAts) {
        if (outcome == null || outcome.status() == null || !outcome.status().isFinished()) {
            return ApplyOutcome.failed(linkAts, ErrorCode.FORM_FILL_FAILED,
                    "The application ended without a result, so it was marked as failed.",
                    outcome == null ? null : outcome.evidence());
        }
        if (outcome.atsType() == null) {
            return new ApplyOutcome(outcome.status(), linkAts, outcome.confirmationUrl(), outcome.errorCode(),
                    outcome.errorMessage(), outcome.answers(), outcome.pendingQuestions(), outcome.evidence());
        }
        return outcome;
    }

    /** An engine exception in plain words; after the submit click the truth is "unknown", never "failed". */
    private static ApplyOutcome engineFailure(AtsType ats, RuntimeException e, boolean submitClicked) {
        String cause = e.getMessage() == null || e.getMessage().isBlank()
                ? "an unexpected " + e.getClass().getSimpleName() : e.getMessage().strip();
        if (submitClicked) {
            return new ApplyOutcome(ApplicationStatus.UNCONFIRMED, ats, null, ErrorCode.FORM_FILL_FAILED,
                    "The form was submitted, but something went wrong before the confirmation was seen ("
                            + cause + "). Check with the employer before applying again.",
                    List.of(), List.of(), null);
        }
        return ApplyOutcome.failed(ats, ErrorCode.FORM_FILL_FAILED,
                "The application form could not be filled in because of " + cause + ".", null);
    }

    private Path evidenceDirectory(String applicationId) {
        Path dir = dirs.evidence().resolve(applicationId);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED,
                    "ApplyDesk could not create the evidence folder " + dir + ".", null, e);
        }
    }

    /**
     * The questions nobody could answer go to the answer bank, as the form asked them, waiting for the candidate. Not
     * a site's own step (ATS_BLOCKED: an e-mailed one-time code): its answer is good once, on that site, and a
     * stored one would be typed into every later form that asks.
     */
    private void recordUnanswered(Application done) {
        if (done.error() != null && done.error().code() == ErrorCode.ATS_BLOCKED) {
            return;
        }
        for (PendingQuestion q : done.pendingQuestions()) {
            try {
                profiles.recordAsked(done.profileId(), q);
            } catch (RuntimeException e) {
                LOG.warn("Could not record the unanswered question '{}' of {}", q.label(), done.applicationId(), e);
            }
        }
    }

    // ---- Runs -------------------------------------------------------------------------------

    /** Completes the run if nothing is left to do, announces it, and wakes {@link #awaitRun}. */
    private void settle(String sessionRunId) {
        try {
            if (state.completeRunIfDone(sessionRunId, now())) {
                announceRun(sessionRunId);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not complete run {}", sessionRunId, e);
        }
        signalSettle();
    }

    private void signalSettle() {
        synchronized (settleSignal) {
            settleSignal.notifyAll();
        }
    }

    private void announceRun(String sessionRunId) {
        jdbi.withExtension(RunDao.class, dao -> dao.find(sessionRunId))
                .ifPresent(run -> publish(new RunChanged(run, sessions.get(run.sessionId()))));
    }

    private List<String> inProgressRuns(String sessionId) {
        return jdbi.withExtension(RunDao.class, dao -> dao.idsWithStatus(sessionId, RunStatus.IN_PROGRESS.apiValue()));
    }

    private void publish(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A run listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
