package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code applydesk apply} end to end, in-process: real H2 in a temp data directory, the real practice
 * ATS on a free port, real headless Chromium.
 */
class CliApplyTest {

    @TempDir
    Path home;

    /** Every practice server the command started, to look at what it received after the command ended. */
    private final List<PracticeAts> servers = new CopyOnWriteArrayList<>();

    @Test
    void practiceRunAppliesToEveryPracticeJobWritesTheReportAndASecondRunSkipsThemAll() throws IOException {
        Path report = home.resolve("report.json");

        Invocation run = apply("--practice", "--headless", "--report", report.toString());

        assertEquals(Cli.EXIT_OK, run.exit, run::describe);
        List<PracticeJob> jobs = server().jobs();
        List<String> progress = run.progressLines();
        assertEquals(jobs.size(), progress.size(), run::describe);
        for (PracticeJob job : jobs) {
            String expected = job.needsCandidateInput() ? "NEEDS_INPUT" : "SUCCESS";
            assertEquals(1, progress.stream().filter(line -> line.startsWith(expected + " ")
                    && line.contains(job.companyName() + " — " + job.title())).count(),
                    () -> "one " + expected + " line for " + job + "\n" + run.describe());
        }
        Set<String> submittable = jobs.stream().filter(j -> !j.needsCandidateInput()).map(PracticeJob::jobId)
                .collect(Collectors.toSet());
        List<String> received = server().submissions().stream().map(RecordedSubmission::jobId).toList();
        assertEquals(submittable, Set.copyOf(received));
        assertEquals(submittable.size(), received.size(), "each job received exactly once");
        long needsInput = jobs.size() - submittable.size();
        assertEquals(jobs.size() + " applications: " + submittable.size() + " SUCCESS"
                + (needsInput > 0 ? ", " + needsInput + " NEEDS_INPUT" : ""), run.summaryLine());

        JsonNode json = Json.mapper().readTree(report.toFile());
        JsonNode session = json.get("session");
        assertEquals("run_once", session.get("type").asText());
        assertTrue(session.get("sessionId").asText().startsWith("sess_"), session::toString);
        assertEquals("completed", session.get("status").asText());
        List<JsonNode> applications = StreamSupport.stream(json.get("applications").spliterator(), false).toList();
        assertEquals(jobs.size(), applications.size());
        for (PracticeJob job : jobs) {
            JsonNode application = applications.stream()
                    .filter(a -> a.get("job_url").asText().equals(job.url())).findFirst().orElseThrow();
            assertTrue(application.get("application_id").asText().startsWith("app_"));
            assertEquals(job.needsCandidateInput() ? "NEEDS_INPUT" : "SUCCESS", application.get("status").asText());
        }

        // The same jobs again (a new practice server): every one is a duplicate, nothing is sent.
        Invocation again = apply("--practice", "--headless");

        assertEquals(Cli.EXIT_OK, again.exit, again::describe);
        assertEquals(jobs.size(), again.progressLines().size(), again::describe);
        assertTrue(again.progressLines().stream()
                        .allMatch(line -> line.startsWith("SKIPPED ") && line.contains("DUPLICATE_APPLICATION")),
                again::describe);
        assertEquals(jobs.size() + " applications: " + jobs.size() + " SKIPPED", again.summaryLine());
        assertEquals(0, servers.get(1).submissions().size(), "nothing sent the second time");
    }

