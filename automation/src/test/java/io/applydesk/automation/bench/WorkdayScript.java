package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;

import java.nio.file.Path;

/**
 * The Senior Data Engineer application on the Workday replica, by hand: the account is created on the
 * first run (with its own address, so it never meets the engine's account) and signed into afterwards.
 * The demo candidate's two jobs and school are typed as rows, as the engine does.
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
        String job = addRow(page, "workExperience", 1);
        page.fill("[id='" + job + "jobTitle']", "Software Engineer");
        page.fill("[id='" + job + "companyName']", "Bluebonnet Analytics");
        page.fill("[id='" + job + "location']", "Austin, TX");
        page.check("[id='" + job + "currentlyWorkHere']");
        date(page, job + "startDate", "03", "2020");
        page.fill("[id='" + job + "roleDescription']",
                "Builds the Java services that ingest 40 million sensor readings a day (Spring Boot, PostgreSQL, Kafka).");
        job = addRow(page, "workExperience", 2);
        page.fill("[id='" + job + "jobTitle']", "Junior Java Developer");
        page.fill("[id='" + job + "companyName']", "Cinder Lane Software");
        page.fill("[id='" + job + "location']", "San Antonio, TX");
        date(page, job + "startDate", "06", "2018");
        date(page, job + "endDate", "02", "2020");
        page.fill("[id='" + job + "roleDescription']", "Maintained REST services and the customer billing console.");
        String school = addRow(page, "education", 1);
        page.fill("[id='" + school + "schoolName']", "Central Texas Institute of Technology");
        page.fill("[id='" + school + "degree']", "Bachelor of Science");
        page.fill("[id='" + school + "fieldOfStudy']", "Computer Science");
        date(page, school + "firstYearAttended", null, "2014");
        date(page, school + "lastYearAttended", null, "2018");
        page.setInputFiles("[data-automation-id=file-upload-input-ref]", resume);
        page.waitForSelector("[data-automation-id=file-upload-successful]");
        page.click(NEXT);
        choose(page, "primaryQuestionnaire--workAuthorization", "Yes");
        choose(page, "primaryQuestionnaire--sponsorship", "No");
        choose(page, "primaryQuestionnaire--relocation", "Yes");
        page.click(NEXT);
        choose(page, "personalInfoUS--gender", "I do not wish to self-identify");
        choose(page, "personalInfoUS--ethnicity", "I do not wish to answer");
        choose(page, "personalInfoUS--veteranStatus", "I am not a protected veteran");
        page.check("[id='termsAndConditions--acceptTermsAndAgreements']");
        page.click(NEXT);
        page.waitForSelector("li[data-automation-id=progressBarActiveStep]:has-text('Review')");
        page.click(NEXT);
        page.waitForSelector("[data-automation-id=applicationSubmittedPage]");
    }

    private static String addRow(Page page, String section, int n) {
        page.click("section[data-automation-id=" + section + "Section] > button[data-automation-id=add-button]");
        page.waitForSelector("[data-automation-id=" + section + "-" + n + "]");
        return section + "-" + n + "--";
    }

    /** Month and Year spinbuttons; school years have no month ({@code month} null). */
    private static void date(Page page, String id, String month, String year) {
        String wrapper = "[id='" + id + "'][data-automation-id=dateInputWrapper]";
        if (month != null) {
            page.fill(wrapper + " [role=spinbutton][aria-label=Month]", month);
        }
        page.fill(wrapper + " [role=spinbutton][aria-label=Year]", year);
    }

    private static void choose(Page page, String id, String option) {
        page.click("[id='" + id + "']");
        page.click("[data-automation-widget=wd-popup] [data-automation-id=promptLeafNode]:text-is('" + option + "')");
    }
}
