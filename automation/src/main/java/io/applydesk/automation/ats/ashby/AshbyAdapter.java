package io.applydesk.automation.ats.ashby;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on Ashby's hosted application form (jobs.ashbyhq.com/{org}/{uuid}/application). */
public final class AshbyAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.ASHBY;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new AshbyApplicationPage(page);
    }
}
