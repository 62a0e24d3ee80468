package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.lever.LeverJobs;

import java.nio.file.Path;

/** The Java Engineer form on the Lever replica, by hand (resume first: Lever's parser fills fields from it). */
final class LeverScript implements MinimalScript {
    private static final String DECLINE = "Decline to self-identify";

    @Override
    public String jobId() {
        return LeverJobs.JAVA_ENGINEER.postingId();
    }

    @Override
    public String formName() {
        return "Lever";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        String card = "cards[" + LeverJobs.JAVA_ENGINEER.cards().get(0).id() + "]";
        page.navigate(url);
        page.setInputFiles("#resume-upload-input", resume);
        page.locator(".resume-upload-success .filename").waitFor();
        page.fill("[name=name]", "Jordan Rivera");
        page.fill("[name=email]", "jordan.rivera@example.com");
        page.fill("[name=phone]", "+1 512-555-0147");
        page.fill("#location-input", "Austin");
        page.click(".dropdown-results [role=option]:has-text('Austin, TX, United States')");
        page.fill("[name=org]", "Bluebonnet Analytics");
        page.fill("[name='urls[LinkedIn]']", "https://www.linkedin.com/in/jordan-rivera-demo");
        page.fill("[name='urls[GitHub]']", "https://github.com/jordan-rivera-demo");
        page.fill("[name='urls[Other]']", "https://jordanrivera.example.com");
        page.check("[name='" + card + "[field0]'][value=Yes]");
        page.check("[name='" + card + "[field1]'][value=No]");
        page.selectOption("[name='" + card + "[field2]']", "LinkedIn");
        page.fill("[name='" + card + "[field3]']", "135000 USD");
        page.selectOption("[name='eeo[gender]']", DECLINE);
        page.selectOption("[name='eeo[race]']", DECLINE);
        page.selectOption("[name='eeo[veteran]']", "I am not a protected veteran");
        page.selectOption("[name='eeo[disability]']", DECLINE);
        page.check("[name='consent[store]']");
        page.click("#btn-submit");
        page.locator("[data-qa=msg-submit-success]").waitFor();
    }
}
