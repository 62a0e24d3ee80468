package io.applydesk.automation.ats;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.browser.PerThreadBrowsers;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Detection from URLs and from pages, in real headless Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtsDetectorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration NO_WAIT = Duration.ofMillis(300);

    private PracticeAts practice;
    private PerThreadBrowsers browsers;
    private AtsDetector detector;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void start() {
        practice = PracticeAts.start(0);
        browsers = new PerThreadBrowsers(BrowserLocator.find(System.getenv(), null), true);
        detector = new AtsDetector(new JobLinkParser(practice.hostAliases()));
    }

    @AfterAll
    void stop() {
        browsers.close();
        practice.close();
    }

    @BeforeEach
    void openPage() {
        Browser browser = browsers.browser();
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://boards.greenhouse.io/acme/jobs/4012345, GREENHOUSE",
            "https://jobs.lever.co/acme/0f6f2a5e-3c41-4bd1-9f0e-2a1b3c4d5e6f, LEVER",
            "https://jobs.ashbyhq.com/Acme/0f6f2a5e-3c41-4bd1-9f0e-2a1b3c4d5e6f, ASHBY",
            "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1505, WORKDAY",
            "https://careers.acme.example/jobs/42, UNKNOWN"})
    void theUrlNamesTheAtsWhenItCan(String url, AtsType expected) {
        assertEquals(expected, detector.fromUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GREENHOUSE_NEW | <form id="application-form" class="application--form"><input id="first_name"></form>
            LEVER          | <form id="application-form"><button id="btn-submit" data-qa="btn-submit">Submit application</button></form>
            ASHBY          | <div class="ashby-application-form-container"><input id="_systemfield_name"></div>
            WORKDAY        | <div data-automation-id="applyFlowPage"><button data-automation-id="bottom-navigation-next-button">Next</button></div>
            """)
    void formsAreRecognisedFromThePageAlone(FormFingerprint expected, String html) {
        page.setContent("<html><body>" + html + "</body></html>");
        Detection detection = detector.detect(page, WAIT);
        assertEquals(expected, detection.form());
        assertEquals(expected.atsType(), detection.atsType());
    }

    @Test
    void theClassicGreenhouseFormOnAnEmployerPageIsRecognised() {
        PracticeJob job = practiceJob();
        page.navigate(practice.careersSiteUrl(job));
        Detection detection = detector.detect(page, WAIT);
        assertEquals(FormFingerprint.GREENHOUSE_CLASSIC, detection.form());
        assertEquals(AtsType.GREENHOUSE, detection.atsType());
    }

    @Test
    void anEmbeddedGreenhouseIframeIsFollowed() {
        PracticeJob job = practiceJob();
        // An employer site on its own host that embeds the board's form the way Greenhouse's embed script does.
        String employerPage = "<html><body><h1>Careers</h1><div id=\"grnhse_app\">"
                + "<iframe id=\"grnhse_iframe\" src=\"" + job.url() + "\"></iframe></div></body></html>";
        context.route("https://careers.employer.test/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html").setBody(employerPage)));
        page.navigate("https://careers.employer.test/jobs?gh_jid=" + job.jobId());

        Detection detection = detector.detect(page, WAIT);

        assertEquals(FormFingerprint.GREENHOUSE_CLASSIC, detection.form());
        assertEquals(job.url(), page.url());
    }

    @Test
    void aPageWithoutAKnownFormIsReportedWithTheUrlsAts() {
        page.setContent("<html><body><h1>We are hiring</h1><form id=\"contact\"><input name=\"q\"></form></body></html>");
        Detection detection = detector.detect(page, NO_WAIT);
        assertNull(detection.form());
        assertEquals(AtsType.UNKNOWN, detection.atsType());
    }

    private PracticeJob practiceJob() {
        return practice.jobs().stream().filter(j -> j.jobId().equals(GreenhouseJobs.BACKEND_ENGINEER.jobId()))
                .findFirst().orElseThrow();
    }
}
