package io.applydesk.automation.ats.recruitee;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on a Recruitee careers site's application form ({company}.recruitee.com/o/{slug}/c/new). */
public final class RecruiteeAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.RECRUITEE;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new RecruiteeApplicationPage(page);
    }
}
