package io.applydesk.automation.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;

import java.nio.file.Path;

/**
 * The Senior Platform Engineer OneClick form on the SmartRecruiters replica, by hand: resume first, then the
 * candidate's own values over what the CV parse filled in.
 */
final class SmartRecruitersScript implements MinimalScript {

    @Override
    public String jobId() {
        return SmartRecruitersJobs.PLATFORM_ENGINEER.publication();
    }

    @Override
    public String formName() {
        return "SmartRecruiters OneClick";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.setInputFiles("#resume-first-input", resume);
        page.locator(".oc-file-name").filter(new Locator.FilterOptions()
                .setHasText(resume.getFileName().toString())).waitFor();
        page.fill("#first-name-input", "Jordan");
        page.fill("#last-name-input", "Rivera");
        page.fill("#email-input", "jordan.rivera@example.com");
        page.fill("#confirm-email-input", "jordan.rivera@example.com");
        page.fill("#phone-number-input", "+1 5125550147");
        page.fill("#location-input", "Austin, TX, United States");
        page.click("#next-button");
        page.selectOption("#question-5f2a9c10", "LinkedIn");
        page.check("#question-5f2a9c11-yes");
        page.fill("#question-5f2a9c12", "6");
        page.check("#consent-input");
        page.click("#submit-button");
        page.locator(".oc-confirmation").waitFor();
    }
}
