package io.applydesk.automation.ats;

import java.util.List;

/** What the job site answered to the submit click. */
public sealed interface SubmitResult {

    /** The site confirmed the application. */
    record Confirmed(String confirmationUrl) implements SubmitResult {
    }

    /** The site refused it and said why (required-field errors, an error banner). */
    record Rejected(List<String> messages) implements SubmitResult {
        public Rejected {
            messages = List.copyOf(messages);
        }
    }

    /** The site refused the browser itself (a captcha or spam check), not the answers: nothing was accepted. */
    record Blocked(String message) implements SubmitResult {
    }

    /** The site says this candidate has already applied to the job: nothing new was accepted. */
    record AlreadyApplied(String message) implements SubmitResult {
    }
}
