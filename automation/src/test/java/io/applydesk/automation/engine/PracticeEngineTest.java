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
abstract class PracticeEngineTest {
    protected PracticeFixture practice;
    protected PlaywrightApplicationEngine engine;

    /** How long the engine waits for the site's verdict after the submit click. */
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(20);
    }

    /** The engine's settings, from the practice defaults (a test may add e.g. an account store). */
    protected EngineSettings settings(EngineSettings practiceSettings) {
        return practiceSettings;
    }

    @BeforeAll
    void startPracticeAndEngine(@TempDir Path candidateDir) {
        practice = new PracticeFixture(candidateDir);
        engine = new PlaywrightApplicationEngine(settings(practice.settings()
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(5), confirmationTimeout())));
    }

    @AfterEach
    void resetPractice() {
        practice.ats.clearFailures();
        practice.ats.clearRecords();
    }

    @AfterAll
    void stopPracticeAndEngine() {
        engine.close();
        practice.close();
    }
}
