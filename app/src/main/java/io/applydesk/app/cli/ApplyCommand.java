package io.applydesk.app.cli;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobListRow;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.json.SessionReport;
import io.applydesk.core.profile.ImportResult;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.Subscription;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code applydesk apply} and {@code applydesk autopilot}: imports the profile, creates the session with its
 * first run (apply: the jobs given, a run_once session; autopilot: the jobs a search found, an autopilot_once
 * session), runs it, prints a line per application as it ends and a summary, and writes the report when asked.
 *
 * <p>A stop request (Ctrl-C) stops the session with the hosted semantics — queued applications are
 * cancelled, the ones being processed finish — and the command then ends with status 1.
 */
final class ApplyCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyCommand.class);
    /** The statuses that count as "reached a final status" for exit status 0 (DESIGN.md). */
    private static final Set<ApplicationStatus> FINAL = EnumSet.of(ApplicationStatus.SUCCESS,
            ApplicationStatus.FAILED, ApplicationStatus.SKIPPED, ApplicationStatus.NEEDS_INPUT,
            ApplicationStatus.AWAITING_REVIEW);
    /** How often the wait for the run wakes up; the run itself has no time limit. */
    private static final Duration AWAIT_SLICE = Duration.ofMinutes(1);
    /** How long a stop request waits for the applications being processed to finish. */
    private static final Duration STOP_GRACE = Duration.ofMinutes(2);

    private final PrintStream out;
    private final PrintStream err;
    private final AppOptions baseOptions;
    private final StopSignal stopSignal;
    private final Function<AppOptions, AppContext> contextOpener;

    /** Guards the hand-over between the command and a stop request arriving on another thread. */
    private final Object lock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private AppContext context;
    private String sessionId;
    private boolean stopRequested;

    /** @param contextOpener {@code AppContext::open}; tests wrap it to look at the practice server afterwards */
    ApplyCommand(PrintStream out, PrintStream err, AppOptions baseOptions, StopSignal stopSignal,
                 Function<AppOptions, AppContext> contextOpener) {
        this.out = out;
        this.err = err;
        this.baseOptions = baseOptions;
        this.stopSignal = stopSignal;
        this.contextOpener = contextOpener;
    }

    /** How a command creates its session and first run, once the app is open and the profile imported. */
    @FunctionalInterface
    interface SessionMaker {
        SessionCreated create(AppContext context, Profile profile);
    }

    /** Runs {@code apply} once; returns the exit status. */
    int run(ApplyArguments arguments) {
        return run(arguments.runOptions(), (opened, profile) -> opened.sessions().createRunOnce(
                new RunOnceRequest(profile.profileId(), jobs(arguments), null, null, arguments.review())));
    }

    /**
     * Runs a command whose session {@code maker} creates; returns the exit status. Bad input (the profile, the
     * jobs, the session's options) ends it with {@link Cli#EXIT_BAD_INPUT} before anything is applied to; a
     * profile whose total or monthly cap is reached, with {@link Cli#EXIT_UNFINISHED}.
     */
    int run(RunOptions options, SessionMaker maker) {
        try (StopSignal.Registration ignored = stopSignal.onStop(this::stopAndWait)) {
            SessionCreated created;
            try {
                created = prepare(options, maker);
            } catch (ApplyDeskException refused) {
                err.println("error: " + refused.describe());
                // A reached cap is no mistake in the command: the same command works again next month.
                return isCapReached(refused) ? Cli.EXIT_UNFINISHED : Cli.EXIT_BAD_INPUT;
            }
            return runToTheEnd(options, created);
        } catch (ApplyDeskException e) {
            err.println("error: " + e.describe());
            return Cli.EXIT_UNFINISHED;
        } catch (RuntimeException e) {
            return Cli.unexpected(err, LOG, "apply", e);
        } finally {
            closeContext();
            finished.countDown();
        }
    }

    private static boolean isCapReached(ApplyDeskException e) {
        return e.code() == ErrorCode.USER_TOTAL_LIMIT_REACHED || e.code() == ErrorCode.USER_MONTHLY_LIMIT_REACHED;
    }

    /** Opens the app, imports the profile and creates the session: every bad input shows here. */
    private SessionCreated prepare(RunOptions options, SessionMaker maker) {
        AppContext opened = contextOpener.apply(
                baseOptions.withPractice(options.practice()).withHeadless(options.headless()));
        synchronized (lock) {
            context = opened;
        }
        Profile profile = profile(options);
        SessionCreated created = maker.create(context, profile);
        int jobs = created.applications().size();
        err.println("Applying to " + jobs + (jobs == 1 ? " job" : " jobs") + " as " + profile.name()
                + context.practiceAts().map(p -> " on the practice job site " + p.baseUrl()).orElse("") + ".");
        return created;
    }

    private int runToTheEnd(RunOptions options, SessionCreated created) {
        String runId = created.run().sessionRunId();
        ProgressPrinter printer = new ProgressPrinter(out, created.applications());
        // Duplicates are SKIPPED at creation: they have ended already.
        created.applications().forEach(printer::ended);
        try (Subscription ignored = context.runs().addListener(event -> {
            if (event instanceof ApplicationChanged changed
                    && runId.equals(changed.application().sessionRunId())) {
                printer.ended(changed.application());
            }
        })) {
            synchronized (lock) {
                sessionId = created.session().sessionId();
                if (stopRequested) {
                    context.runs().stopSession(sessionId);
                }
            }
            context.runs().start(runId);
            while (!context.runs().awaitRun(runId, AWAIT_SLICE)) {
                // The engine bounds each application by its own timeouts; keep waiting.
            }
        }
        List<Application> applications = context.applications().inSession(created.session().sessionId());
        // Applications ended without an event (e.g. cancelled by a stop) are printed now.
        applications.forEach(printer::ended);
        printer.summary(applications);
        if (context.practiceAts().isPresent()
                && applications.stream().allMatch(a -> a.status() == ApplicationStatus.SKIPPED)) {
            err.println("Every practice job was applied to in an earlier practice run. To practise from the start"
                    + " again, delete " + context.dataDirectory().root() + ".");
        }
        if (options.report() != null) {
            SessionReport.write(options.report(), context.sessions().get(created.session().sessionId()),
                    applications);
            err.println("Report written to " + options.report().toAbsolutePath() + ".");
        }
        return applications.stream().allMatch(a -> FINAL.contains(a.status())) ? Cli.EXIT_OK : Cli.EXIT_UNFINISHED;
    }

    private Profile profile(RunOptions options) {
        if (options.profile() == null) {
            return context.importDemoCandidate();
        }
        ImportResult imported = context.profiles().importProfile(options.profile());
        imported.warnings().forEach(warning -> err.println("warning: " + warning));
        return imported.profile();
    }

    /** The --job links, then the --jobs file's rows; with --practice and neither, every practice job. */
    private List<JobRef> jobs(ApplyArguments arguments) {
        List<JobRef> jobs = new ArrayList<>();
        arguments.jobLinks().forEach(link -> jobs.add(JobRef.ofLink(link)));
        if (arguments.jobsFile() != null) {
            jobs.addAll(readJobsFile(arguments.jobsFile()));
        }
        if (jobs.isEmpty() && context.practiceAts().isPresent()) {
            PracticeAts practice = context.practiceAts().get();
            practice.jobs().forEach(job -> jobs.add(
                    new JobRef(job.companyName(), job.title(), job.jobId(), job.url())));
        }
        if (jobs.isEmpty()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Say which jobs to apply to: --job URL (repeatable) or --jobs FILE.", "--job");
        }
        return jobs;
    }

    /** The file's rows; the first that is not a job link refuses the whole list, naming its row. */
    private List<JobRef> readJobsFile(Path file) {
        List<JobRef> jobs = new ArrayList<>();
        for (JobListRow row : context.jobLists().readFile(file)) {
            if (row.problem() != null) {
                throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL, file.getFileName() + ": " + row.problem(),
                        "row " + row.rowNumber());
            }
            jobs.add(row.job());
        }
        return jobs;
    }

    /** The stop action: stop the session (now, or as soon as it exists) and wait for the command to end. */
    private void stopAndWait() {
        synchronized (lock) {
            stopRequested = true;
            if (sessionId != null && context != null) {
                err.println("Stopping: queued applications are cancelled, the ones in progress finish.");
                context.runs().stopSession(sessionId);
            }
        }
        try {
            finished.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeContext() {
        synchronized (lock) {
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }
}
