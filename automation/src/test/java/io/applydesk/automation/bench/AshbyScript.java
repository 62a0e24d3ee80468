package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.ashby.AshbyJobs;

import java.nio.file.Path;

/** The Java Engineer form on the Ashby replica, by hand. */
final class AshbyScript implements MinimalScript {

    @Override
    public String jobId() {
        return AshbyJobs.JAVA_ENGINEER.jobId();
    }

    @Override
    public String formName() {
        return "Ashby";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.fill("#_systemfield_name", "Jordan Rivera");
        page.fill("#_systemfield_email", "jordan.rivera@example.com");
        page.fill("#_systemfield_phone", "(512) 555-0147");
        page.fill("#_systemfield_location", "Austin");
        page.click(".ashby-application-form-input-autocomplete-popup-result:has-text('Austin, Texas, United States')");
        page.setInputFiles("#_systemfield_resume", resume);
        // Exact: while uploading, the dropzone says "Uploading <name>..." and the upload is not done yet.
        page.getByText(resume.getFileName().toString(), new Page.GetByTextOptions().setExact(true)).waitFor();
        page.fill("[id='0f5a3c1e-2b44-4d6e-8a71-93c2d4e5f601']", "https://www.linkedin.com/in/jordan-rivera-demo");
        yesNo(page, "1a6b4d2f-3c55-4e7f-9b82-a4d3e5f60702", "Yes");
        yesNo(page, "2b7c5e30-4d66-4f80-8c93-b5e4f6071803", "No");
        page.selectOption("[id='3c8d6f41-5e77-4091-9da4-c6f507182904']", "LinkedIn");
        page.click(".ashby-application-form-submit-button");
        page.locator(".ashby-application-form-success-container").waitFor();
    }

    private static void yesNo(Page page, String questionId, String answer) {
        page.click(".ashby-application-form-field-entry:has(label[for='" + questionId + "']) button:text-is('"
                + answer + "')");
    }
}
