package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.app.AppContext;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code applydesk search} and {@code applydesk autopilot} end to end, in-process: real H2 in a temp data
 * directory, the practice ATS's board APIs and application forms on a free port, real headless Chromium.
 */
class CliSearchTest {
    private static final String TITLE = "Software Engineer";

    @TempDir
    Path home;

    private final List<PracticeAts> servers = new CopyOnWriteArrayList<>();

    @Test
    void searchOnThePracticeBoardsFindsTheSoftwareEngineerJobsOnSeveralAts() throws IOException {
        Invocation run = run("search", "--practice", "--title", TITLE, "--json");

        assertEquals(Cli.EXIT_OK, run.exit, run::describe);
        JsonNode result = Json.mapper().readTree(run.out);
        List<JsonNode> jobs = StreamSupport.stream(result.get("jobs").spliterator(), false).toList();
        // The board APIs link each job's posting; the practice job's URL is its form, below that posting.
        List<String> links = jobs.stream().map(j -> j.get("applyUrl").asText()).toList();
        List<PracticeJob> expected = softwareEngineerJobs(servers.get(0));
        assertEquals(expected.size(), links.size(), run::describe);
        for (PracticeJob job : expected) {
            assertEquals(1, links.stream().filter(link -> job.url().startsWith(link)).count(), job + " " + links);
        }
        assertTrue(jobs.stream().map(j -> j.get("board").get("ats").asText()).distinct().count() >= 4, run::describe);
        assertTrue(result.get("searchId").asText().startsWith("srch_"), run::describe);
        assertTrue(run.err.contains("Searched "), run::describe);
    }

    @Test
    void searchPrintsATableWithTheLinks() {
        Invocation run = run("search", "--practice", "--title", TITLE, "--work-type", "Remote", "--max-jobs", "500");

        assertEquals(Cli.EXIT_OK, run.exit, run::describe);
        assertTrue(run.out.lines().findFirst().orElse("").startsWith("Company"), run::describe);
        assertTrue(run.out.lines().reduce((a, b) -> b).orElse("").contains("matching jobs (search srch_"),
                run::describe);
    }

    @Test
    void autopilotAppliesToWhatTheSearchFound() throws IOException {
        Path report = home.resolve("autopilot.json");

        Invocation run = run("autopilot", "--practice", "--headless", "--title", TITLE, "--report",
                report.toString());

        assertEquals(Cli.EXIT_OK, run.exit, run::describe);
        List<PracticeJob> found = softwareEngineerJobs(servers.get(0));
        assertTrue(found.size() >= 5, found::toString);
        JsonNode json = Json.mapper().readTree(report.toFile());
        assertEquals("autopilot_once", json.get("session").get("type").asText(), json::toString);
        assertEquals(found.size(), json.get("applications").size(), json::toString);
        assertTrue(StreamSupport.stream(json.get("applications").spliterator(), false)
                .allMatch(a -> a.get("status").asText().equals("SUCCESS")), json::toString);
        Set<String> received = servers.get(0).submissions().stream().map(RecordedSubmission::jobId)
                .collect(Collectors.toSet());
        assertEquals(found.stream().map(PracticeJob::jobId).collect(Collectors.toSet()), received);
    }

    @Test
    void withoutATitleNothingIsSearched() {
        Invocation run = run("autopilot", "--practice", "--headless");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: Say which job title"), run::describe);
        assertTrue(servers.isEmpty(), "nothing was opened");
    }

    @Test
    void anUnknownWorkTypeIsRefused() {
        Invocation run = run("search", "--practice", "--title", TITLE, "--work-type", "Moon base");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("'Moon base' is not one of Remote, On-site or Hybrid"), run::describe);
    }

    /** The practice postings titled as software engineers: the board-only ones a title search should find. */
    private static List<PracticeJob> softwareEngineerJobs(PracticeAts ats) {
        return ats.boardOnlyJobs().stream().filter(job -> job.title().toLowerCase(Locale.ROOT).contains("software"))
                .toList();
    }

    private Invocation run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Cli.optionsFor(Map.of("APPLYDESK_HOME",
                        home.toString())), StopSignal.NONE, opts -> {
                    AppContext context = AppContext.open(opts);
                    context.practiceAts().ifPresent(servers::add);
                    return context;
                });
        return new Invocation(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Invocation(int exit, String out, String err) {
        String describe() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
