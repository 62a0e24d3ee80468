package io.applydesk.app;

import io.applydesk.core.run.RunCoordinator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * How to open the app: where the data lives, practice mode or real, headed or headless browser,
 * how many browser workers, which clock. Immutable; use the {@code with…} methods to vary it.
 *
 * @param dataDirOverride the data directory root, or null for {@code APPLYDESK_HOME} / the OS convention
 * @param practice        use the built-in practice ATS and the demo candidate; data goes to {@code <root>/practice}
 * @param headless        run the browser without a window (the desktop app is headed by default)
 * @param workers         browser workers running applications in parallel (at least 1)
 * @param clock           the source of all time
 * @param environment     the environment variables consulted for the browser ({@code APPLYDESK_BROWSER}) and an
 *                        already running practice ATS ({@code APPLYDESK_PRACTICE_URL})
 */
public record AppOptions(Path dataDirOverride, boolean practice, boolean headless, int workers, Clock clock,
                         Map<String, String> environment) {

    public static final int DEFAULT_WORKERS = RunCoordinator.DEFAULT_WORKERS;

    public AppOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        Objects.requireNonNull(clock, "clock");
        environment = Map.copyOf(environment);
    }

    /** The same, with the process environment. */
    public AppOptions(Path dataDirOverride, boolean practice, boolean headless, int workers, Clock clock) {
        this(dataDirOverride, practice, headless, workers, clock, System.getenv());
    }

    /** Real data directory, not practice, headed, {@value #DEFAULT_WORKERS} workers, the system clock. */
    public static AppOptions defaults() {
        return new AppOptions(null, false, false, DEFAULT_WORKERS, Clock.systemUTC());
    }

    public AppOptions withDataDir(Path dataDir) {
        return new AppOptions(dataDir, practice, headless, workers, clock, environment);
    }

    public AppOptions withPractice(boolean practiceMode) {
        return new AppOptions(dataDirOverride, practiceMode, headless, workers, clock, environment);
    }

    public AppOptions withHeadless(boolean headlessBrowser) {
        return new AppOptions(dataDirOverride, practice, headlessBrowser, workers, clock, environment);
    }

    public AppOptions withWorkers(int workerCount) {
        return new AppOptions(dataDirOverride, practice, headless, workerCount, clock, environment);
    }

    public AppOptions withClock(Clock newClock) {
        return new AppOptions(dataDirOverride, practice, headless, workers, newClock, environment);
    }

    public AppOptions withEnvironment(Map<String, String> env) {
        return new AppOptions(dataDirOverride, practice, headless, workers, clock, env);
    }
}
