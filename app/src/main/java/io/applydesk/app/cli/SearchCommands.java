package io.applydesk.app.cli;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.profile.ImportResult;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.SearchResult;
import io.applydesk.core.search.fetch.SourceReport;
import io.applydesk.core.session.AutopilotRuns;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code applydesk search} (prints the matching jobs) and the session maker of {@code applydesk autopilot}
 * (searches, creates the autopilot_once session with the search's id, queues what it found).
 */
final class SearchCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SearchCommands.class);

    private SearchCommands() {
    }

    /** Runs {@code search}; returns the exit status. */
    static int search(AutopilotArguments arguments, PrintStream out, PrintStream err, AppOptions baseOptions,
                      Function<AppOptions, AppContext> contextOpener) {
        try (AppContext context = contextOpener.apply(baseOptions.withPractice(arguments.run().practice()))) {
            String profileId = searchingProfile(arguments.run(), context, err).profileId();
            SearchResult found = context.autopilot().search(profileId, arguments.searchRequest());
            reportSources(found, err);
            if (arguments.json()) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(found));
            } else {
                printTable(found, out);
            }
            return Cli.EXIT_OK;
        } catch (ApplyDeskException e) {
            err.println("error: " + e.describe());
            return Cli.EXIT_BAD_INPUT;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return Cli.unexpected(err, LOG, "search", e instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
    }

    /**
     * Whose applications the search leaves out: the --profile file (imported), the demo candidate in practice
     * mode, else the only stored profile.
     */
    private static Profile searchingProfile(RunOptions options, AppContext context, PrintStream err) {
        if (options.profile() != null) {
            ImportResult imported = context.profiles().importProfile(options.profile());
            imported.warnings().forEach(warning -> err.println("warning: " + warning));
            return imported.profile();
        }
        if (options.practice()) {
            return context.importDemoCandidate();
        }
        List<Profile> stored = context.profiles().list();
        if (stored.size() != 1) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Say whose search this is: --profile FILE (its "
                    + "earlier applications are left out), or --practice for the practice job site.", "--profile");
        }
        return stored.get(0);
    }

    /** The {@code autopilot} command's session: search, then an autopilot_once session taking the search's context. */
    static ApplyCommand.SessionMaker autopilotSession(AutopilotArguments arguments, PrintStream err) {
        return (context, profile) -> {
            AutopilotRuns.Started started = context.autopilot().createOnce(profile.profileId(),
                    arguments.searchRequest(), arguments.maxJobs(), arguments.run().review());
            reportSources(started.search(), err);
            return started.run();
        };
    }

    /** One line for the boards read, and one per board that could not be read (the search went on without it). */
    private static void reportSources(SearchResult found, PrintStream err) {
        List<SourceReport> failed = found.sources().stream().filter(s -> !s.ok()).toList();
        err.println("Searched " + found.sources().size() + " job boards: " + found.totalMatched() + " matching jobs"
                + (failed.isEmpty() ? "." : "; " + failed.size() + " boards could not be read."));
        failed.forEach(s -> err.println("warning: " + s.board().companyName() + " (" + s.board().ats().displayName()
                + "): " + s.message()));
    }

    private static void printTable(SearchResult found, PrintStream out) {
        TextTable table = new TextTable("Company", "Title", "Location", "Work type", "ATS", "Posted", "Link");
        for (JobPosting job : found.jobs()) {
            table.row(job.companyName(), job.title(), String.join("; ", job.locations()),
                    job.workType() == null ? null : job.workType().wireName(), job.board().ats().displayName(),
                    job.postedAt() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(
                            job.postedAt().atZone(ZoneOffset.UTC)), job.applyUrl());
        }
        table.print(out);
        out.println(found.jobs().size() + " of " + found.totalMatched() + " matching jobs (search " + found.searchId()
                + ").");
    }
}
