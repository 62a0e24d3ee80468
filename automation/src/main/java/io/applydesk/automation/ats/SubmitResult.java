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
}
