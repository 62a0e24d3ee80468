package io.applydesk.automation.engine;

import com.sun.net.httpserver.HttpServer;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.PracticeSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice mode's promise in the engine, in real headless Chromium: the browser reaches the practice server and
 * nothing else. A second local server stands in for a real employer and records every request it receives.
 */
class PracticeModeEngineTest extends PracticeEngineTest {
    /** Nothing here is about timing: waits long enough for a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<String> employerReceived = new CopyOnWriteArrayList<>();
    private HttpServer employer;

    @Override
    protected EngineSettings engineSettings(EngineSettings headless) {
        return headless.withTimeouts(WAIT, WAIT, WAIT);
    }

    @BeforeEach
    void startEmployer() throws IOException {
        employerReceived.clear();
        employer = server("<!DOCTYPE html><title>Acme careers</title><h1>Apply at Acme</h1>"
                + "<form method=\"post\"><input name=\"email\"><button>Submit application</button></form>",
                employerReceived);
    }

    @AfterEach
    void stopEmployer() {
        employer.stop(0);
    }

    @Test
    void aJobOffThePracticeSiteIsRefusedWithoutBeingOpened(@TempDir Path evidenceDir) {
        String link = employerUrl() + "/acme/jobs/4012345";
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();

        ApplyOutcome outcome = engine.apply(practice.request(link, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertEquals(ErrorCode.INVALID_JOB_URL, outcome.errorCode());
        assertEquals(PracticeSite.offSite(link), outcome.errorMessage());
        assertEquals(List.of(), employerReceived, "the employer received nothing");
        assertEquals(0, listener.beforeSubmitCalls);
    }

    /**
     * An application stored by an earlier start names that start's port. When the server had to take another
     * port (another program holds the old one: here the employer), a retry reaches the practice server as it runs
     * now, and the program on the old port receives nothing.
     */
    @Test
    void aLinkStoredByAnEarlierStartReachesTheServerAsItRunsNow(@TempDir Path evidenceDir) {
        PracticeJob job = practice.job(GreenhouseJobs.BACKEND_ENGINEER.jobId());
        String stored = job.url().replace(practice.ats.baseUrl(), employerUrl());

        ApplyOutcome outcome = engine.apply(practice.request(stored, ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertTrue(outcome.confirmationUrl().startsWith(practice.ats.baseUrl()), outcome.confirmationUrl());
        assertEquals(1, practice.submissionsFor(job.jobId()).size());
        assertEquals(List.of(), employerReceived, "the program on the old port received nothing");
    }

    /**
     * A page of the practice site that reaches elsewhere (an image, a script, a frame, a beacon, a form posted to
     * another site, a link followed): each request is aborted in the browser, none is sent.
     */
    @Test
    void aPracticePagesRequestsElsewhereAreAbortedNotSent(@TempDir Path evidenceDir) throws IOException {
        String elsewhere = employerUrl();
        HttpServer practicePage = server("<!DOCTYPE html><title>Practice careers</title>"
                + "<img src=\"" + elsewhere + "/pixel.png\"><script src=\"" + elsewhere + "/tracker.js\"></script>"
                + "<iframe src=\"" + elsewhere + "/embed\"></iframe>"
                + "<form id=\"apply\" method=\"post\" action=\"" + elsewhere + "/apply\">"
                + "<input name=\"email\" value=\"jordan.rivera@example.com\"></form>"
                + "<a id=\"away\" href=\"" + elsewhere + "/about-us\">About us</a><script>"
                + "fetch('" + elsewhere + "/fetch', {method: 'POST', mode: 'no-cors', body: 'practice data'});"
                + "navigator.sendBeacon('" + elsewhere + "/beacon', 'practice data');"
                + "setTimeout(() => document.getElementById('apply').submit(), 100);"
                + "setTimeout(() => document.getElementById('away').click(), 300);</script>", new ArrayList<>());
        String site = "http://127.0.0.1:" + practicePage.getAddress().getPort();
        EngineSettings settings = EngineSettings.defaults(BrowserLocator.find(System.getenv(), null),
                        new PracticeSite(URI.create(site), List.of()))
                .withHeadless(true).withTimeouts(WAIT, Duration.ofSeconds(3), WAIT);
        try (PlaywrightApplicationEngine confined = new PlaywrightApplicationEngine(settings)) {
            ApplyRequest request = new ApplyRequest("app_test", new JobLinkParser().parse(site + "/careers/1"),
                    practice.profile, practice.resume, practice.profile.answers(), ApplyMode.SUBMIT, evidenceDir);

            ApplyOutcome outcome = confined.apply(request, new PracticeFixture.RecordingListener());

            assertEquals(ApplicationStatus.FAILED, outcome.status(), "the page has no form ApplyDesk fills");
        } finally {
            practicePage.stop(0);
        }
        assertEquals(List.of(), employerReceived, "the employer received nothing");
    }

    private String employerUrl() {
        return "http://127.0.0.1:" + employer.getAddress().getPort();
    }

    /** A local server answering every request with {@code page}, noting each in {@code received}. */
    private static HttpServer server(String page, List<String> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
