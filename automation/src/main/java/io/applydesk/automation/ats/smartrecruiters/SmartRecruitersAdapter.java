package io.applydesk.automation.ats.smartrecruiters;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/** Applies on SmartRecruiters' OneClick form (jobs.smartrecruiters.com/oneclick-ui/company/{Company}/publication/{uuid}). */
public final class SmartRecruitersAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.SMARTRECRUITERS;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new SmartRecruitersApplicationPage(page);
    }
}
