package io.applydesk.automation.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.recruitee.RecruiteeOffers;

import java.nio.file.Path;

/** The Java Platform Engineer form on the Recruitee replica, by hand. */
final class RecruiteeScript implements MinimalScript {
    private static final String ANSWERS = "candidate[open_question_answers_attributes]";

    @Override
    public String jobId() {
        return RecruiteeOffers.PLATFORM_ENGINEER.slug();
    }

    @Override
    public String formName() {
        return "Recruitee";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.fill("[name='candidate[name]']", "Jordan Rivera");
        page.fill("[name='candidate[email]']", "jordan.rivera@example.com");
        page.fill("[name='candidate[phone]']", "+1 5125550147");
        page.fill("[name='candidate[cover_letter]']", "I build dependable Java services.");
        page.fill("[name='" + ANSWERS + "[0][content]']", "135000 USD");
        page.check("[name='" + ANSWERS + "[1][content]'][value=No]");
        page.setInputFiles("[name='candidate[cv]']", resume);
        page.locator("[data-cv-filename]").filter(new Locator.FilterOptions()
                .setHasText(resume.getFileName().toString())).waitFor();
        page.click("form.application-form button[type=submit]");
        page.locator(".application-thank-you").waitFor();
    }
}
