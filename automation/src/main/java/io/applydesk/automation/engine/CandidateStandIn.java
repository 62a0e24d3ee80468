package io.applydesk.automation.engine;

import com.microsoft.playwright.Page;

/**
 * What happens in the visible browser window when the engine hands the application to the candidate
 * (a captcha to solve, an e-mailed code to type). In the product the person acts in the window and this
 * does nothing ({@link #PERSON}); tests pass one that does on the practice page what a person would. The
 * engine then waits for the confirmation the same way in both cases.
 */
@FunctionalInterface
public interface CandidateStandIn {

    /** The real candidate acts in the window themselves: nothing to do here. */
    CandidateStandIn PERSON = (page, instruction) -> {
    };

    /**
     * Called on the worker thread once the candidate has been told {@code instruction}, before the engine
     * starts waiting for the confirmation.
     */
    void act(Page page, String instruction);
}
