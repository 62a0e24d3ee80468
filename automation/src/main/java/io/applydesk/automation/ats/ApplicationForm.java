package io.applydesk.automation.ats;

import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One ATS's application form, open in a page, as the engine drives it: read the questions, upload
 * the resume, fill answers, submit. Implementations are page objects (STYLE.md §5): locators,
 * intent methods, no sleeps. Used by one worker thread.
 */
public interface ApplicationForm {

    /**
     * Every question the form asks except the resume upload, in page order, with labels, options
     * (placeholders such as "--" left out), required flags and sections.
     */
    List<FormQuestion> questions();

    /** The job's title and company as the posting page shows them; empty where it shows neither. */
    Optional<PostingHeader> postingHeader();

    /**
     * Attaches the resume through the form's real mechanism and returns once the page shows it as
     * attached (uploads are asynchronous on most ATSs).
     */
    void uploadResume(Path resume);

    /**
     * Fills one of {@link #questions()} with a resolved answer (an option text for choices).
     *
     * @return the value as the form now holds it, for the record of what was sent: usually the answer
     *         itself, but e.g. the suggestion picked from a location autocomplete
     */
    String answer(FormQuestion question, ResolvedAnswer answer);

    /**
     * Clicks submit and waits for the site's verdict.
     *
     * @param timeout how long to wait for the confirmation or an error after the click
     * @throws com.microsoft.playwright.TimeoutError when neither shows in time
     */
    SubmitResult submit(Duration timeout);

    /**
     * Whether a person can get past what {@link #submit} ran into ({@link SubmitResult.Blocked} or
     * {@link SubmitResult.NeedsCandidate}) in the visible browser window, e.g. by solving a captcha
     * challenge or typing an e-mailed code, and submit from there. False by default.
     */
    default boolean letsCandidateFinish() {
        return false;
    }

    /**
     * Only when {@link #letsCandidateFinish()}: waits, without clicking anything itself, while the
     * candidate finishes the step and submits in the window, for the site's confirmation. Errors the
     * site shows meanwhile (a mistyped code) are the candidate's to correct, so only a confirmation ends the wait.
     *
     * @return the confirmation, or empty when none showed within {@code timeout}
     */
    default Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        return Optional.empty();
    }
}
