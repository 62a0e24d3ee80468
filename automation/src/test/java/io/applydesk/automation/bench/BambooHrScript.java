package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;

import java.nio.file.Path;

/** The Senior Java Developer opening on the BambooHR replica, by hand. */
final class BambooHrScript implements MinimalScript {

    @Override
    public String jobId() {
        return BambooHrJobs.JAVA_DEVELOPER.jobId();
    }

    @Override
    public String formName() {
        return "BambooHR";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.click("[data-apply-button]");
        page.fill("[name=firstName]", "Jordan");
        page.fill("[name=lastName]", "Rivera");
        page.fill("[name=email]", "jordan.rivera@example.com");
        page.fill("[name=phone]", "+1 5125550147");
        page.fill("[name=streetAddress]", "2100 Lakeshore Blvd, Apt 4");
        page.fill("[name=city]", "Austin");
        page.selectOption("[name=state]", "Texas");
        page.fill("[name=zip]", "78741");
        page.selectOption("[name=countryId]", "United States");
        page.setInputFiles("input[type=file][name=resume]", resume);
        page.fill("[name=desiredPay]", "135000 USD");
        page.fill("[name=dateAvailable]", "09/01/2026");
        page.fill("[name=linkedinUrl]", "https://www.linkedin.com/in/jordan-rivera-demo");
        page.fill("[name=websiteUrl]", "https://jordanrivera.example.com");
        page.fill("[name='customQuestions[301]']", "6");
        page.selectOption("[name='customQuestions[302]']", "LinkedIn");
        page.check("[name='customQuestions[303]'][value=Yes]");
        page.click("button[type=submit]");
        page.locator(".CareersApplication__confirmation").waitFor();
    }
}
