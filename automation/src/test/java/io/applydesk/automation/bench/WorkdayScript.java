package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;

import java.nio.file.Path;

/**
 * The Senior Data Engineer application on the Workday replica, by hand: the account is created on the
 * first run (with its own address, so it never meets the engine's account) and signed into afterwards.
 * Work-history and education rows are optional on the form and left out.
 */
final class WorkdayScript implements MinimalScript {
    private static final String ACCOUNT_EMAIL = "jordan.rivera.bench@example.com";
    private static final String PASSWORD = "Bench-Script-2026!";
    private static final String NEXT = "[data-automation-id=bottom-navigation-next-button]";
    private boolean accountCreated;

    @Override
    public String jobId() {
        return WorkdayJobs.NORTHWIND_DATA_ENGINEER.reqId();
    }

    @Override
    public String formName() {
        return "Workday";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.click("[data-automation-id=adventureButton]");
        page.click("[data-automation-id=applyManually]");
        if (accountCreated) {
            page.click("[data-automation-id=signInLink]");
        }
        page.fill("[data-automation-id=email]", ACCOUNT_EMAIL);
        page.fill("[data-automation-id=password]", PASSWORD);
        if (accountCreated) {
            page.click("[data-automation-id=signInSubmitButton]");
        } else {
            page.fill("[data-automation-id=verifyPassword]", PASSWORD);
            page.check("[data-automation-id=createAccountCheckbox]");
            page.click("[data-automation-id=createAccountSubmitButton]");
            accountCreated = true;
        }
        choose(page, "country--country", "United States of America");
        page.fill("[id='source--source']", "LinkedIn");
        page.click("[data-automation-widget=wd-popup] [data-automation-id=promptLeafNode]:text-is('LinkedIn')");
        page.check("#candidateIsPreviousWorker-false");
        page.fill("[id='name--legalName--firstName']", "Jordan");
        page.fill("[id='name--legalName--lastName']", "Rivera");
        page.fill("[id='address--addressLine1']", "2100 Lakeshore Blvd, Apt 4");
        page.fill("[id='address--city']", "Austin");
        choose(page, "address--regionSubdivision1", "Texas");
        page.fill("[id='address--postalCode']", "78741");
        page.fill("[id='emailAddress--emailAddress']", "jordan.rivera@example.com");
        choose(page, "phoneNumber--phoneType", "Mobile");
        page.fill("[id='phoneNumber--phoneNumber']", "5125550147");
        page.click(NEXT);
        page.setInputFiles("[data-automation-id=file-upload-input-ref]", resume);
        page.waitForSelector("[data-automation-id=file-upload-successful]");
        page.click(NEXT);
        choose(page, "primaryQuestionnaire--workAuthorization", "Yes");
        choose(page, "primaryQuestionnaire--sponsorship", "No");
        choose(page, "primaryQuestionnaire--relocation", "Yes");
        page.click(NEXT);
        choose(page, "personalInfoUS--gender", "I do not wish to self-identify");
        choose(page, "personalInfoUS--veteranStatus", "I am not a protected veteran");
        page.check("[id='termsAndConditions--acceptTermsAndAgreements']");
        page.click(NEXT);
        page.waitForSelector("li[data-automation-id=progressBarActiveStep]:has-text('Review')");
        page.click(NEXT);
        page.waitForSelector("[data-automation-id=applicationSubmittedPage]");
    }

    private static void choose(Page page, String id, String option) {
        page.click("[id='" + id + "']");
        page.click("[data-automation-widget=wd-popup] [data-automation-id=promptLeafNode]:text-is('" + option + "')");
    }
}
