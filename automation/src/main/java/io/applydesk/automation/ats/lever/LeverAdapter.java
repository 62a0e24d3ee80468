package io.applydesk.automation.ats.lever;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on Lever's hosted application form (jobs.lever.co/{site}/{id}/apply). */
public final class LeverAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.LEVER;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new LeverApplicationPage(page);
    }
}
