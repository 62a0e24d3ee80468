package io.applydesk.automation.ats.workable;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on Workable's hosted application form (apply.workable.com/{account}/j/{SHORTCODE}/apply/). */
public final class WorkableAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.WORKABLE;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new WorkableApplicationPage(page);
    }
}
