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

    /**
     * The site holds the application until the candidate does something only they can (type a code
     * e-mailed to them): nothing was accepted, and the engine must not guess.
     *
     * @param question what the candidate is asked, e.g. "Security code sent to jo@example.com"
     */
    record NeedsCandidate(String question, String message) implements SubmitResult {
    }

    /**
     * The site answered, but with nothing that can be recognised as a confirmation, an error or a block
     * (a bare "OK", the form again, a server error page): it may or may not have stored the application.
     *
     * @param whatWasShown what the page showed, for the candidate, e.g. {@code a page titled "OK"}
     */
    record Unrecognised(String whatWasShown) implements SubmitResult {
    }
}
