package io.applydesk.automation.ats;

import com.microsoft.playwright.Page;

/**
 * Applies on one ATS's application form. One implementation per form, in its own package, listed
 * in {@link AtsAdapters}.
 */
public interface AtsAdapter {

    /** The form this adapter fills; the detector picks the adapter by it. */
    FormFingerprint form();

    /** Wraps the page, which already shows this adapter's form, in its page object. */
    ApplicationForm open(Page page);
}
