package io.applydesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.core.common.Page;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.ApiJson;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code applydesk sessions} and {@code applydesk runs SESSION_ID}: one page of sessions or of a
 * session's runs, as a table or as the hosted API's {@code {data, pagination}} JSON.
 *
 * <p>Only the database is opened: listing needs no browser, no practice server and starts nothing.
 */
final class ListCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ListCommand.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream err;
    private final AppOptions options;

    /** @param options the data directory (with {@code practice}: the practice data) and the clock */
    ListCommand(PrintStream out, PrintStream err, AppOptions options) {
        this.out = out;
        this.err = err;
        this.options = options;
    }

    /** Prints one page of sessions, newest first; returns the exit status. */
    int sessions(ListArguments arguments) {
        return withSessions(sessions -> {
            Page<Session> page = sessions.list(arguments.sessionQuery());
            if (arguments.json()) {
                printJson(page, ApiJson::session);
                return;
            }
            TextTable table = new TextTable("ID", "TYPE", "STATUS", "PROFILE", "CREATED (UTC)", "NEXT RUN (UTC)",
                    "RUNS", "APPLICATIONS");
            for (Session s : page.data()) {
                SessionStats stats = s.stats();
                table.row(s.sessionId(), s.type().apiValue(), s.status().apiValue(), s.candidateProfileId(),
                        time(s.createdAt()), time(stats.nextRunAt()), stats.totalRuns(), stats.totalApplications());
            }
            printTable(table, page, "sessions");
        });
    }

    /** Prints one page of the session's runs, newest first; returns the exit status (2 for an unknown session). */
    int runs(ListArguments arguments) {
        return withSessions(sessions -> {
            Page<SessionRun> page = sessions.runs(arguments.sessionId(), arguments.page(), arguments.runStatus());
            if (arguments.json()) {
                printJson(page, ApiJson::run);
                return;
            }
            TextTable table = new TextTable("RUN ID", "STATUS", "STARTED (UTC)", "COMPLETED (UTC)", "JOBS FOUND",
                    "ATTEMPTED", "SUCCESSFUL", "FAILED");
            for (SessionRun r : page.data()) {
                RunStats stats = r.stats();
                table.row(r.sessionRunId(), r.status().apiValue(), time(r.startedAt()), time(r.completedAt()),
                        stats.jobsFound(), stats.applicationsAttempted(), stats.applicationsSuccessful(),
                        stats.applicationsFailed());
            }
            printTable(table, page, "runs");
        });
    }

    /** Opens the database, runs {@code body} and maps its refusals to exit statuses. */
    private int withSessions(Consumer<SessionService> body) {
        Database db = null;
        try {
            DataDirectory dirs = AppContext.dataDirectoryFor(options);
            db = Database.open(dirs);
            body.accept(new SessionService(db, new ProfileService(db, dirs, options.clock()), new JobLinkParser(),
                    options.clock()));
            return Cli.EXIT_OK;
        } catch (ApplyDeskException e) {
            err.println("error: " + e.describe());
            // The options were checked before; what is refused here is an unknown session id, or a database
            // that cannot be opened (e.g. held by the running app), which is no fault of the command line.
            return e.code() == ErrorCode.NOT_FOUND ? Cli.EXIT_BAD_INPUT : Cli.EXIT_UNFINISHED;
        } catch (RuntimeException e) {
            return Cli.unexpected(err, LOG, "listing", e);
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private <T> void printJson(Page<T> page, Function<T, ? extends JsonNode> item) {
        try {
            out.println(Json.mapper().writeValueAsString(ApiJson.page(page, item)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table, then where this page is, e.g. "Page 1 of 3 (45 sessions)."; only a sentence when there is none. */
    private void printTable(TextTable table, Page<?> page, String things) {
        long total = page.pagination().total();
        if (total == 0) {
            out.println("No " + things + ".");
            return;
        }
        table.print(out);
        out.println("Page " + page.pagination().page() + " of " + page.pagination().totalPages() + " (" + total + " "
                + (total == 1 ? things.substring(0, things.length() - 1) : things) + ").");
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
