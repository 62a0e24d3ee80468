package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.AutopilotRequest;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Limits;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code applydesk sessions} and {@code applydesk runs}, in-process on a real data directory. */
class CliListTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path home;

    /** What was stored before the command ran, newest session first. */
    private record Stored(String profileId, String runOnce, String autopilotOnce, String recurring,
                          SessionRun run) {
    }

    /** A run_once session of two jobs (stopped), then an autopilot_once and a recurring one, an hour apart. */
    private Stored store() {
        DataDirectory dirs = new DataDirectory(home);
        Database db = Database.open(dirs);
        try {
            ProfileService profiles = new ProfileService(db, dirs, Clock.fixed(T0, ZoneOffset.UTC));
            Profile profile = profiles.importProfile(DemoCandidate.writeTo(home.resolve("demo"))).profile();
            String runOnce = sessions(db, profiles, 0).createRunOnce(new RunOnceRequest(profile.profileId(), List.of(
                    JobRef.ofLink("https://boards.greenhouse.io/acme/jobs/1001"),
                    JobRef.ofLink("https://jobs.lever.co/acme/4c1f8a2e-0b6d-4a8e-9f3c-1d2e3f4a5b6c")), null, null,
                    false)).session().sessionId();
            SessionService later = sessions(db, profiles, 1);
            later.stop(runOnce);
            Filters filters = new Filters("Software Engineer", List.of("Leeds"), List.of("Remote"));
            String once = later.createAutopilotOnce(new AutopilotRequest(profile.profileId(), filters, new Limits(25),
                    null, null, null, false)).sessionId();
            String recurring = sessions(db, profiles, 2).createAutopilotRecurring(new AutopilotRequest(
                    profile.profileId(), filters, null, new Schedule("daily", null, "09:00", "Europe/London"), null,
                    null, false)).sessionId();
            SessionRun run = later.runs(runOnce, null, null).data().get(0);
            return new Stored(profile.profileId(), runOnce, once, recurring, run);
        } finally {
            db.close();
        }
    }

    private static SessionService sessions(Database db, ProfileService profiles, int hoursLater) {
        return new SessionService(db, profiles, new JobLinkParser(),
                Clock.fixed(T0.plus(Duration.ofHours(hoursLater)), ZoneOffset.UTC));
    }

    @Test
    void sessionsAreATableNewestFirstWithAPageLine() {
        Stored s = store();
        CliInvocation run = cli("sessions");

        assertEquals(Cli.EXIT_OK, run.exit(), run::describe);
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run::describe);
        assertEquals(List.of("ID", "TYPE", "STATUS", "PROFILE", "CREATED", "(UTC)", "NEXT", "RUN", "(UTC)", "RUNS",
                "APPLICATIONS"), List.of(lines.get(0).split("\\s+")));
        assertEquals(List.of(s.recurring, "autopilot_recurring", "active", s.profileId, "2026-11-02", "11:00", "-",
                "0", "0"), List.of(lines.get(1).split("\\s+")));
        assertEquals(List.of(s.autopilotOnce, "autopilot_once", "active", s.profileId, "2026-11-02", "10:00", "-",
                "0", "0"), List.of(lines.get(2).split("\\s+")));
        assertEquals(List.of(s.runOnce, "run_once", "cancelled", s.profileId, "2026-11-02", "09:00", "-", "1", "0"),
                List.of(lines.get(3).split("\\s+")));
        assertEquals("Page 1 of 1 (3 sessions).", lines.get(4));
        // Columns line up: every row's second column starts where the header's does.
        int typeColumn = lines.get(0).indexOf("TYPE");
        assertTrue(lines.subList(1, 4).stream().allMatch(l -> l.indexOf(" run_once") == typeColumn - 1
                || l.indexOf(" autopilot_") == typeColumn - 1), run::describe);
        assertEquals("", run.err());
    }

    @Test
    void sessionsAreFilteredByStatusAndType() {
        Stored s = store();
        CliInvocation cancelled = cli("sessions", "--status", "cancelled");
        assertEquals(Cli.EXIT_OK, cancelled.exit(), cancelled::describe);
        assertTrue(cancelled.out().lines().toList().get(1).startsWith(s.runOnce + " "), cancelled::describe);
        assertTrue(cancelled.out().contains("(1 session)."), cancelled::describe);

        CliInvocation recurring = cli("sessions", "--type=AUTOPILOT_RECURRING", "--status", "active");
        assertEquals(3, recurring.out().lines().count(), recurring::describe);
        assertTrue(recurring.out().lines().toList().get(1).startsWith(s.recurring + " "), recurring::describe);

        CliInvocation none = cli("sessions", "--status", "paused");
        assertEquals(Cli.EXIT_OK, none.exit());
        assertEquals("No sessions.", none.out().strip());
    }

    @Test
    void sessionsJsonIsTheApiListShapeWithPagination() throws IOException {
        Stored s = store();
        CliInvocation first = cli("sessions", "--json", "--limit", "2");
        assertEquals(Cli.EXIT_OK, first.exit(), first::describe);
        JsonNode page1 = Json.mapper().readTree(first.out());
        assertEquals(2, page1.get("data").size());
        assertEquals(s.recurring, page1.at("/data/0/sessionId").asText());
        assertEquals("daily", page1.at("/data/0/schedule/pattern").asText());
        assertEquals(s.autopilotOnce, page1.at("/data/1/sessionId").asText());
        assertEquals(25, page1.at("/data/1/limits/maxJobsPerRun").asInt());
        assertEquals(Json.mapper().readTree("{\"page\":1,\"limit\":2,\"total\":3,\"totalPages\":2}"),
                page1.get("pagination"));

        JsonNode page2 = Json.mapper().readTree(cli("sessions", "--json", "--limit", "2", "--page", "2").out());
        assertEquals(1, page2.get("data").size());
        assertEquals(s.runOnce, page2.at("/data/0/sessionId").asText());
        assertEquals(1, page2.at("/data/0/stats/totalRuns").asInt());
        assertEquals("2026-11-02T09:00:00Z", page2.at("/data/0/createdAt").asText());
    }

    @Test
    void runsListTheSessionsRunsWithTheirStats() throws IOException {
        Stored s = store();
        CliInvocation table = cli("runs", s.runOnce);
        assertEquals(Cli.EXIT_OK, table.exit(), table::describe);
        List<String> lines = table.out().lines().toList();
        assertEquals(3, lines.size(), table::describe);
        assertEquals(List.of("RUN", "ID", "STATUS", "STARTED", "(UTC)", "COMPLETED", "(UTC)", "JOBS", "FOUND",
                "ATTEMPTED", "SUCCESSFUL", "FAILED"), List.of(lines.get(0).split("\\s+")));
        assertEquals(List.of(s.run.sessionRunId(), "cancelled", "2026-11-02", "09:00", "2026-11-02", "10:00", "2",
                        String.valueOf(s.run.stats().applicationsAttempted()), "0", "0"),
                List.of(lines.get(1).split("\\s+")));
        assertEquals("Page 1 of 1 (1 run).", lines.get(2));

        JsonNode json = Json.mapper().readTree(cli("runs", "--json", s.runOnce).out());
        assertEquals(s.run.sessionRunId(), json.at("/data/0/sessionRunId").asText());
        assertEquals(s.runOnce, json.at("/data/0/sessionId").asText());
        assertEquals("cancelled", json.at("/data/0/status").asText());
        assertEquals(2, json.at("/data/0/stats/jobsFound").asInt());
        assertEquals(1, json.at("/pagination/total").asInt());

        assertEquals("No runs.", cli("runs", s.runOnce, "--status", "completed").out().strip());
        assertEquals("No runs.", cli("runs", s.recurring).out().strip());
    }

    @Test
    void anUnknownSessionIsNotFoundWithStatusTwo() {
        store();
        CliInvocation run = cli("runs", "sess_nope");
        assertEquals(Cli.EXIT_BAD_INPUT, run.exit(), run::describe);
        assertEquals("error: NOT_FOUND: No session with id sess_nope exists.", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void anEmptyDataDirectoryHasNoSessions() {
        CliInvocation run = cli("sessions");
        assertEquals(Cli.EXIT_OK, run.exit(), run::describe);
        assertEquals("No sessions.", run.out().strip());
    }

    @Test
    void helpPrintsTheOptionsOfBothCommands() {
        CliInvocation run = cli("runs", "--help");
        assertEquals(Cli.EXIT_OK, run.exit());
        for (String option : new String[] {"applydesk sessions", "applydesk runs SESSION_ID", "--status S",
                "--type T", "--page N", "--limit N", "--json"}) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sessions --status running   | --status: 'running' is not a known status. Use one of: active, paused, completed, cancelled.",
        "sessions --type weekly      | --type: 'weekly' is not a known type. Use one of: run_once, autopilot_once, autopilot_recurring.",
        "sessions --limit 101        | The option --limit takes a whole number from 1 to 100; '101' is not one.",
        "sessions --limit=0          | The option --limit takes a whole number from 1 to 100; '0' is not one.",
        "sessions --page two         | The option --page takes a whole number of 1 or more; 'two' is not one.",
        "sessions --status           | The option --status needs a value, for example: --status STATUS.",
        "sessions --all              | '--all' is not an option of sessions. Run 'applydesk sessions --help' to see them.",
        "sessions sess_1             | 'sess_1' is not an option of sessions. Run 'applydesk sessions --help' to see them.",
        "runs                        | Say whose runs to list: applydesk runs SESSION_ID (the ids are in 'applydesk sessions').",
        "runs sess_1 --type run_once | '--type' is not an option of runs. Run 'applydesk runs --help' to see them.",
        "runs sess_1 --status active | --status: 'active' is not a known status. Use one of: in_progress, completed, failed, cancelled.",
        "runs sess_1 sess_2          | 'sess_2' is not an option of runs. Run 'applydesk runs --help' to see them.",
    })
    void aBadOptionIsNamedWithStatusTwo(String commandLine, String sentence) {
        CliInvocation run = cli(commandLine.trim().split(" "));
        assertEquals(Cli.EXIT_BAD_INPUT, run.exit(), run::describe);
        assertEquals("error: VALIDATION_ERROR: " + sentence, run.err().strip());
        assertEquals("", run.out());
    }

    private CliInvocation cli(String... args) {
        return CliInvocation.run(home, args);
    }
}
