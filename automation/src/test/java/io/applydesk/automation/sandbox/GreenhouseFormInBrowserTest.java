package io.applydesk.automation.sandbox;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.applydesk.automation.browser.PlaywrightDriver;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The replica's page script in real Chromium: the asynchronous upload and its filename chip, the location
 * autocomplete, the EEO race question, and client-side required-field errors. Uses hard-coded selectors on
 * purpose: it checks the page, not an applier.
 */
class GreenhouseFormInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

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
    void aCompleteApplicationThroughThePageIsRecordedWithTheUploadedResume(@TempDir Path directory) throws Exception {
        Path profile = DemoCandidate.writeTo(directory);
        Path resume = profile.resolveSibling(DemoCandidate.RESUME_FILE);
        page.navigate(url(GreenhouseJobs.DATA_ANALYST.jobId()));

        page.getByLabel("First Name").fill("Jordan");
        page.getByLabel("Last Name").fill("Rivera");
        page.getByLabel("Email").fill("jordan.rivera@example.com");
        page.getByLabel("Phone").fill("+1 512 555 0147");
        Locator location = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Location (City)"));
        location.pressSequentially("Aus");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Austin, Texas, United States")).click();
        assertThat(page.locator("#location_autocomplete-items-popup")).isHidden();

        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#resume_fieldset button[data-source=attach]").click());
        chooser.setFiles(resume);
        assertThat(page.locator("#resume_filename")).hasText(DemoCandidate.RESUME_FILE);
        assertThat(page.locator("#resume_fieldset .link-container")).isHidden();

        page.locator("select[name='job_application[answers_attributes][1][boolean_value]']").selectOption("1");
        page.locator("select[name='job_application[answers_attributes][2][boolean_value]']").selectOption("0");
        page.locator("select[name='job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]']")
                .selectOption(new SelectOption().setLabel("LinkedIn"));
        assertThat(page.locator("#race_dropdown_container")).isHidden();
        page.locator("#job_application_hispanic_ethnicity").selectOption("No");
        assertThat(page.locator("#race_dropdown_container")).isVisible();
        page.locator("#job_application_race").selectOption(new SelectOption().setLabel("Decline To Self Identify"));
        page.locator("#job_application_veteran_status").selectOption(new SelectOption().setLabel("I don't wish to answer"));

        page.locator("#submit_app").click();
        page.waitForURL("**/jobs/5207719002/confirmation");
        assertThat(page.locator("#application_confirmation h1")).hasText("Thank you for applying.");

        RecordedSubmission submission = ats.submissions().get(0);
        assertEquals("Jordan", submission.field("job_application[first_name]"));
        assertEquals("Austin, Texas, United States", submission.field("job_application[location]"));
        assertEquals("30.2672", submission.field("job_application[latitude]"));
        assertEquals("1", submission.field("job_application[answers_attributes][1][boolean_value]"));
        assertEquals("0", submission.field("job_application[answers_attributes][2][boolean_value]"));
        assertEquals("5521880301", submission.field(
                "job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]"));
        assertEquals("8", submission.field("job_application[race]"));
        assertEquals("3", submission.field("job_application[veteran_status]"));
        assertEquals(DemoCandidate.RESUME_FILE, submission.field("job_application[resume_url_filename]"));
        assertEquals(32, submission.field("fingerprint").length());
        assertTrue(Integer.parseInt(submission.field("page_load_time")) >= 0);
        assertTrue(!submission.field("render_date").isEmpty());
        assertArrayEquals(Files.readAllBytes(resume), submission.file("resume").bytes());
        assertNull(submission.file("cover_letter"));
    }

    @Test
    void submittingAnEmptyFormShowsErrorsAndPostsNothing() {
        page.navigate(url(GreenhouseJobs.PLATFORM_ENGINEER.jobId()));

        page.locator("#submit_app").click();

        assertThat(page.locator("#error_flash")).isVisible();
        assertThat(page.locator("#error_flash")).containsText("There was a problem with your application");
        // first, last, email, phone, location, resume, why join (N=1), Java years (N=2), GDPR consent
        assertThat(page.locator(".field_with_errors")).hasCount(9);
        assertThat(page.getByText("This field is required")).hasCount(9);
        assertThat(page.locator("#resume_fieldset")).hasClass(Pattern.compile("field_with_errors"));

        page.getByLabel("First Name").fill("Jordan");
        assertThat(page.locator(".field_with_errors")).hasCount(8);
        assertEquals(List.of(), ats.submissions());
        assertEquals(0, ats.rejectedSubmissionCount());
        assertTrue(page.url().endsWith("/jobs/6309925003"));
    }

    @Test
    void enterManuallyRevealsTheResumeTextAndRemoveUndoesAnUpload(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("cv.txt"), "plain text resume".getBytes());
        page.navigate(url(GreenhouseJobs.BACKEND_ENGINEER.jobId()));

        assertThat(page.locator("#resume_text")).isHidden();
        page.locator("#resume_fieldset button[data-source=paste]").click();
        assertThat(page.locator("#resume_text")).isVisible();

        page.locator("#s3_upload_for_resume input[type=file]").setInputFiles(file);
        assertThat(page.locator("#resume_filename")).hasText("cv.txt");
        assertTrue(page.inputValue("input[name='job_application[resume_url]']").contains("/practice/greenhouse/uploads/"));
        page.locator("#resume_chosen a.remove").click();
        assertThat(page.locator("#resume_chosen")).isHidden();
        assertEquals("", page.inputValue("input[name='job_application[resume_url]']"));

        page.locator("#resume_fieldset button[data-source=dropbox]").click();
        assertThat(page.locator("#resume_fieldset .source-unavailable")).containsText("not available");
    }

    private String url(String jobId) {
        return ats.jobs().stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElseThrow().url();
    }
}
