package io.applydesk.automation.sandbox;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.applydesk.automation.browser.PlaywrightDriver;
import io.applydesk.automation.sandbox.ashby.AshbyJobs;
import io.applydesk.automation.sandbox.ashby.AshbyReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Ashby replica's script in real Chromium: hydration, the clipped resume input behind "Upload File", Yes/No
 * buttons, and the location autocomplete whose typed text alone is refused on submit. Uses hard-coded selectors
 * on purpose: it checks the page, not an applier.
 */
class AshbyFormInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String AUTHORIZED = "1a6b4d2f-3c55-4e7f-9b82-a4d3e5f60702";
    private static final String SPONSORSHIP = "2b7c5e30-4d66-4f80-8c93-b5e4f6071803";

    private static Playwright playwright;
    private static Browser browser;
    private PracticeAts ats;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Chromium at " + CHROMIUM);
        PlaywrightDriver.useCachedDriver();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true));
    }

    @AfterAll
    static void shutDown() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        ats = PracticeAts.start(0);
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
        ats.close();
    }

    @Test
    void overviewTabLinksToTheApplicationTabWhichHydratesIntoTheForm() {
        page.navigate(ats.baseUrl() + AshbyReplica.PREFIX + AshbyJobs.JAVA_ENGINEER.path());
        assertThat(page.locator("#overview[role=tabpanel]")).isVisible();
        assertEquals(0, page.locator(".ashby-application-form-container").count());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Application")).click();
        assertThat(page.locator("div#form[role=tabpanel] .ashby-application-form-container")).isVisible();
        assertTrue(page.url().endsWith(AshbyJobs.JAVA_ENGINEER.applicationPath()), page.url());
    }

    @Test
    void typedLocationIsRefusedUntilASuggestionIsPickedThenTheSuccessReplacesTheForm(@TempDir Path dir)
            throws Exception {
        String url = ats.baseUrl() + AshbyReplica.PREFIX + AshbyJobs.JAVA_ENGINEER.applicationPath();
        page.navigate(url);
        Locator form = page.locator(".ashby-application-form-container");
        page.locator("#_systemfield_name").fill("Jordan Rivera");
        page.locator("#_systemfield_email").fill("jordan.rivera@example.com");
        page.locator("#_systemfield_phone").fill("512 555 0147");
        page.locator("[id='0f5a3c1e-2b44-4d6e-8a71-93c2d4e5f601']").fill("https://www.linkedin.com/in/jordan");
        Locator yes = page.locator("[id='" + AUTHORIZED + "'] button", new Page.LocatorOptions().setHasText("Yes"));
        yes.click();
        assertThat(yes).hasAttribute("aria-pressed", "true");
        page.locator("[id='" + SPONSORSHIP + "'] button", new Page.LocatorOptions().setHasText("No")).click();

        Locator resumeInput = page.locator("input#_systemfield_resume[type=file]");
        BoundingBox box = resumeInput.boundingBox();
        assertTrue(box.width <= 1 && box.height <= 1, "the real file input is clipped to 1px");
        Path resume = Files.write(dir.resolve("cv.pdf"), "%PDF-1.4 practice CV".getBytes(StandardCharsets.US_ASCII));
        FileChooser chooser = page.waitForFileChooser(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload File")).click());
        chooser.setFiles(resume);
        assertThat(form.getByText("cv.pdf", new Locator.GetByTextOptions().setExact(true))).isVisible();

        Locator location = page.locator("#_systemfield_location");
        location.fill("Austin");
        Locator suggestions = page.locator(".ashby-application-form-input-autocomplete-popup-result");
        assertThat(suggestions).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit Application")).click();
        Locator locationError = page.locator(".ashby-application-form-field-entry[data-field-path=_systemfield_location]"
                + " [class*=_error]");
        assertThat(locationError).hasText("Please select a location from the list.");
        assertTrue(ats.submissions().isEmpty());

        location.fill("Austin");
        suggestions.first().click();
        assertThat(location).hasValue("Austin, Texas, United States");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit Application")).click();
        assertThat(page.locator(".ashby-application-form-success-container[role=status]")).containsText("Success");
        assertEquals(url, page.url());
        RecordedSubmission submission = ats.submissions().get(0);
        assertEquals("Austin, Texas, United States", submission.field(AshbyJobs.LOCATION));
        assertEquals("true", submission.field(AUTHORIZED));
        assertArrayEquals(Files.readAllBytes(resume), submission.file(AshbyJobs.RESUME).bytes());
    }
}
