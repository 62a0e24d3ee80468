package io.applydesk.app.bench;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.MainWindow;
import io.applydesk.app.ui.common.FxDialogService;
import io.applydesk.app.ui.common.FxTaskExecutor;
import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.app.ui.tray.DesktopPresence;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * The desktop app's benchmarks (issue 5), printed as ratios against a baseline measured in the same run:
 * <ul>
 *   <li>{@code start}: process start to an interactive main window, against process start to an empty JavaFX
 *       window (target ≤ 2×); a first start (new data folder: migrations, demo candidate) and a later one;</li>
 *   <li>{@code stall}: the longest time a task posted to the FX thread waits, while 4 browser workers apply to
 *       every practice job with the live run page showing, against the same window idle (target ≤ 50 ms); with
 *       {@code -Dapp.bench.keys=true} also how long a key takes from the X server to the FX thread
 *       ({@link InputProbe});</li>
 *   <li>{@code applications}: {@link ApplicationsPageBenchmark}, the Applications page at 100,000 rows.</li>
 * </ul>
 * Run with {@code ./mvnw -B -pl app -am verify -DskipTests -Dapp.bench=all} (or one name) under a display.
 */
public final class DesktopBenchmark {
    private static final int WARM_UP = 1;
    private static final int ROUNDS = 11;
    private static final int WORKERS = 4;
    private static final long PROBE_EVERY_MILLIS = 10;
    /** As in the {@code applydesk} script: see {@link #launcherJvmOptions}. */
    private static final String LAUNCHER_GC_PAUSE_GOAL = "-XX:MaxGCPauseMillis=20";
    /** {@code -Dapp.bench.keys=true}: the stall benchmark also times keys from the X server to the FX thread. */
    private static final String KEYS_PROPERTY = "app.bench.keys";
    /** The key probe starts this long before Start, so that its first keys are not Start's moment. */
    private static final long KEYS_BEFORE_START_MILLIS = 500;
    /** Kernel names (15 characters at most) of the FX thread and of the thread that paints its frames. */
    private static final String FX_THREAD = "JavaFX Applicat";
    private static final String RENDER_THREAD = "QuantumRenderer";
    /** How long after Start the CSS and layout passes are timed one by one. */
    private static final long FIRST_PASSES_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

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
            try {
                fxStalls();
            } catch (IllegalStateException failed) {
                // The window, the engine and their threads would keep this JVM alive.
                failed.printStackTrace();
                System.exit(1);
            }
        }
        if (all || wanted.contains("applications")) {
            ApplicationsPageBenchmark.main(new String[0]);
        }
        System.exit(0);
    }

    // ---- start time ----

    /**
     * Starts as {@code ./applydesk} makes them: from the built jars, and for the app with the class data sharing
     * archive its first start leaves (the script's {@code -XX:SharedArchiveFile}); keep the two in step.
     */
    private static void startTime() throws Exception {
        Path work = Files.createTempDirectory("applydesk-bench-start");
        String classPath = launcherClassPath(work);
        Path appArchive = work.resolve("app.jsa");
        Path emptyArchive = work.resolve("empty.jsa");
        Path later = Files.createTempDirectory("applydesk-bench-home");
        // The first start of the app writes its archive on the way out, as the script's first start does.
        startMillis(classPath, List.of("-XX:ArchiveClassesAtExit=" + appArchive), "app", later);
        startMillis(classPath, List.of("-XX:ArchiveClassesAtExit=" + emptyArchive), "empty",
                Files.createTempDirectory("applydesk-bench-empty"));
        List<String> app = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + appArchive));
        // To try other JVM options on the app's starts: -Dapp.bench.jvm="-Dapp.bench.startOptions=..."
        String extra = System.getProperty("app.bench.startOptions", "").trim();
        if (!extra.isEmpty()) {
            app.addAll(Arrays.asList(extra.split("\\s+")));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Starter> variants = new LinkedHashMap<>();
        variants.put("empty JavaFX window", () -> startMillis(classPath, List.of(), "empty", newHome()));
        variants.put("empty JavaFX window, own archive", () -> startMillis(classPath,
                List.of("-XX:SharedArchiveFile=" + emptyArchive), "empty", newHome()));
        variants.put("ApplyDesk, first start", () -> startMillis(classPath, app, "app", newHome()));
        variants.put("ApplyDesk, later start", () -> startMillis(classPath, app, "app", later));
        variants.put("ApplyDesk, later start, no archive", () -> startMillis(classPath, List.of(), "app", later));
        Path own = candidateHome();
        variants.put("ApplyDesk, later start, own data", () -> startMillis(classPath, app, "own", own));
        List<String> names = new ArrayList<>(variants.keySet());
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            // Alternating order, so a slow moment of the machine does not fall on one variant only.
            List<String> order = new ArrayList<>(names);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String name : order) {
                long millis = variants.get(name).millis();
                line.append(String.format(" %s %d ms;", name, millis));
                if (round >= WARM_UP) {
                    times.computeIfAbsent(name, n -> new ArrayList<>()).add(millis);
                }
            }
            System.out.println(line);
        }
        long base = median(times.get("empty JavaFX window"));
        long baseArchived = median(times.get("empty JavaFX window, own archive"));
        System.out.printf("%nStart to an interactive window (median of %d), as ./applydesk starts it:%n", ROUNDS);
        for (String name : names) {
            long median = median(times.get(name));
            System.out.printf("  %-38s %5d ms  ratio %.2f  (vs the empty window with its own archive %.2f)%s%n",
                    name, median, ratio(median, base), ratio(median, baseArchived),
                    name.equals("ApplyDesk, later start") ? "  target <= 2.00" : "");
        }
    }

    private interface Starter {
        long millis() throws IOException, InterruptedException;
    }

    /** A data folder with the demo candidate as the candidate's own profile: {@code applydesk} opens it, not practice. */
    private static Path candidateHome() throws IOException {
        Path home = Files.createTempDirectory("applydesk-bench-own");
        DataDirectory data = new DataDirectory(home);
        Database database = Database.open(data);
        try {
            new ProfileService(database, data, Clock.systemUTC()).importProfile(DemoCandidate.writeTo(home.resolve("import")));
        } finally {
            database.close();
        }
        return home;
    }

    private static Path newHome() throws IOException {
        return Files.createTempDirectory("applydesk-bench-first");
    }

    /**
     * The class path {@code ./applydesk} uses (the app's jar and {@code target/lib}), plus a jar of {@link StartProbe}:
     * class data sharing takes jars only, no class folders.
     */
    private static String launcherClassPath(Path work) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Path probeJar = work.resolve("start-probe.jar");
        Path classes = target.resolve("test-classes");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(probeJar));
             var probeClasses = Files.list(classes.resolve(StartProbe.class.getPackageName().replace('.', '/')))) {
            for (Path file : probeClasses.filter(f -> f.getFileName().toString().startsWith("StartProbe")).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        Path appJar = target.resolve("applydesk-app.jar");
        if (!Files.exists(appJar)) {
            throw new IllegalStateException("Build the app first (mvnw package): " + appJar + " is missing");
        }
        return String.join(File.pathSeparator, appJar.toString(), target.resolve("lib").resolve("*").toString(),
                probeJar.toString());
    }

    /**
     * The JVM options {@code ./applydesk} starts with: its GC pause goal, and JavaFX on the module path (its jars with a
     * platform in their name). The stall run takes the pause goal on its own command line (docs/BENCHMARKS.md).
     */
    private static List<String> launcherJvmOptions() throws IOException {
        try (var jars = Files.list(Path.of("target", "lib").toAbsolutePath())) {
            String modules = jars.filter(jar -> jar.getFileName().toString().matches("javafx-.*\\d-[a-z].*\\.jar"))
                    .map(Path::toString).sorted().collect(Collectors.joining(File.pathSeparator));
            return List.of(LAUNCHER_GC_PAUSE_GOAL, "--module-path", modules,
                    "--add-modules", "javafx.controls,javafx.fxml,javafx.swing");
        }
    }

    /** Starts a {@link StartProbe} child and returns the milliseconds from its start to its READY line. */
    private static long startMillis(String classPath, List<String> jvmOptions, String what, Path home)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launcherJvmOptions());
        command.addAll(List.of("-Xlog:cds*=off", "-cp", classPath, StartProbe.class.getName(), what));
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
                    // Waits for the archive to be written, when this start writes one.
                    child.waitFor(60, TimeUnit.SECONDS);
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
        // As the Launcher's desktop start does.
        CpuPriority.lowerJitCompilerInBackground();
        Platform.startup(() -> { });
        Path home = Files.createTempDirectory("applydesk-bench-stall");
        AppContext context = AppContext.open(AppOptions.defaults().withDataDir(home).withPractice(true)
                .withHeadless(true).withWorkers(WORKERS));
        FxTaskExecutor executor = new FxTaskExecutor(4);
        Scene[] scene = new Scene[1];
        MainWindow[] window = new MainWindow[1];
        DesktopPresence[] presence = new DesktopPresence[1];
        Stage[] stage = new Stage[1];
        long[] startedAt = new long[1];
        List<double[]> layoutPasses = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> {
            stage[0] = new Stage();
            ThemeManager theme = new ThemeManager();
            FxDialogService dialogs = new FxDialogService(stage[0]);
            window[0] = MainWindow.create(context, executor, dialogs, theme);
            // The passes' timer first: the window lays itself out before each pulse's CSS pass (LayoutBeforeCss),
            // from a listener it adds as its root enters a scene, and that layout is part of the pass.
            scene[0] = new Scene(new Group(), 1200, 800);
            timeLayoutPasses(scene[0], startedAt, layoutPasses);
            scene[0].setRoot(window[0].root());
            theme.attach(scene[0]);
            stage[0].setScene(scene[0]);
            stage[0].show();
            // As the app: the tray, and the engine told while the candidate uses the window.
            presence[0] = DesktopPresence.attach(stage[0], context, dialogs);
            // The candidate is at the window (a desktop without a window manager gives no focus by itself).
            stage[0].requestFocus();
        });
        Optional<StallCauses> causes = StallCauses.watch(FX_THREAD);
        // The probe is not part of the app: its own CPU (a post every 10 ms, ~0.3 ms each here) must not compete
        // with the FX thread it measures. A late post is harmless: the wait is timed from the post.
        CpuPriority.lowerCurrentThread();
        List<Long> idle = probeWhile(new AtomicBoolean(true), TimeUnit.SECONDS.toMillis(10), causes);

        List<PracticeJob> jobs = context.practiceAts().orElseThrow().jobs();
        String links = jobs.stream().map(PracticeJob::url).collect(Collectors.joining("\n"));
        CountDownLatch runBegan = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        context.runs().addListener(event -> {
            // Any event: a run announces itself (RunChanged) only when it ends or is paused.
            runBegan.countDown();
            if (event instanceof RunChanged changed && changed.run().status() != RunStatus.IN_PROGRESS) {
                finished.countDown();
            }
        });
        onFx(() -> ((ToggleButton) scene[0].lookup("#navRunOnce")).fire());
        onFx(() -> ((TextArea) scene[0].lookup("#jobInput")).setText(links));
        // Every link checked, then Start. The list is checked when the profile arrives and again after the pause in
        // typing, and Start is disabled during a check: a click as the second one begins would be lost.
        waitUntilSteady(() -> ((TableView<?>) scene[0].lookup("#jobTable")).getItems().size() == jobs.size()
                && !((Button) scene[0].lookup("#startButton")).isDisabled());
        // On request, the keyboard as a person's: Shift pressed and released from a little before Start. Not by
        // default: its 100 keys a second add work to the X server and the FX thread the target's probe measures.
        Optional<InputProbe> keys = Optional.empty();
        if (Boolean.getBoolean(KEYS_PROPERTY)) {
            keys = Optional.of(onFxGet(() -> new InputProbe(scene[0], PROBE_EVERY_MILLIS)));
            keys.get().start(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KEYS_BEFORE_START_MILLIS));
            Thread.sleep(KEYS_BEFORE_START_MILLIS);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean neverBegan = new AtomicBoolean();
        Thread end = new Thread(() -> {
            try {
                // A Start that starts nothing ends the probing with an error, not after the 10-minute limit.
                neverBegan.set(!runBegan.await(1, TimeUnit.MINUTES));
                if (!neverBegan.get()) {
                    finished.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.set(false);
        });
        end.start();
        long started = System.nanoTime();
        long[] fxBefore = threadSchedule(FX_THREAD);
        long[] renderBefore = threadSchedule(RENDER_THREAD);
        long[][] fxFirstSecond = new long[1][];
        long[][] renderFirstSecond = new long[1][];
        Thread firstSecond = new Thread(() -> {
            try {
                Thread.sleep(1000);
                fxFirstSecond[0] = threadSchedule(FX_THREAD);
                renderFirstSecond[0] = threadSchedule(RENDER_THREAD);
            } catch (InterruptedException | IOException e) {
                fxFirstSecond[0] = new long[0];
                renderFirstSecond[0] = new long[0];
            }
        });
        startedAt[0] = started;
        onFx(() -> ((Button) scene[0].lookup("#startButton")).fire());
        firstSecond.start();
        List<Long> busy = probeWhile(running, TimeUnit.MINUTES.toMillis(10), causes);
        if (neverBegan.get()) {
            // The Run Once page may have been left meanwhile (it is then kept in the window, hidden).
            String page = onFxGet(() -> ((ToggleButton) scene[0].lookup("#navRunOnce")).isSelected()
                    && scene[0].lookup("#startError") instanceof Label label
                    ? "says \"" + label.getText() + "\", Start is " + (scene[0].lookup("#startButton").isDisabled()
                            ? "disabled" : "enabled") + ", its table has "
                            + ((TableView<?>) scene[0].lookup("#jobTable")).getItems().size() + " rows"
                    : "is no longer shown");
            throw new IllegalStateException("Start began no run within a minute; the Run Once page " + page
                    + "; the app's threads:\n" + appThreads());
        }
        if (causes.isPresent()) {
            causes.get().close();
        }
        String keyWaits = null;
        if (keys.isPresent()) {
            keys.get().close();
            keyWaits = onFxGet(keys.get()::report);
        }
        long[] fxAfter = threadSchedule(FX_THREAD);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        boolean focused = onFxGet(() -> stage[0].isFocused());
        // As the app quits: the live pages stop before what they read from.
        onFx(() -> {
            presence[0].close();
            window[0].close();
        });
        context.close();
        executor.close();

        System.out.printf("%nFX thread: how long a task posted every %d ms waited (%d jobs, %d workers, %d s)%n",
                PROBE_EVERY_MILLIS, jobs.size(), WORKERS, seconds);
        System.out.printf("  (the window had the focus at the end: %s; GC pause goal %s ms, ./applydesk's %s)%n", focused,
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxGCPauseMillis")
                        .getValue(), LAUNCHER_GC_PAUSE_GOAL.replaceAll("\\D", ""));
        System.out.printf("  the FX thread's largest CSS and layout passes in the first %.1f s after Start (CPU):%s%n",
                FIRST_PASSES_NANOS / 1e9, layoutPasses.stream().sorted(Comparator.comparingDouble(pass -> -pass[1]))
                        .limit(5).map(pass -> String.format(" %.0f ms at %.2f s", pass[1], pass[0]))
                        .collect(Collectors.joining(",")));
        System.out.printf("  idle window       max %4.1f ms  p99 %4.1f ms  (%d probes)%n", max(idle) / 1e6,
                percentile(idle, 99) / 1e6, idle.size());
        System.out.printf("  %d workers running max %4.1f ms  p99 %4.1f ms  (%d probes; target max <= 50 ms)%n",
                WORKERS, max(busy) / 1e6, percentile(busy, 99) / 1e6, busy.size());
        if (keyWaits != null) {
            System.out.printf("  a key meanwhile, until the FX thread saw it (input's path: the X server, no runLater"
                    + " dispatcher): %s%n", keyWaits);
        }
        if (fxBefore.length == 2 && fxAfter.length == 2) {
            System.out.printf("  the FX thread meanwhile: on a CPU %.1f s, runnable but waiting for a CPU %.1f s%n",
                    (fxAfter[0] - fxBefore[0]) / 1e9, (fxAfter[1] - fxBefore[1]) / 1e9);
            firstSecond.join();
            if (fxFirstSecond[0].length == 2) {
                System.out.printf("  of which in the first second after Start: on a CPU %.0f ms, waiting for a CPU %.0f ms%n",
                        (fxFirstSecond[0][0] - fxBefore[0]) / 1e6, (fxFirstSecond[0][1] - fxBefore[1]) / 1e6);
            }
            if (renderBefore.length == 2 && renderFirstSecond[0].length == 2) {
                System.out.printf("  the render thread in that second: on a CPU %.0f ms, waiting for a CPU %.0f ms%n",
                        (renderFirstSecond[0][0] - renderBefore[0]) / 1e6,
                        (renderFirstSecond[0][1] - renderBefore[1]) / 1e6);
            }
        }
    }

    /**
     * Linux: a thread's time on a CPU and time runnable in the run queue, in ns ({@code schedstat} of its task,
     * found by its kernel name); empty elsewhere. The second says how much of a stall is the CPU being elsewhere.
     */
    private static long[] threadSchedule(String kernelName) throws IOException {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new long[0];
        }
        try (var all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().equals(kernelName)) {
                        String[] fields = Files.readString(task.resolve("schedstat")).strip().split(" ");
                        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
                    }
                } catch (IOException threadEnded) {
                    // another thread ended while listing: not the FX thread
                }
            }
        }
        return new long[0];
    }

    /**
     * Records the FX thread's CPU time in each pulse's CSS and layout passes within {@link #FIRST_PASSES_NANOS} of
     * {@code startedAt} (once set), as {seconds after it, ms}: which pass of the run's first moments is the longest.
     */
    private static void timeLayoutPasses(Scene scene, long[] startedAt, List<double[]> passes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] passBegan = new long[2];
        scene.addPreLayoutPulseListener(() -> {
            passBegan[0] = System.nanoTime();
            passBegan[1] = threads.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            long since = passBegan[0] - startedAt[0];
            if (startedAt[0] != 0 && since >= 0 && since < FIRST_PASSES_NANOS) {
                passes.add(new double[] {since / 1e9, (threads.getCurrentThreadCpuTime() - passBegan[1]) / 1e6});
            }
        });
    }

    /**
     * Posts a task to the FX thread every few ms while {@code going} (at most {@code limitMillis}); returns the waits
     * in ns. Meanwhile a watcher samples what the FX and render threads are doing whenever a probe has waited longer
     * than the target, and prints the most frequent stacks at the end: the why of the stalls; and for each of the
     * longest waits where the FX thread's time went.
     */
    private static List<Long> probeWhile(AtomicBoolean going, long limitMillis, Optional<StallCauses> causes)
            throws InterruptedException {
        List<Long> waits = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        AtomicLong pendingSince = new AtomicLong();
        Map<String, Integer> stalledIn = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> sampleStalls(pendingSince, stalledIn), "stall-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long began = System.nanoTime();
        List<Long> postedAt = new ArrayList<>();
        List<long[][]> fxThread = new ArrayList<>();
        while (going.get() && System.nanoTime() < deadline) {
            CountDownLatch ran = new CountDownLatch(1);
            long[] before = causes.map(StallCauses::now).orElse(null);
            long posted = System.nanoTime();
            postedAt.add(posted);
            long[] waited = new long[1];
            pendingSince.set(posted);
            Platform.runLater(() -> {
                waited[0] = System.nanoTime() - posted;
                pendingSince.set(0);
                ran.countDown();
            });
            ran.await();
            waits.add(waited[0]);
            fxThread.add(new long[][] {before, causes.map(StallCauses::now).orElse(null)});
            Thread.sleep(PROBE_EVERY_MILLIS);
        }
        watcher.interrupt();
        // When the longest waits happened: at a page's first showing, or spread over the run.
        System.out.println("  longest waits:");
        IntStream.range(0, waits.size()).boxed().sorted(Comparator.comparing(waits::get).reversed()).limit(8)
                .forEach(i -> System.out.printf("    %.0f ms at %.1f s%s%n", waits.get(i) / 1e6,
                        (postedAt.get(i) - began) / 1e9, causes.map(c -> " (" + c.between(fxThread.get(i)[0],
                                fxThread.get(i)[1]) + ")").orElse("")));
        stalledIn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(entry -> System.out.printf("  stalled (%d samples of 20 ms) in:%n%s%n", entry.getValue(),
                        entry.getKey()));
        return waits;
    }

    /**
     * What a stalled FX thread was doing, in one line: inside a pulse (CSS, layout, handing the frame over) or a
     * posted task, and the app's own method nearest the top of the stack, if any.
     */
    private static String doing(StackTraceElement[] stack) {
        boolean pulse = Arrays.stream(stack).anyMatch(frame -> frame.getMethodName().equals("firePulse"));
        String app = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("io.applydesk"))
                .findFirst().map(frame -> frame.getClassName().replaceFirst(".*\\.", "") + "." + frame.getMethodName())
                .orElse("no app frame");
        return "    FX thread " + (pulse ? "in a pulse" : "in a task") + ", app frame: " + app + "\n";
    }

    private static void sampleStalls(AtomicLong pendingSince, Map<String, Integer> stalledIn) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            long since = pendingSince.get();
            if (since == 0 || System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(50)) {
                continue;
            }
            StringBuilder where = new StringBuilder();
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().equals("JavaFX Application Thread") || thread.getName().startsWith("QuantumRenderer")) {
                    where.append("    ").append(thread.getName()).append(" (").append(thread.getState()).append(")\n");
                    Arrays.stream(stack).limit(8).forEach(frame -> where.append("      at ").append(frame).append('\n'));
                }
                if (thread.getName().equals("JavaFX Application Thread")) {
                    stalledIn.merge(doing(stack), 1, Integer::sum);
                }
            });
            stalledIn.merge(where.toString(), 1, Integer::sum);
        }
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> read) throws InterruptedException {
        List<T> result = new ArrayList<>();
        onFx(() -> result.add(read.get()));
        return result.get(0);
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

    /** The stacks of the app's own threads (the window's background work, the engine's workers): what is stuck. */
    private static String appThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("applydesk-"))
                .map(thread -> thread.getKey().getName() + " " + thread.getKey().getState() + Arrays.stream(
                        thread.getValue()).limit(12).map(frame -> "\n    at " + frame).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /** Waits until the condition, read on the FX thread, has held for a second. */
    private static void waitUntilSteady(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean[] met = new boolean[1];
        int metInARow = 0;
        while (System.nanoTime() < deadline) {
            onFx(() -> met[0] = condition.getAsBoolean());
            metInARow = met[0] ? metInARow + 1 : 0;
            if (metInARow == 20) {
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
