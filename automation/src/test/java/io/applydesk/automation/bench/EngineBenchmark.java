package io.applydesk.automation.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.applydesk.automation.browser.PlaywrightDriver;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.engine.EngineSettings;
import io.applydesk.automation.engine.PlaywrightApplicationEngine;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.account.EncryptedAtsAccounts;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Per form family, one practice application done by the engine and by a minimal hand-written
 * Playwright script ({@link MinimalScript}) on the same replica, alternating in one run: warm-up, then
 * {@value #ITERATIONS} iterations each; medians and ratios are printed. The engine runs with and
 * without evidence capture (screenshots, page HTML, answers.json, trace).
 *
 * <p>Run with {@code ./mvnw -B -Pbench -pl automation -am verify -DskipTests}; pass form names
 * in lower case with dashes (e.g. {@code -Dexec.args="lever greenhouse-classic"}) to run only some. Results go into docs/BENCHMARKS.md.
 */
public final class EngineBenchmark {
    private static final int WARM_UP = 1;
    private static final int ITERATIONS = 5;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("applydesk-bench");
        Path profileFile = DemoCandidate.writeTo(work.resolve("candidate"));
        Profile profile = Json.mapper().readValue(profileFile.toFile(), Profile.class);
        Path resume = profileFile.resolveSibling(DemoCandidate.RESUME_FILE);
        Path browserPath = BrowserLocator.find(System.getenv(), null);
        List<String> only = List.of(args);
        List<String> results = new ArrayList<>();

        PlaywrightDriver.useCachedDriver();
        try (PracticeAts ats = PracticeAts.start(0);
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser scriptBrowser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(browserPath).setHeadless(true)
                     .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage")))) {
            // A real encrypted account store: Workday creates one account per tenant, then signs in.
            DataDirectory data = new DataDirectory(work.resolve("data"));
            EngineSettings settings = EngineSettings.defaults(browserPath, ats.site()).withHeadless(true)
                    .withAtsAccounts(EncryptedAtsAccounts.open(Database.open(data), data));
            JobLinkParser parser = new JobLinkParser(ats.hostAliases());
            try (PlaywrightApplicationEngine bare = new PlaywrightApplicationEngine(settings.withCaptureEvidence(false));
                 PlaywrightApplicationEngine withEvidence = new PlaywrightApplicationEngine(settings)) {
                for (MinimalScript script : MinimalScripts.all()) {
                    if (!only.isEmpty() && !only.contains(script.formName().toLowerCase(Locale.ROOT).replace(' ', '-'))) {
                        continue;
                    }
                    PracticeJob job = ats.jobs().stream().filter(j -> j.jobId().equals(script.jobId()))
                            .findFirst().orElseThrow();
                    int[] counter = {0};
                    Supplier<ApplyRequest> request = () -> new ApplyRequest("app_bench_" + counter[0]++,
                            parser.parse(job.url()), profile, resume, profile.answers(), ApplyMode.SUBMIT,
                            work.resolve("evidence").resolve("app_" + counter[0]));
                    Runnable byHand = () -> {
                        try (BrowserContext context = scriptBrowser.newContext()) {
                            script.apply(context.newPage(), job.url(), resume);
                        }
                    };
                    String name = script.formName() + " (" + job.title() + ")";
                    try {
                        checkSameWork(ats, job, resume, byHand, () -> check(bare.apply(request.get(), EngineListener.NONE)));
                        String result = measure(name, byHand,
                                () -> check(bare.apply(request.get(), EngineListener.NONE)),
                                () -> check(withEvidence.apply(request.get(), EngineListener.NONE)));
                        results.add(result + String.format(
                                "%n  memory per worker (peak PSS, driver + browser) %6.0f MB",
                                workerMemory(settings, request)));
                    } catch (RuntimeException e) {
                        // One form that times out on a loaded machine must not lose the other forms' results.
                        results.add(name + "\n  not measured: " + e.getMessage().lines().limit(12)
                                .collect(Collectors.joining("\n    ")));
                    }
                    System.out.println(results.get(results.size() - 1));
                }
            }
            System.out.println();
            System.out.println("ApplyDesk engine benchmark: " + ITERATIONS + " iterations each after " + WARM_UP
                    + " warm-up, median ms");
            results.forEach(System.out::println);
            System.out.println("  submissions received: " + ats.submissions().size());
            System.out.println("  machine: " + Machine.describe());
        }
    }

    /**
     * Keeps the benchmark honest: the hand-written script must send the replica the same fields and the same
     * resume as the engine does for that job, so the two are measured doing the same work. A script that does
     * not is reported instead of measured.
     */
    private static void checkSameWork(PracticeAts ats, PracticeJob job, Path resume, Runnable script, Runnable engine)
            throws IOException {
        ats.clearRecords();
        script.run();
        engine.run();
        List<RecordedSubmission> received = ats.submissionsFor(job.jobId());
        if (received.size() != 2) {
            throw new IllegalStateException("expected one submission from the script and one from the engine, got "
                    + received.size());
        }
        RecordedSubmission byScript = received.get(0);
        RecordedSubmission byEngine = received.get(1);
        if (!byEngine.fields().keySet().equals(byScript.fields().keySet())) {
            throw new IllegalStateException("the script sends the fields " + byScript.fields().keySet()
                    + " but the engine sends " + byEngine.fields().keySet());
        }
        boolean sameFiles = byEngine.files().size() == byScript.files().size() && byScript.files().stream()
                .allMatch(sent -> byEngine.file(sent.fieldName()) != null
                        && Arrays.equals(byEngine.file(sent.fieldName()).bytes(), sent.bytes()));
        if (!sameFiles || byEngine.files().isEmpty()
                || !Arrays.equals(Files.readAllBytes(resume), byEngine.files().get(0).bytes())) {
            throw new IllegalStateException("the script and the engine did not upload the same resume: "
                    + byScript.files() + " vs " + byEngine.files());
        }
    }

    /**
     * A fresh engine (so a fresh Playwright driver and browser, as one worker of the run coordinator
     * has) applies three times while the processes it started are sampled.
     */
    private static double workerMemory(EngineSettings settings, Supplier<ApplyRequest> request) {
        try (WorkerMemory memory = WorkerMemory.start();
             PlaywrightApplicationEngine worker = new PlaywrightApplicationEngine(settings)) {
            for (int i = 0; i < 3; i++) {
                check(worker.apply(request.get(), EngineListener.NONE));
            }
            return memory.peakMb();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** Runs the three variants alternately and returns the printed result block. */
    private static String measure(String name, Runnable script, Runnable engineBare, Runnable engineEvidence) {
        List<Long> scriptSamples = new ArrayList<>();
        List<Long> bareSamples = new ArrayList<>();
        List<Long> evidenceSamples = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ITERATIONS; i++) {
            boolean measured = i >= WARM_UP;
            // Alternate the order so that neither side always runs on a warmer machine.
            if (i % 2 == 0) {
                record(measured, scriptSamples, script);
                record(measured, bareSamples, engineBare);
                record(measured, evidenceSamples, engineEvidence);
            } else {
                record(measured, evidenceSamples, engineEvidence);
                record(measured, bareSamples, engineBare);
                record(measured, scriptSamples, script);
            }
        }
        double scriptMs = median(scriptSamples);
        double bareMs = median(bareSamples);
        double evidenceMs = median(evidenceSamples);
        return String.format("%s%n  minimal Playwright script      %8.1f ms%n"
                        + "  engine, no evidence            %8.1f ms   ratio %.2f%n"
                        + "  engine, with evidence          %8.1f ms   ratio %.2f%n"
                        + "  samples script %s%n  samples bare %s%n  samples evidence %s",
                name, scriptMs, bareMs, bareMs / scriptMs, evidenceMs, evidenceMs / scriptMs,
                scriptSamples, bareSamples, evidenceSamples);
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
