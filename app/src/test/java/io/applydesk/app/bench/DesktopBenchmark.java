package io.applydesk.app.bench;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.MainWindow;
import io.applydesk.app.ui.common.FxDialogService;
import io.applydesk.app.ui.common.FxTaskExecutor;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * The desktop app's benchmarks (issue 5), printed as ratios against a baseline measured in the same run:
 * <ul>
 *   <li>{@code start}: process start to an interactive main window, against process start to an empty JavaFX
 *       window (target ≤ 2×); a first start (new data folder: migrations, demo candidate) and a later one;</li>
 *   <li>{@code stall}: the longest time a task posted to the FX thread waits, while 4 browser workers apply to
 *       every practice job with the live run page showing, against the same window idle (target ≤ 50 ms);</li>
 *   <li>{@code applications}: {@link ApplicationsPageBenchmark}, the Applications page at 100,000 rows.</li>
 * </ul>
 * Run with {@code ./mvnw -B -pl app -am verify -DskipTests -Dapp.bench=all} (or one name) under a display.
 */
public final class DesktopBenchmark {
    private static final int WARM_UP = 1;
    private static final int ROUNDS = 5;
    private static final int WORKERS = 4;
    private static final long PROBE_EVERY_MILLIS = 10;

    private DesktopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.err.println("The desktop benchmark opens windows: run it with a display (Xvfb will do).");
            System.exit(2);
        }
        List<String> wanted = Arrays.asList(args);
        boolean all = wanted.isEmpty() || wanted.contains("all");
        if (all || wanted.contains("start")) {
            startTime();
        }
        if (all || wanted.contains("stall")) {
            fxStalls();
        }
        if (all || wanted.contains("applications")) {
            ApplicationsPageBenchmark.main(new String[0]);
        }
        System.exit(0);
    }

    // ---- start time ----

    private static void startTime() throws Exception {
        Path later = Files.createTempDirectory("applydesk-bench-home");
        List<Long> empty = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        startMillis("app", later); // creates the data folder the later starts reuse
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            // Alternating order, so a slow moment of the machine does not fall on one variant only.
            long e;
            long f;
            long a;
            if (round % 2 == 0) {
                e = startMillis("empty", Files.createTempDirectory("applydesk-bench-empty"));
                f = startMillis("app", Files.createTempDirectory("applydesk-bench-first"));
                a = startMillis("app", later);
            } else {
                a = startMillis("app", later);
                f = startMillis("app", Files.createTempDirectory("applydesk-bench-first"));
                e = startMillis("empty", Files.createTempDirectory("applydesk-bench-empty"));
            }
            System.out.printf("round %d: empty window %d ms, first start %d ms, later start %d ms%n", round, e, f, a);
            if (round >= WARM_UP) {
                empty.add(e);
                first.add(f);
                again.add(a);
            }
        }
        long base = median(empty);
        System.out.printf("%nStart to an interactive window (median of %d):%n", ROUNDS);
        System.out.printf("  empty JavaFX window        %5d ms%n", base);
        System.out.printf("  ApplyDesk, first start    %5d ms  ratio %.2f%n", median(first), ratio(median(first), base));
        System.out.printf("  ApplyDesk, later start    %5d ms  ratio %.2f  (target <= 2.00)%n", median(again),
                ratio(median(again), base));
    }

    /** Starts a {@link StartProbe} child and returns the milliseconds from its start to its READY line. */
    private static long startMillis(String what, Path home) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartProbe.class.getName(), what);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("APPLYDESK_HOME", home.toString());
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        long started = System.nanoTime();
        Process child = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                if (line.equals(StartProbe.READY)) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    child.waitFor(30, TimeUnit.SECONDS);
                    return millis;
                }
                seen.add(line);
            }
            throw new IllegalStateException(what + " never became ready: " + seen);
        } finally {
            child.destroyForcibly();
        }
    }

    // ---- FX thread stalls ----

    private static void fxStalls() throws Exception {
        Platform.startup(() -> { });
        Path home = Files.createTempDirectory("applydesk-bench-stall");
        AppContext context = AppContext.open(AppOptions.defaults().withDataDir(home).withPractice(true)
                .withHeadless(true).withWorkers(WORKERS));
        FxTaskExecutor executor = new FxTaskExecutor(4);
        Scene[] scene = new Scene[1];
        onFx(() -> {
            Stage stage = new Stage();
            ThemeManager theme = new ThemeManager();
            MainWindow window = MainWindow.create(context, executor, new FxDialogService(stage), theme);
            scene[0] = new Scene(window.root(), 1200, 800);
            theme.attach(scene[0]);
            stage.setScene(scene[0]);
            stage.show();
        });
        List<Long> idle = probeWhile(new AtomicBoolean(true), TimeUnit.SECONDS.toMillis(10));

        List<PracticeJob> jobs = context.practiceAts().orElseThrow().jobs();
        String links = jobs.stream().map(PracticeJob::url).collect(Collectors.joining("\n"));
        CountDownLatch finished = new CountDownLatch(1);
        context.runs().addListener(event -> {
            if (event instanceof RunChanged changed && changed.run().status() != RunStatus.IN_PROGRESS) {
                finished.countDown();
            }
        });
        onFx(() -> ((ToggleButton) scene[0].lookup("#navRunOnce")).fire());
        onFx(() -> ((TextArea) scene[0].lookup("#jobInput")).setText(links));
        waitUntil(() -> !((Button) scene[0].lookup("#startButton")).isDisabled());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread end = new Thread(() -> {
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.set(false);
        });
        end.start();
        long started = System.nanoTime();
        onFx(() -> ((Button) scene[0].lookup("#startButton")).fire());
        List<Long> busy = probeWhile(running, TimeUnit.MINUTES.toMillis(10));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        context.close();
        executor.close();

        System.out.printf("%nFX thread: how long a task posted every %d ms waited (%d jobs, %d workers, %d s)%n",
                PROBE_EVERY_MILLIS, jobs.size(), WORKERS, seconds);
        System.out.printf("  idle window       max %4.1f ms  p99 %4.1f ms  (%d probes)%n", max(idle) / 1e6,
                percentile(idle, 99) / 1e6, idle.size());
        System.out.printf("  %d workers running max %4.1f ms  p99 %4.1f ms  (%d probes; target max <= 50 ms)%n",
                WORKERS, max(busy) / 1e6, percentile(busy, 99) / 1e6, busy.size());
    }

    /** Posts a task to the FX thread every few ms while {@code going} (at most {@code limitMillis}); returns the waits in ns. */
    private static List<Long> probeWhile(AtomicBoolean going, long limitMillis) throws InterruptedException {
        List<Long> waits = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        while (going.get() && System.nanoTime() < deadline) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            long[] waited = new long[1];
            Platform.runLater(() -> {
                waited[0] = System.nanoTime() - posted;
                ran.countDown();
            });
            ran.await();
            waits.add(waited[0]);
            Thread.sleep(PROBE_EVERY_MILLIS);
        }
        return waits;
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean[] met = new boolean[1];
        while (System.nanoTime() < deadline) {
            onFx(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for the window");
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static long max(List<Long> values) {
        return Collections.max(values);
    }

    private static double ratio(long value, long base) {
        return (double) value / base;
    }
}