    @Test
    void aStopRequestCancelsWhatHasNotStartedAndEndsWithStatusOne() throws IOException {
        Path report = home.resolve("stopped.json");
        // Ctrl-C arriving at once: the stop runs on its own thread, as a shutdown hook would.
        StopSignal immediately = stop -> {
            Thread thread = new Thread(stop, "test-ctrl-c");
            thread.start();
            return () -> {
            };
        };

        Invocation run = apply(immediately, "--practice", "--headless", "--report", report.toString());

        assertEquals(Cli.EXIT_UNFINISHED, run.exit, run::describe);
        JsonNode json = Json.mapper().readTree(report.toFile());
        assertEquals("cancelled", json.get("session").get("status").asText());
        List<String> statuses = StreamSupport.stream(json.get("applications").spliterator(), false)
                .map(a -> a.get("status").asText()).toList();
        assertTrue(statuses.contains("CANCELLED"), statuses::toString);
        // Only applications already being processed when the stop came may finish and be sent.
        assertEquals(statuses.stream().filter("SUCCESS"::equals).count(), server().submissions().size());
        assertEquals(statuses.size(), run.progressLines().size(), run::describe);
    }

    /**
     * The review stop is one place in the engine, after every page of a form: a multi-page wizard (Workday), a
     * one-page form and the job that needs the candidate show it; the engine tests cover it per adapter.
     */
    @Test
    void reviewModeFillsTheFormsAndSubmitsNothing() {
        try (PracticeAts site = PracticeAts.start(0)) {
            List<PracticeJob> jobs = List.of(
                    site.jobs().stream().filter(job -> job.atsType() == AtsType.WORKDAY).findFirst().orElseThrow(),
                    site.jobs().stream().filter(job -> job.atsType() == AtsType.LEVER && !job.needsCandidateInput())
                            .findFirst().orElseThrow(),
                    site.jobs().stream().filter(PracticeJob::needsCandidateInput).findFirst().orElseThrow());
            List<String> arguments = new ArrayList<>(List.of("--practice", "--headless", "--review"));
            jobs.forEach(job -> arguments.addAll(List.of("--job", job.url())));
            Invocation run = applyWithEnv(Map.of(AppContext.PRACTICE_URL_VARIABLE, site.baseUrl()), StopSignal.NONE,
                    arguments.toArray(String[]::new));

            assertEquals(Cli.EXIT_OK, run.exit, run::describe);
            for (PracticeJob job : jobs) {
                String expected = job.needsCandidateInput() ? "NEEDS_INPUT" : "AWAITING_REVIEW";
                // A link alone names no company: the page tells it, except Workday's, which shows only the title.
                assertEquals(1, run.progressLines().stream().filter(line -> line.startsWith(expected + " ")
                        && line.contains(job.title())).count(), run::describe);
            }
            assertEquals(3, run.progressLines().size(), run::describe);
            assertEquals(0, site.submissions().size(), "review mode never submits");
        }
    }

    @Test
    void aMissingBrowserIsExplained() {
        Invocation run = applyWithEnv(Map.of("APPLYDESK_BROWSER", home.resolve("no-such-browser").toString()),
                StopSignal.NONE, "--practice", "--headless");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: "), run::describe);
        assertTrue(run.err.contains("APPLYDESK_BROWSER"), run::describe);
    }

    @Test
    void anInvalidLinkIsRefusedBeforeAnythingIsSent() {
        Invocation run = apply("--practice", "--headless", "--job", "htp:/nowhere");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: INVALID_JOB_URL: "), run::describe);
        assertTrue(run.err.contains("htp:/nowhere"), run::describe);
        assertEquals("", run.out);
        assertEquals(0, server().submissions().size());
    }

