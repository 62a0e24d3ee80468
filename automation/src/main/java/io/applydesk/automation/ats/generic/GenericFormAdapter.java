package io.applydesk.automation.ats.generic;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;

/**
 * Applies on application forms of no known ATS (an employer's own careers page): fills clearly labelled
 * fields, and reports success only when the answer is positively recognised as a confirmation.
 */
public final class GenericFormAdapter implements AtsAdapter {

    @Override
    public FormFingerprint form() {
        return FormFingerprint.GENERIC;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new GenericApplicationPage(page);
    }
}
