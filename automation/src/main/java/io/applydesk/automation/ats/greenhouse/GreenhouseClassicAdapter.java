package io.applydesk.automation.ats.greenhouse;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on Greenhouse's classic hosted form (boards.greenhouse.io and pages embedding it). */
public final class GreenhouseClassicAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.GREENHOUSE_CLASSIC;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new GreenhouseClassicApplicationPage(page);
    }
}
