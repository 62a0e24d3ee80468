package io.applydesk.app.cli;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.instance.InstanceClaim;
import io.applydesk.app.instance.SingleInstance;
import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.core.error.ApplyDeskException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;

/**
 * The terminal commands of {@code applydesk}: {@code apply}, {@code autopilot}, {@code search},
 * {@code sessions}, {@code runs}, {@code help}, {@code --version}.
 * Runs in-process and returns the exit status, so tests drive it like a terminal would.
 */
public final class Cli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_UNFINISHED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    static final String USAGE = """
            Usage:
              applydesk                  open the desktop app (on a fresh machine it opens in practice mode)
              applydesk --practice       open the desktop app on the built-in practice job site
              applydesk --background     start the desktop app in the system tray, without its window
              applydesk apply [options]  apply to jobs from the terminal (a run_once session)
              applydesk autopilot [opts] find matching jobs on the job boards and apply (autopilot_once)
              applydesk search [opts]    print the jobs on the job boards that match
              applydesk sessions [opts]  list sessions, newest first
              applydesk runs SESSION_ID  list a session's runs, newest first (options as for sessions)
              applydesk boards [...]     your own job boards: list, add LINK, remove, group (boards --help)
              applydesk --help           show this help
              applydesk --version        show the version

            Options of apply:
              --profile FILE   the candidate profile, a JSON file in the hosted API's shape
              --job URL        a job posting link; repeat it for several jobs
              --jobs FILE      a list of jobs: plain text (one link a line), CSV
                               (companyName,title,jobId,link) or a JSON array of job objects
              --headless       run the browser without a window
              --review         fill in each form and stop before submitting (AWAITING_REVIEW)
              --report FILE    write the session and its applications as JSON
              --practice       use the built-in practice job site; without --profile, apply as the
                               demo candidate; without jobs, apply to every practice job

            One line is printed per application as it ends, then a summary.
            Exit status: 0 when every application reached a final status (SUCCESS, FAILED, SKIPPED,
            NEEDS_INPUT, AWAITING_REVIEW); 1 otherwise (e.g. stopped with Ctrl-C, or the profile has
            reached its limit of applications in all or for the month); 2 on bad input.

            Options of autopilot and search (the hosted API's job search filters):
              --title T        a job title to look for; repeat it for several (required)
              --location L     a place ("Austin, TX", "Remote", "Remote (US)"); repeatable
              --work-type W    Remote, On-site or Hybrid; repeatable
              --max-jobs N     autopilot: apply to at most N jobs (1 to 100); search: show N (1 to 500)
              --practice       search the practice job site's boards (as the demo candidate)
              --profile FILE   whose earlier applications are left out (and, for autopilot, who applies)
              autopilot also takes --headless, --review and --report FILE as apply does;
              search also takes --json (print the jobs as JSON instead of a table).
            Without a board list of your own, every board of the catalog that ships with ApplyDesk is read.

            Options of sessions and runs:
              --status S       sessions: active, paused, completed or cancelled;
                               runs: in_progress, completed, failed or cancelled
              --type T         sessions only: run_once, autopilot_once or autopilot_recurring
              --page N         the page to show (default 1)
              --limit N        items per page, 1 to 100 (default 20)
              --json           print the hosted API's JSON ({data, pagination}) instead of a table
              --practice       list what was done on the practice job site

            Exit status of sessions and runs: 0 when listed; 2 on a bad option or an unknown session.
            Data lives in APPLYDESK_HOME when set, else in the usual place for your system. One program
            uses a data folder at a time: while the ApplyDesk window or another command has it open, a
            command is refused (exit status 1); close the window or wait for the command, then try again.
            (Practice data is a folder of its own, so a practice command runs beside the real window.)
            """;

    private Cli() {
    }

    /**
     * Runs one command.
     *
     * @param args the command line after {@code applydesk}, e.g. {@code apply --practice --headless}
     * @param env  the environment: {@code APPLYDESK_HOME} (data directory), {@code APPLYDESK_BROWSER}
     * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_UNFINISHED} or {@link #EXIT_BAD_INPUT}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, StopSignal.NONE);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Map)}, stopping a running session on {@code stopSignal}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                          StopSignal stopSignal) {
        return run(args, out, err, optionsFor(env), stopSignal, AppContext::open);
    }

    /**
     * As above with explicit base options (data directory, workers, clock; apply's flags are laid over
     * them) and the way to open the app context.
     */
    static int run(String[] args, PrintStream out, PrintStream err, AppOptions baseOptions, StopSignal stopSignal,
                   Function<AppOptions, AppContext> contextOpener) {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "help":
            case "--help":
            case "-h":
                out.print(USAGE);
                return EXIT_OK;
            case "--version":
                out.println("ApplyDesk " + version());
                return EXIT_OK;
            case "apply":
                return parseAndRun(out, err, () -> ApplyArguments.parse(rest), ApplyArguments::help,
                        a -> exclusively(command, baseOptions.withPractice(a.practice()), err,
                                () -> new ApplyCommand(out, err, baseOptions, stopSignal, contextOpener).run(a)));
            case "autopilot":
                return parseAndRun(out, err, () -> AutopilotArguments.parseAutopilot(rest), AutopilotArguments::help,
                        a -> exclusively(command, baseOptions.withPractice(a.run().practice()), err,
                                () -> new ApplyCommand(out, err, baseOptions, stopSignal, contextOpener)
                                        .run(a.run(), SearchCommands.autopilotSession(a, err))));
            case "search":
                return parseAndRun(out, err, () -> AutopilotArguments.parseSearch(rest), AutopilotArguments::help,
                        a -> exclusively(command, baseOptions.withPractice(a.run().practice()), err,
                                () -> SearchCommands.search(a, out, err, baseOptions, contextOpener)));
            case "sessions":
                return parseAndRun(out, err, () -> ListArguments.parseSessions(rest), ListArguments::help,
                        a -> exclusively(command, baseOptions.withPractice(a.practice()), err,
                                () -> new ListCommand(out, err, baseOptions.withPractice(a.practice())).sessions(a)));
            case "runs":
                return parseAndRun(out, err, () -> ListArguments.parseRuns(rest), ListArguments::help,
                        a -> exclusively(command, baseOptions.withPractice(a.practice()), err,
                                () -> new ListCommand(out, err, baseOptions.withPractice(a.practice())).runs(a)));
            case "boards":
                return exclusively(command, baseOptions, err,
                        () -> new BoardsCommand(out, err, baseOptions).run(rest));
            default:
                err.println(command.isEmpty() ? "error: no command given." : "error: unknown command '" + command + "'.");
                err.print(USAGE);
                return EXIT_BAD_INPUT;
        }
    }

    /** Parses a command's arguments and runs it: refused arguments exit with 2, {@code --help} prints the usage. */
    private static <A> int parseAndRun(PrintStream out, PrintStream err, Supplier<A> parse, Predicate<A> help,
                                       ToIntFunction<A> command) {
        A arguments;
        try {
            arguments = parse.get();
        } catch (ApplyDeskException e) {
            err.println("error: " + e.describe());
            return EXIT_BAD_INPUT;
        }
        if (help.test(arguments)) {
            out.print(USAGE);
            return EXIT_OK;
        }
        return command.applyAsInt(arguments);
    }

    /**
     * Runs a command that opens the data directory's database only while no other ApplyDesk holds it: the
     * database is a file one program uses at a time, so every command (listing ones too) is refused beside
     * the desktop app or another command, with {@link #EXIT_UNFINISHED}, rather than failing inside H2.
     */
    static int exclusively(String command, AppOptions options, PrintStream err, IntSupplier body) {
        Path dataDir = AppContext.dataDirectoryFor(options).root();
        InstanceClaim claim;
        try {
            claim = SingleInstance.claim(dataDir, command);
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return EXIT_UNFINISHED;
        }
        if (claim instanceof InstanceClaim.AlreadyRunning running) {
            err.println("error: " + running.refusal().describe());
            return EXIT_UNFINISHED;
        }
        try (SingleInstance held = ((InstanceClaim.Acquired) claim).instance()) {
            return body.getAsInt();
        }
    }

    /** Logs what no command expected, tells the person where the details are, and returns {@link #EXIT_UNFINISHED}. */
    static int unexpected(PrintStream err, Logger log, String command, RuntimeException e) {
        log.error("applydesk {} failed", command, e);
        err.println("error: ApplyDesk ran into a problem it did not expect (" + e
                + "). The log in the data directory has the details.");
        return EXIT_UNFINISHED;
    }

    /**
     * Data directory from {@code APPLYDESK_HOME} in {@code env}, else the one chosen in Settings, else the OS
     * convention; default workers.
     */
    static AppOptions optionsFor(Map<String, String> env) {
        String home = env.get("APPLYDESK_HOME");
        Path dataDir = home == null || home.isBlank() ? null : Path.of(home);
        return DataFolderChoice.forThisComputer(env)
                .applyTo(new AppOptions(dataDir, false, false, AppOptions.DEFAULT_WORKERS, Clock.systemUTC(), env));
    }

    /** The version from the jar manifest; "development build" when running from classes. */
    public static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
