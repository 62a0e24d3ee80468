package io.applydesk.automation.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the engine tests: one practice ATS, the demo candidate and one engine (real headless
 * Chromium) per test class; each test starts with no failure switched on and no submission recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PracticeEngineTest {
    protected PracticeFixture practice;
    protected PlaywrightApplicationEngine engine;

    /** How long the engine waits for the site's verdict after the submit click. */
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(20);
    }

    /** The engine's settings, from the fixture's headless ones with {@link #confirmationTimeout()}
     * (a test may add e.g. an account store or a hand-off). */
    protected EngineSettings engineSettings(EngineSettings headless) {
        return headless;
    }

    @BeforeAll
    protected void startPracticeAndEngine(@TempDir Path candidateDir) {
        practice = new PracticeFixture(candidateDir);
        engine = new PlaywrightApplicationEngine(engineSettings(practice.settings()
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(5), confirmationTimeout())));
    }

    @AfterEach
    protected void resetPractice() {
        practice.ats.clearFailures();
        practice.ats.clearRecords();
    }

    @AfterAll
    protected void stopPracticeAndEngine() {
        engine.close();
        practice.close();
    }
}