    /** The practice banner's promise on the command line: links off the practice site are refused, none is opened. */
    @Test
    void inPracticeModeLinksOffThePracticeSiteAreRefusedBeforeAnythingIsSent() {
        Invocation run = apply("--practice", "--headless", "--job", "https://boards.greenhouse.io/acme/jobs/4012345",
                "--job", "https://example.com/about-us");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: INVALID_JOB_URL: Job 1: 'https://boards.greenhouse.io/acme/jobs/4012345'"
                + " is not on the practice site. " + PracticeSite.ONLY_PRACTICE_JOBS), run::describe);
        assertEquals("", run.out, "no application was made");
        assertEquals(0, server().submissions().size());
    }

    @Test
    void moreThanAHundredJobsAreRefused() throws IOException {
        Path list = home.resolve("jobs.txt");
        Files.write(list, IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "https://boards.greenhouse.io/acme/jobs/" + (4000000 + i)).toList());

        Invocation run = apply("--practice", "--headless", "--jobs", list.toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: MAX_JOBS_EXCEEDED: "), run::describe);
        assertTrue(run.err.contains("101"), run::describe);
        assertEquals(0, server().submissions().size());
    }

    @Test
    void aJobsFileRowThatIsNotALinkIsNamed() throws IOException {
        Path list = home.resolve("jobs.txt");
        Files.writeString(list, "https://boards.greenhouse.io/acme/jobs/4000001\nhello there\n");

        Invocation run = apply("--practice", "--headless", "--jobs", list.toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: INVALID_JOB_URL: jobs.txt: "), run::describe);
        assertTrue(run.err.contains("2"), run::describe);
        assertEquals(0, server().submissions().size());
    }

    @Test
    void aMissingJobsFileIsRefused() {
        Invocation run = apply("--practice", "--headless", "--jobs", home.resolve("nope.txt").toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: "), run::describe);
        assertTrue(run.err.contains("nope.txt"), run::describe);
    }

    @Test
    void aMissingProfileFileIsRefused() {
        Path missing = home.resolve("missing-profile.json");

        Invocation run = apply("--practice", "--headless", "--profile", missing.toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.startsWith("error: "), run::describe);
        assertTrue(run.err.contains("missing-profile.json"), run::describe);
        assertEquals(0, server().submissions().size());
    }

    @Test
    void aMalformedProfileIsRefused() throws IOException {
        Path profile = home.resolve("broken.json");
        Files.writeString(profile, "{\n  \"personalInformation\": {\"firstName\": \"Jo\",,}\n");

        Invocation run = apply("--practice", "--headless", "--profile", profile.toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: "), run::describe);
        assertEquals(0, server().submissions().size());
    }

    @Test
    void withoutProfileOrPracticeItAsksForAProfile() {
        Invocation run = apply("--headless", "--job", "https://boards.greenhouse.io/acme/jobs/4000001");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: Say which profile"), run::describe);
        assertTrue(servers.isEmpty(), "nothing was opened");
    }

    @Test
    void aProfileFileWithoutJobsOutsidePracticeAsksForJobs() {
        Path profile = DemoCandidate.writeTo(home.resolve("candidate"));

        Invocation run = apply("--headless", "--profile", profile.toString());

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("error: VALIDATION_ERROR: Say which jobs to apply to"), run::describe);
        assertTrue(servers.isEmpty(), "no practice server outside practice mode");
    }

    @Test
    void anUnknownOptionIsRefused() {
        Invocation run = apply("--practice", "--turbo");

        assertEquals(Cli.EXIT_BAD_INPUT, run.exit, run::describe);
        assertTrue(run.err.contains("'--turbo' is not an option of apply"), run::describe);
    }

    private PracticeAts server() {
        assertEquals(1, servers.size(), "one practice server per invocation");
        return servers.get(0);
    }

    private Invocation apply(String... args) {
        return apply(StopSignal.NONE, args);
    }

    private Invocation apply(StopSignal stopSignal, String... args) {
        return applyWithEnv(Map.of(), stopSignal, args);
    }

    private Invocation applyWithEnv(Map<String, String> extraEnv, StopSignal stopSignal, String... args) {
        List<String> full = new ArrayList<>(List.of("apply"));
        full.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("APPLYDESK_HOME", home.toString());
        AppOptions options = Cli.optionsFor(env);
        int exit = Cli.run(full.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), options, stopSignal, opts -> {
                    AppContext context = AppContext.open(opts);
                    context.practiceAts().ifPresent(servers::add);
                    return context;
                });
        return new Invocation(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Invocation(int exit, String out, String err) {

        /** Every stdout line but the summary: one per application. */
        List<String> progressLines() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
        }

        String summaryLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        String describe() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
