package io.applydesk.app;

import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.core.schedule.DueSlot;
import io.applydesk.core.schedule.ScheduleSettings;
import io.applydesk.core.schedule.Scheduler;
import io.applydesk.core.session.AutopilotRuns;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.SearchService;
import io.applydesk.core.search.catalog.BoardCatalog;
import io.applydesk.core.search.catalog.BoardList;
import io.applydesk.core.search.fetch.BoardFetcher;
import io.applydesk.core.search.fetch.FetchSettings;
import io.applydesk.core.search.fetch.Sleeper;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.JobSources;
import io.applydesk.core.search.store.H2HttpCache;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.engine.EngineSettings;
import io.applydesk.core.account.EncryptedAtsAccounts;
import io.applydesk.automation.engine.PlaywrightApplicationEngine;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobListReader;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service by hand (constructor injection) from {@link AppOptions},
 * and closes them in reverse order. One instance per running app or CLI command.
 *
 * <p>Threading: {@link #open} does I/O (database migration, practice server, profile import) and must
 * not run on the FX thread. The services it hands out are thread-safe.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /** Practice data lives apart from real applications, below the real data directory. */
    static final String PRACTICE_SUBDIRECTORY = "practice";
    /** In practice mode, the address of a practice ATS that is already running, to use instead of starting one. */
    public static final String PRACTICE_URL_VARIABLE = "APPLYDESK_PRACTICE_URL";

    private final AppOptions options;
    private final DataDirectory dataDirectory;
    private final Database database;
    private final PracticeAts practiceAts;
    private final JobLinkParser jobLinks;
    private final JobListReader jobLists;
    private final ProfileService profiles;
    private final SessionService sessions;
    private final ApplicationService applications;
    private final ApplicationEngine engine;
    private final RunCoordinator runs;
    private final FollowUpService followUp;
    private final AnalyticsService analytics;
    private final SearchService searches;
    private final BoardList boardList;
    private final AutopilotRuns autopilot;
    private final Scheduler scheduler;
    private final ApplyDeskException browserProblem;
    private final List<String> interruptedRuns;
    private final DesktopSettings settings;
    private final Path browser;

    private AppContext(AppOptions options, DataDirectory dataDirectory, Database database, PracticeAts practiceAts,
                       JobLinkParser jobLinks, JobListReader jobLists, ProfileService profiles,
                       SessionService sessions, ApplicationService applications, ApplicationEngine engine,
                       RunCoordinator runs, FollowUpService followUp, SearchService searches, BoardList boardList,
                       ApplyDeskException browserProblem, List<String> interruptedRuns, DesktopSettings settings,
                       Path browser) {
        this.options = options;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.practiceAts = practiceAts;
        this.jobLinks = jobLinks;
        this.jobLists = jobLists;
        this.profiles = profiles;
        this.sessions = sessions;
        this.applications = applications;
        this.engine = engine;
        this.runs = runs;
        this.followUp = followUp;
        this.analytics = new AnalyticsService(database, profiles, options.clock());
        this.searches = searches;
        this.boardList = boardList;
        this.autopilot = new AutopilotRuns(sessions, searches, this::searchBoards);
        this.scheduler = new Scheduler(database, options.clock(), this::runSlot,
                new ScheduleSettings(database)::missedSlotPolicy, Scheduler.DEFAULT_GRACE);
        // The scheduler hears of new, paused, resumed and stopped sessions at once (it is built last: no cycle).
        sessions.addSessionWatcher(scheduler::sessionsChanged);
        runs.addSessionWatcher(scheduler::sessionsChanged);
        this.browserProblem = browserProblem;
        this.interruptedRuns = List.copyOf(interruptedRuns);
        this.settings = settings;
        this.browser = browser;
    }

    /**
     * Opens the data directory and database, starts the practice ATS in practice mode (importing the
     * demo candidate when there is no profile yet), and wires the engine, services and run coordinator.
     * Whatever was started is closed again if a later step fails.
     *
     * @throws ApplyDeskException when the database cannot be opened or no browser is found
     */
    public static AppContext open(AppOptions options) {
        return open(options, true);
    }

    /**
     * As {@link #open(AppOptions)}, but a missing browser does not stop the window from opening: the
     * candidate can still edit profiles, and {@link #browserProblem()} says what to install.
     */
    public static AppContext openForDesktop(AppOptions options) {
        return open(options, false);
    }

    /** Whether the window opens on the first-run onboarding: the candidate's own data with no profile yet. */
    public boolean needsOnboarding() {
        return practiceAts == null && !profiles.hasAny();
    }

    private static AppContext open(AppOptions asked, boolean requireBrowser) {
        DataDirectory dataDirectory = dataDirectoryFor(asked);
        // Pushed in opening order, so iterating closes the newest first.
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            // WHY in parallel: starting the practice server and opening the database each take a while at start.
            CompletableFuture<PracticeAts> practiceStart = asked.practice()
                    ? CompletableFuture.supplyAsync(() -> practiceServer(asked, dataDirectory))
                    : CompletableFuture.completedFuture(null);
            // Closed with the rest if anything below fails, including after the server has started.
            opened.push(() -> practiceStartedButUnused(practiceStart));
            Database database = Database.open(dataDirectory);
            opened.push(database::close);
            DesktopSettings settings = new DesktopSettings(database);
            AppOptions options = withStoredSettings(asked, settings);
            // The browser is looked up before anything else starts: without one nothing can be applied.
            Path browser = null;
            ApplyDeskException browserProblem = null;
            try {
                browser = BrowserLocator.find(options.environment(), settings.browserPath().map(Path::toString)
                        .orElse(null));
            } catch (ApplyDeskException e) {
                if (requireBrowser) {
                    throw e;
                }
                browserProblem = e;
            }
            PracticeAts practiceAts = joinPracticeStart(practiceStart);
            // In practice mode the practice site is the only one: sessions refuse links elsewhere, and the
            // engine's browser reaches nothing else.
            PracticeSite practiceSite = practiceAts == null ? null : practiceAts.site();
            JobLinkParser jobLinks = JobLinkParser.forMode(practiceSite);
            ProfileService profiles = new ProfileService(database, dataDirectory, options.clock());
            SessionService sessions = new SessionService(database, profiles, jobLinks, options.clock());
            ApplicationService applications = new ApplicationService(database);
            ApplicationEngine engine = browserProblem == null
                    ? new PlaywrightApplicationEngine(
                            EngineSettings.defaults(browser, practiceSite).withHeadless(options.headless())
                                    .withAtsAccounts(EncryptedAtsAccounts.open(database, dataDirectory)))
                    : new NoBrowserEngine(browserProblem);
            opened.push(engine);
            RunCoordinator runs = new RunCoordinator(database, engine, profiles, dataDirectory, options.workers(),
                    options.clock());
            opened.push(runs::close);
            // A crash or kill may have left applications PROCESSING: make them truthful before anything runs.
            List<String> interruptedRuns = runs.recoverInterrupted();
            AppContext context = new AppContext(options, dataDirectory, database, practiceAts, jobLinks,
                    new JobListReader(), profiles, sessions, applications, engine, runs,
                    new FollowUpService(database, profiles, runs, dataDirectory, options.clock()),
                    searchService(database, practiceAts, jobLinks, options.clock()),
                    new BoardList(database.jdbi(), BoardCatalog.shipped(), jobLinks, options.clock()), browserProblem,
                    interruptedRuns, settings, browser);
            if (practiceAts != null && !profiles.hasAny()) {
                context.importDemoCandidate();
            }
            return context;
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /**
     * The options with the Settings page's choices: what the caller asked for explicitly wins over a stored setting.
     * Browser: {@code APPLYDESK_BROWSER}, then the stored path, then one found (see BrowserLocator). Headless: the
     * {@code --headless} flag (or {@code withHeadless(true)}), else the stored choice. Workers: the stored count, else
     * the options' (no flag sets it).
     */
    static AppOptions withStoredSettings(AppOptions asked, DesktopSettings settings) {
        return asked.withHeadless(asked.headless() || settings.headless())
                .withWorkers(settings.workers(asked.workers()));
    }

    /**
     * The job search over the real board APIs, or in practice mode over the practice server's replicas of
     * them. Practice boards all live on one local host, so the per-host limits that spare real sites are lifted.
     */
    private static SearchService searchService(Database database, PracticeAts practiceAts, JobLinkParser jobLinks,
                                               Clock clock) {
        FetchSettings fetch = practiceAts == null ? FetchSettings.defaults()
                : FetchSettings.defaults().withConcurrency(8, 8).withSpacing(Duration.ZERO);
        BoardApiSettings apis = practiceAts == null ? BoardApiSettings.real()
                : BoardApiSettings.practice(URI.create(practiceAts.baseUrl()));
        BoardFetcher fetcher = new BoardFetcher(new JobSources(), apis, jobLinks, new H2HttpCache(database, clock), fetch,
                clock, Sleeper.REAL, new Random());
        return new SearchService(database, fetcher, clock);
    }

    private static PracticeAts joinPracticeStart(CompletableFuture<PracticeAts> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** On a failed open: stops the practice server whenever its start completes. */
    private static void practiceStartedButUnused(CompletableFuture<PracticeAts> start) {
        start.thenAccept(ats -> {
            if (ats != null) {
                ats.close();
            }
        });
    }

    /**
     * The practice ATS: one of our own, on the port it had the last time in this data directory (the links stored
     * by earlier practice applications name it), or, when {@value #PRACTICE_URL_VARIABLE} is set, the one already
     * running there (a test that kills the app keeps the server alive around it).
     */
    private static PracticeAts practiceServer(AppOptions options, DataDirectory dataDirectory) {
        String url = options.environment().get(PRACTICE_URL_VARIABLE);
        return url == null || url.isBlank() ? PracticeAts.startIn(dataDirectory.root()) : PracticeAts.connect(url);
    }

    /**
     * True when the real (non-practice) data directory holds at least one profile. A fresh machine has
     * none, so plain {@code applydesk} opens in practice mode there. Does not create the database.
     */
    public static boolean hasRealProfiles(AppOptions options) {
        return Database.holdsAProfile(dataDirectoryFor(options.withPractice(false)));
    }

    /** The data directory these options use: the override or the environment's, plus {@code practice/} in practice mode. */
    public static DataDirectory dataDirectoryFor(AppOptions options) {
        DataDirectory root = options.dataDirOverride() != null
                ? new DataDirectory(options.dataDirOverride().toAbsolutePath())
                : DataDirectory.fromEnvironment();
        return options.practice() ? new DataDirectory(root.root().resolve(PRACTICE_SUBDIRECTORY)) : root;
    }

    /**
     * Practice mode only: writes the demo candidate (profile JSON and resume) to {@code <data>/demo} and
     * imports it. Importing again updates the same profile (matched by email), so this is idempotent.
     *
     * @throws IllegalStateException outside practice mode
     */
    public Profile importDemoCandidate() {
        if (practiceAts == null) {
            throw new IllegalStateException("The demo candidate exists only in practice mode.");
        }
        Path profileFile = DemoCandidate.writeTo(dataDirectory.root().resolve("demo"));
        return profiles.importProfile(profileFile).profile();
    }

    /** Every setting of the Settings page, stored in this data directory's database. */
    public DesktopSettings settings() {
        return settings;
    }

    /** The browser applications run in, when one was found. */
    public Optional<Path> browser() {
        return Optional.ofNullable(browser);
    }

    /** Why no application can run (no browser found), when {@link #openForDesktop} tolerated it. */
    public Optional<ApplyDeskException> browserProblem() {
        return Optional.ofNullable(browserProblem);
    }

    /**
     * Starts again the runs a previous process left in progress (their applications were put back to
     * QUEUED, or marked UNCONFIRMED after a possible submit, when this context opened). The desktop app
     * calls this; a CLI command only runs what it was asked to.
     */
    public void resumeInterruptedRuns() {
        interruptedRuns.forEach(runs::start);
    }

    /**
     * Starts firing the slots of recurring sessions (the desktop app does; a CLI command runs only what it was
     * asked to). Slots missed while ApplyDesk was closed are run once or skipped, as the setting says.
     */
    public void startScheduler() {
        scheduler.start();
    }

    /** Fires one slot of a recurring session: its search, then its run on the coordinator. */
    private String runSlot(DueSlot slot) {
        // WHY synchronous: the slot's record keeps the run it started; a search of a board list takes seconds.
        String runId = autopilot.start(slot.sessionId()).run().run().sessionRunId();
        runs.start(runId);
        return runId;
    }

    /** Starts autopilot runs: a search with the session's filters, then its applications. */
    public AutopilotRuns autopilot() {
        return autopilot;
    }

    /**
     * The scheduler of recurring sessions. It hears of sessions created, paused, resumed or stopped through
     * {@link #sessions()} and {@link #runs()} by itself, and of a changed schedule through its own
     * {@code reschedule}.
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    public AppOptions options() {
        return options;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public SessionService sessions() {
        return sessions;
    }

    public ApplicationService applications() {
        return applications;
    }

    /** The engine that fills forms in browsers (told when the candidate uses the window). */
    public ApplicationEngine engine() {
        return engine;
    }

    /** The run coordinator: starts runs, publishes their events, stops sessions. */
    public RunCoordinator runs() {
        return runs;
    }

    /** What the candidate does about applications waiting on them: answer and retry, approve, mark sent. */
    public FollowUpService followUp() {
        return followUp;
    }

    /** The usage figures and analytics of the stored applications. */
    public AnalyticsService analytics() {
        return analytics;
    }

    /** Job search over the board APIs (see {@link #searchBoards()} for which boards). */
    public SearchService searches() {
        return searches;
    }

    /** The candidate's own list of job boards, and the catalog that ships with the app. */
    public BoardList boardList() {
        return boardList;
    }

    /**
     * The boards a search reads: in practice mode the practice server's boards; otherwise the candidate's board
     * list, or, while that list is empty, every board of the shipped catalog.
     */
    public List<Board> searchBoards() {
        if (practiceAts != null) {
            return practiceAts.boards().practiceBoards();
        }
        List<Board> own = boardList.boards();
        return own.isEmpty() ? BoardCatalog.shipped().all() : own;
    }

    public JobLinkParser jobLinks() {
        return jobLinks;
    }

    public JobListReader jobLists() {
        return jobLists;
    }

    /** The practice ATS server, present exactly in practice mode. */
    public Optional<PracticeAts> practiceAts() {
        return Optional.ofNullable(practiceAts);
    }

    /** Closes the coordinator (letting running applications finish), engine, practice server and database. */
    @Override
    public void close() {
        List<AutoCloseable> inOrder = new ArrayList<>();
        inOrder.add(scheduler::close);
        inOrder.add(runs::close);
        inOrder.add(engine);
        if (practiceAts != null) {
            inOrder.add(practiceAts);
        }
        inOrder.add(database::close);
        closeAll(inOrder);
    }

    /** Closes each in list order; one failing does not keep the others open. */
    private static void closeAll(Iterable<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", resource, e);
            }
        }
    }
}
