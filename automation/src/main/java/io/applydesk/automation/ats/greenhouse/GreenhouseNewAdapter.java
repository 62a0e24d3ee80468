package io.applydesk.automation.ats.greenhouse;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on Greenhouse's new React form (job-boards.greenhouse.io). */
public final class GreenhouseNewAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.GREENHOUSE_NEW;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new GreenhouseNewApplicationPage(page);
    }
}
