package io.applydesk.automation.ats;

import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.profile.Profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One ATS's application form, open in a page, as the engine drives it: read the questions, upload
 * the resume, fill answers, submit. Implementations are page objects (STYLE.md §5): locators,
 * intent methods, no sleeps. Used by one worker thread.
 *
 * <p>Most forms are one page. Forms spread over several pages (Workday's wizard) also implement
 * {@link #nextStep()}; the engine then reads, resolves and fills page by page, and {@link #questions()}
 * and {@link #answer} always concern the page now open. Forms behind an account wall implement
 * {@link #signIn}.
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

    /**
     * Gets past what stands between the posting and the questions and needs to know who applies, such
     * as Workday's account wall (sign in, or create the account). Forms without such a wall do nothing.
     *
     * @param job            the job as its link was understood (its tenant names the site's account)
     * @param candidateEmail the e-mail address the application is made with, or null when the profile has none
     * @return empty when the questions are open; otherwise the site's answer, which ends the application
     *         (e.g. {@link SubmitResult.NeedsCandidate} when the site first wants the e-mail address verified)
     */
    default Optional<SubmitResult> signIn(JobLink job, String candidateEmail) {
        return Optional.empty();
    }

    /**
     * Fills, on the page now open, the repeating sections the form wants as whole records from the
     * profile (Workday's work-history and education rows), and returns what was filled with where it
     * came from. Forms without such sections fill nothing.
     */
    default List<AnsweredQuestion> fillProfileSections(Profile profile) {
        return List.of();
    }

    /** Whether the page now open is where the resume goes; always true for one-page forms. */
    default boolean resumeOnThisPage() {
        return true;
    }

    /**
     * Multi-page forms: saves the page now open and opens the next one. Never submits the application,
     * although the site may keep what was saved as a draft.
     *
     * @return false, without doing anything, when the page now open is the last one (where {@link #submit}
     *         sends the application); one-page forms always answer false
     */
    default boolean nextStep() {
        return false;
    }
}
