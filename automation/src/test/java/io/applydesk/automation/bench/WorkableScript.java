package io.applydesk.automation.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.workable.WorkableJobs;

import java.nio.file.Path;

/** The Backend Engineer form on the Workable replica, by hand. */
final class WorkableScript implements MinimalScript {

    @Override
    public String jobId() {
        return WorkableJobs.BACKEND_ENGINEER.shortcode();
    }

    @Override
    public String formName() {
        return "Workable";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.click("button[data-ui=cookie-consent-accept]");
        // The CV parser overwrites fields, so the resume goes first and the fields are typed after it.
        page.setInputFiles("input[data-ui=resume]", resume);
        page.locator("[data-ui=resume-filename]").filter(new Locator.FilterOptions()
                .setHasText(resume.getFileName().toString())).waitFor();
        page.fill("#firstname", "Jordan");
        page.fill("#lastname", "Rivera");
        page.fill("#email", "jordan.rivera@example.com");
        page.fill("#phone", "+1 5125550147");
        page.fill("#address", "2100 Lakeshore Blvd, Apt 4");
        page.fill("#cover_letter", "I build dependable Java services.");
        page.check("fieldset[data-ui=QA_6130201] input[value=YES]");
        page.check("fieldset[data-ui=QA_6130202] input[value=NO]");
        page.fill("#QA_6130203", "135000 USD");
        page.fill("#CA_41001", "https://www.linkedin.com/in/jordan-rivera-demo");
        page.click("button[data-ui=submit-button]");
        page.locator("[data-ui=application-success]").waitFor();
    }
}
