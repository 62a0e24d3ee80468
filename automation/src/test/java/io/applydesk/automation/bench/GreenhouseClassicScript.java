package io.applydesk.automation.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;

import java.nio.file.Path;

/** The Data Analyst form on the Greenhouse classic replica, by hand. */
final class GreenhouseClassicScript implements MinimalScript {

    @Override
    public String jobId() {
        return GreenhouseJobs.DATA_ANALYST.jobId();
    }

    @Override
    public String formName() {
        return "Greenhouse classic";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.fill("#first_name", "Jordan");
        page.fill("#last_name", "Rivera");
        page.fill("#email", "jordan.rivera@example.com");
        page.fill("#phone", "+1 5125550147");
        page.fill("#job_application_location", "Austin");
        page.click("#location_autocomplete-items-popup li");
        page.click("#cover_letter_fieldset [data-source=paste]");
        page.fill("#cover_letter_text", "I build dependable Java services.");
        page.fill("[name='job_application[answers_attributes][0][text_value]']",
                "https://www.linkedin.com/in/jordan-rivera-demo");
        page.selectOption("[name='job_application[answers_attributes][1][boolean_value]']", "1");
        page.selectOption("[name='job_application[answers_attributes][2][boolean_value]']", "0");
        page.selectOption("[name='job_application[answers_attributes][3][answer_selected_options_attributes]"
                + "[0][question_option_id]']", "5521880301");
        page.selectOption("#job_application_gender", "3");
        page.selectOption("#job_application_hispanic_ethnicity", "Decline To Self Identify");
        page.selectOption("#job_application_veteran_status", "1");
        page.selectOption("#job_application_disability_status", "3");
        page.setInputFiles("#s3_upload_for_resume input[type=file]", resume);
        page.locator("#resume_filename").filter(new Locator.FilterOptions()
                .setHasText(resume.getFileName().toString())).waitFor();
        page.click("#submit_app");
        page.locator("#application_confirmation").waitFor();
    }
}
