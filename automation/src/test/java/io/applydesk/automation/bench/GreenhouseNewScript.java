package io.applydesk.automation.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;

import java.nio.file.Path;

/** The Senior Java Engineer form on the Greenhouse new (job-boards) replica, by hand. */
final class GreenhouseNewScript implements MinimalScript {

    @Override
    public String jobId() {
        return GreenhouseNewJobs.JAVA_ENGINEER.jobId();
    }

    @Override
    public String formName() {
        return "Greenhouse new";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.fill("#first_name", "Jordan");
        page.fill("#last_name", "Rivera");
        page.fill("#preferred_name", "Jordan");
        page.fill("#email", "jordan.rivera@example.com");
        choose(page, "country", "United States");
        page.fill("#phone", "5125550147");
        page.setInputFiles("#resume", resume);
        page.locator(".file-upload__filename p").filter(new Locator.FilterOptions()
                .setHasText(resume.getFileName().toString())).waitFor();
        page.fill("#question_8120001", "https://www.linkedin.com/in/jordan-rivera-demo");
        choose(page, "question_8120002", "LinkedIn");
        choose(page, "question_8120003", "Yes");
        choose(page, "question_8120004", "No");
        choose(page, "4005628101", GreenhouseNewJobs.DECLINE);
        choose(page, "4005628102", GreenhouseNewJobs.DECLINE);
        choose(page, "4005628103", GreenhouseNewJobs.NOT_A_PROTECTED_VETERAN);
        choose(page, "4005628104", "I do not want to answer");
        page.click("#application-form button[type=submit]");
        page.waitForURL("**/confirmation");
    }

    /** Opens a react-select by its control and clicks the option. */
    private static void choose(Page page, String id, String option) {
        Locator shell = page.locator(".select-shell:has(input.select__input[id='" + id + "'])");
        shell.locator(".select__control").click();
        shell.locator(".select__menu").getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions()
                .setName(option).setExact(true)).click();
    }
}
