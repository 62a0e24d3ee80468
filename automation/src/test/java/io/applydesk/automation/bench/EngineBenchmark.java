package io.applydesk.automation.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.engine.EngineSettings;
import io.applydesk.automation.engine.PlaywrightApplicationEngine;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One application on the practice Greenhouse replica (the Data Analyst form: contact fields, location
 * autocomplete, resume upload, yes/no and single selects, EEO section), done by the engine and by a
 * minimal hand-written Playwright script with hard-coded selectors, alternating in one run: warm-up,
 * then {@value #ITERATIONS} iterations each; medians and ratios are printed. The engine runs with and
 * without evidence capture (screenshots, page HTML, answers.json, trace).
 *
 * <p>Run with {@code ./mvnw -B -o -Pbench -pl automation verify}. Results go into docs/BENCHMARKS.md.
 */
public final class EngineBenchmark {
    private static final int WARM_UP = 2;
    private static final int ITERATIONS = 10;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("applydesk-bench");
        Path profileFile = DemoCandidate.writeTo(work.resolve("candidate"));
        Profile profile = Json.mapper().readValue(profileFile.toFile(), Profile.class);
        Path resume = profileFile.resolveSibling(DemoCandidate.RESUME_FILE);
        Path browserPath = BrowserLocator.find(System.getenv(), null);

        try (PracticeAts ats = PracticeAts.start(0)) {
            PracticeJob job = ats.jobs().stream()
                    .filter(j -> j.jobId().equals(GreenhouseJobs.DATA_ANALYST.jobId())).findFirst().orElseThrow();
            EngineSettings settings = EngineSettings.defaults(browserPath, ats.hostAliases()).withHeadless(true);
            JobLinkParser parser = new JobLinkParser(ats.hostAliases());
            List<Long> script = new ArrayList<>();
            List<Long> engineBare = new ArrayList<>();
            List<Long> engineEvidence = new ArrayList<>();
            try (PlaywrightApplicationEngine bare = new PlaywrightApplicationEngine(settings.withCaptureEvidence(false));
                 PlaywrightApplicationEngine withEvidence = new PlaywrightApplicationEngine(settings);
                 MinimalScript minimal = new MinimalScript(browserPath, job.url(), resume)) {
                int[] counter = {0};
                Supplier<ApplyRequest> request = () -> new ApplyRequest("app_bench_" + counter[0]++,
                        parser.parse(job.url()), profile, resume, profile.answers(), ApplyMode.SUBMIT,
                        work.resolve("evidence").resolve("app_" + counter[0]));
                for (int i = 0; i < WARM_UP + ITERATIONS; i++) {
                    boolean measured = i >= WARM_UP;
                    // Alternate the order so that neither side always runs on a warmer machine.
                    Runnable[] order = i % 2 == 0
                            ? new Runnable[] {
                                () -> record(measured, script, minimal::apply),
                                () -> record(measured, engineBare, () -> check(bare.apply(request.get(), EngineListener.NONE))),
                                () -> record(measured, engineEvidence,
                                        () -> check(withEvidence.apply(request.get(), EngineListener.NONE)))}
                            : new Runnable[] {
                                () -> record(measured, engineEvidence,
                                        () -> check(withEvidence.apply(request.get(), EngineListener.NONE))),
                                () -> record(measured, engineBare, () -> check(bare.apply(request.get(), EngineListener.NONE))),
                                () -> record(measured, script, minimal::apply)};
                    for (Runnable run : order) {
                        run.run();
                    }
                }
            }
            double scriptMs = median(script);
            double bareMs = median(engineBare);
            double evidenceMs = median(engineEvidence);
            System.out.println();
            System.out.println("ApplyDesk engine benchmark: one Greenhouse classic application ("
                    + GreenhouseJobs.DATA_ANALYST.title() + "), " + ITERATIONS + " iterations each after "
                    + WARM_UP + " warm-up, median ms");
            System.out.printf("  minimal Playwright script      %8.1f ms%n", scriptMs);
            System.out.printf("  engine, no evidence            %8.1f ms   ratio %.2f%n", bareMs, bareMs / scriptMs);
            System.out.printf("  engine, with evidence          %8.1f ms   ratio %.2f%n", evidenceMs, evidenceMs / scriptMs);
            System.out.println("  samples script   " + script);
            System.out.println("  samples bare     " + engineBare);
            System.out.println("  samples evidence " + engineEvidence);
            System.out.println("  submissions received: " + ats.submissions().size());
            System.out.println("  machine: " + Machine.describe());
        }
    }

    private static void record(boolean measured, List<Long> samples, Runnable run) {
        long start = System.nanoTime();
        run.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (measured) {
            samples.add(millis);
        }
    }

    private static void check(ApplyOutcome outcome) {
        if (outcome.status() != ApplicationStatus.SUCCESS) {
            throw new IllegalStateException("The engine did not apply: " + outcome.errorMessage());
        }
    }

    private static double median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The same application written by hand for this one form: what the engine is measured against. */
    private static final class MinimalScript implements AutoCloseable {
        private final Playwright playwright;
        private final Browser browser;
        private final String url;
        private final Path resume;

        MinimalScript(Path browserPath, String url, Path resume) {
            this.playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(browserPath).setHeadless(true)
                    .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage")));
            this.url = url;
            this.resume = resume;
        }

        void apply() {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                page.navigate(url);
                page.fill("#first_name", "Jordan");
                page.fill("#last_name", "Rivera");
                page.fill("#email", "jordan.rivera@example.com");
                page.fill("#phone", "+1 5125550147");
                page.fill("#job_application_location", "Austin");
                page.click("#location_autocomplete-items-popup li");
                page.click("#cover_letter_fieldset [data-source=paste]");
                page.fill("#cover_letter_text", "I build dependable Java services.");
                page.fill("[name='job_application[answers_attributes][0][text_value]']",
                        "https://www.linkedin.com/in/jordan-rivera-demo");
                page.selectOption("[name='job_application[answers_attributes][1][boolean_value]']", "1");
                page.selectOption("[name='job_application[answers_attributes][2][boolean_value]']", "0");
                page.selectOption("[name='job_application[answers_attributes][3][answer_selected_options_attributes]"
                        + "[0][question_option_id]']", "5521880301");
                page.selectOption("#job_application_gender", "3");
                page.selectOption("#job_application_hispanic_ethnicity", "Decline To Self Identify");
                page.selectOption("#job_application_veteran_status", "1");
                page.selectOption("#job_application_disability_status", "3");
                page.setInputFiles("#s3_upload_for_resume input[type=file]", resume);
                page.locator("#resume_filename").filter(new Locator.FilterOptions()
                        .setHasText(resume.getFileName().toString())).waitFor();
                page.click("#submit_app");
                page.locator("#application_confirmation").waitFor();
            }
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** nproc, memory and CPU model, for the results table. */
    private static final class Machine {
        static String describe() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // Not Linux: the CPU model is left unknown.
            }
            long memoryMb = ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1 << 20);
            return Runtime.getRuntime().availableProcessors() + " CPUs, " + memoryMb + " MB RAM, " + cpu
                    + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                    + ", Java " + System.getProperty("java.version");
        }
    }
}
