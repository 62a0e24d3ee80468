package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.form.PageReads;

import java.util.Optional;

/**
 * Workday's posting page and the {@code /apply} choice page after it (ATS-REFERENCE.md §6.2 items 1-2):
 * the Apply "adventure" button, then "Apply Manually" (the form is filled from the profile, not parsed
 * from the resume).
 */
final class WorkdayPostingPage {
    static final String ADVENTURE_BUTTON = "button[data-automation-id=adventureButton]";
    static final String CHOICE_PAGE = "[data-automation-id=applyAdventurePage]";
    private static final String APPLY_MANUALLY = CHOICE_PAGE + " a[data-automation-id=applyManually]";

    private final Page page;

    WorkdayPostingPage(Page page) {
        this.page = page;
    }

    /** The posting's title; Workday's page names the company only in its logo, so that stays empty. */
    Optional<PostingHeader> header() {
        return PageReads.header(PageReads.firstText(page.locator("[data-automation-id=jobPostingHeader]")), null);
    }

    /**
     * From the posting or the choice page, whichever is open, to the apply flow; a link straight into
     * the flow ({@code …/apply/applyManually}) is already there.
     */
    void openApplyFlow() {
        if (page.locator(ADVENTURE_BUTTON).count() > 0) {
            page.locator(ADVENTURE_BUTTON).click();
            page.locator(CHOICE_PAGE).waitFor();
        }
        if (page.locator(CHOICE_PAGE).count() > 0) {
            page.locator(APPLY_MANUALLY).click();
        }
        page.locator("[data-automation-id=applyFlowPage] ol[data-automation-id=progressBar]")
                .waitFor(new Locator.WaitForOptions());
    }
}
