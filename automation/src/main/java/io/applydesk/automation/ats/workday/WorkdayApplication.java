package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.core.account.AtsAccount;
import io.applydesk.core.account.AtsAccounts;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.profile.Profile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Workday application, from the posting page to Submit: posting and choice page
 * ({@link WorkdayPostingPage}), the account wall ({@link WorkdayAccountWall}: sign in with the tenant's
 * stored account, or create one with a generated password and store it once the site accepted it), then
 * the wizard page by page ({@link WorkdayWizard}, rows by {@link WorkdayExperienceRows}). Bound to one page
 * on one worker thread.
 */
final class WorkdayApplication implements ApplicationForm {
    private final Page page;
    private final AtsAccounts accounts;
    private final WorkdayPostingPage posting;
    private final WorkdayWizard wizard;

    WorkdayApplication(Page page, AtsAccounts accounts) {
        this.page = page;
        this.accounts = accounts;
        this.posting = new WorkdayPostingPage(page);
        this.wizard = new WorkdayWizard(page);
    }

    @Override
    public Optional<PostingHeader> postingHeader() {
        return posting.header();
    }

    @Override
    public Optional<SubmitResult> signIn(JobLink job, String candidateEmail) {
        if (candidateEmail == null || candidateEmail.isBlank()) {
            throw new ApplyDeskException(ErrorCode.PROFILE_INCOMPLETE,
                    "Workday needs an account to apply, and the profile has no e-mail address to create it with.");
        }
        if (job.tenant() == null) {
            throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL, "The Workday link does not name the employer's "
                    + "Workday site, so ApplyDesk cannot tell which account to use: " + job.uri());
        }
        posting.openApplyFlow();
        WorkdayAccountWall wall = new WorkdayAccountWall(page, WorkdayWizard.PROGRESS_BAR
                + " li[data-automation-id=progressBarCompletedStep]");
        if (!wall.isShown()) {
            return Optional.empty();
        }
        String site = AtsAccount.siteKey("workday", job.tenant());
        String email = candidateEmail.strip();
        Optional<AtsAccount> known = accounts.find(site, email);
        WorkdayAccountWall.Answer answer;
        if (known.isPresent()) {
            answer = wall.signIn(email, known.get().password());
        } else {
            String password = WorkdayPasswords.generate();
            answer = wall.createAccount(email, password);
            if (answer.outcome() == WorkdayAccountWall.Outcome.SIGNED_IN
                    || answer.outcome() == WorkdayAccountWall.Outcome.VERIFY_EMAIL) {
                accounts.save(new AtsAccount(site, email, password, Instant.now()));
            }
        }
        switch (answer.outcome()) {
            case SIGNED_IN:
                return Optional.empty();
            case VERIFY_EMAIL:
                return Optional.of(new SubmitResult.NeedsCandidate("Verify the e-mail address of your Workday account at "
                        + job.tenant() + ": open the e-mail Workday sent to " + email
                        + ", click the link in it, then apply again (ApplyDesk signs in with the saved account).",
                        "Workday wants the e-mail address of the new account verified first: " + answer.message()));
            case CHALLENGE:
                return Optional.of(new SubmitResult.Blocked(answer.message()));
            default:
                return Optional.of(new SubmitResult.Rejected(List.of("Workday's sign-in page answered: "
                        + answer.message())));
        }
    }

    @Override
    public List<FormQuestion> questions() {
        return wizard.questions();
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        return wizard.answer(question, answer);
    }

    @Override
    public List<AnsweredQuestion> fillProfileSections(Profile profile) {
        return resumeOnThisPage() ? new WorkdayExperienceRows(page).fill(profile) : List.of();
    }

    @Override
    public boolean resumeOnThisPage() {
        return WorkdayWizard.MY_EXPERIENCE.equals(wizard.activeStep());
    }

    @Override
    public void uploadResume(Path resume) {
        wizard.uploadResume(resume);
    }

    /** Moving on saves the page on Workday (a draft the candidate could resume); it never submits. */
    @Override
    public boolean nextStep() {
        return wizard.next();
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        return wizard.submit(timeout);
    }
}
