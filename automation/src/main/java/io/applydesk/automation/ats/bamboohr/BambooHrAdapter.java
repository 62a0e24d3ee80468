package io.applydesk.automation.ats.bamboohr;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on BambooHR careers sites ({company}.bamboohr.com/careers/{id}). */
public final class BambooHrAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.BAMBOOHR;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new BambooHrApplicationPage(page);
    }
}
