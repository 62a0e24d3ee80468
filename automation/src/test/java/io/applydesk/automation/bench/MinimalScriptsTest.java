package io.applydesk.automation.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.applydesk.automation.engine.PracticeEngineTest;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.EngineListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the benchmark honest: each hand-written script must send the replica the same fields and the
 * same resume as the engine does for that job, so the two are measured doing the same work.
 */
class MinimalScriptsTest extends PracticeEngineTest {
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startScriptBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(practice.settings().browserExecutable()).setHeadless(true));
    }

    @AfterAll
    void stopScriptBrowser() {
        browser.close();
        playwright.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScriptSendsWhatTheEngineSends(@TempDir Path evidenceDir) {
        return MinimalScripts.all().stream().map(script -> DynamicTest.dynamicTest(script.formName(), () -> {
            PracticeJob job = practice.job(script.jobId());
            try (BrowserContext context = browser.newContext()) {
                script.apply(context.newPage(), job.url(), practice.resume);
            }
            ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT,
                    evidenceDir.resolve(script.jobId())), EngineListener.NONE);
            assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());

            List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
            assertEquals(2, received.size(), "one submission from the script, one from the engine");
            RecordedSubmission byScript = received.get(0);
            RecordedSubmission byEngine = received.get(1);
            assertEquals(byEngine.fields().keySet(), byScript.fields().keySet());
            assertEquals(byEngine.files().size(), byScript.files().size());
            for (UploadedFile sent : byScript.files()) {
                assertArrayEquals(byEngine.file(sent.fieldName()).bytes(), sent.bytes(), sent.fieldName());
            }
            assertArrayEquals(Files.readAllBytes(practice.resume), byScript.file(byEngine.files().get(0).fieldName()).bytes());
            practice.ats.clearRecords();
        }));
    }
}
