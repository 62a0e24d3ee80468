package io.applydesk.app.ui.inbox;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.WaitingApplication;
import io.applydesk.core.followup.WaitingApplication.UnfitAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of the "Needs you" inbox: an application waiting on the candidate, what it waits for, in
 * words, and which actions fit. Built on a worker thread (it checks that the screenshot file exists).
 *
 * @param profileName the profile it was made for (the inbox lists every profile's)
 * @param kind        what the candidate does about it
 * @param reason      why it waits, in plain words
 * @param unanswered  the questions still to answer (QUESTIONS only)
 * @param screenshot  the filled form's screenshot, or null when none was taken (REVIEW)
 */
public record InboxItem(String applicationId, String profileId, String profileName, String company, String title,
                        String ats, ApplicationStatus status, Kind kind, String reason,
                        List<PendingQuestion> unanswered, String jobUrl, Path screenshot) {

    /** What the candidate does about an application, by why it waits. */
    public enum Kind {
        /**
         * NEEDS_INPUT: questions the answer bank has no answer to yet, or only one the form's choices do not take (or
         * answers that now make it ready).
         */
        QUESTIONS,
        /** NEEDS_INPUT: a captcha or an e-mailed code only the candidate can finish on the job site. */
        BROWSER_STEP,
        /** AWAITING_REVIEW: filled in, not sent; approve or discard. */
        REVIEW,
        /** UNCONFIRMED: submit was clicked but no confirmation was seen. */
        UNCONFIRMED
    }

    public InboxItem {
        unanswered = List.copyOf(unanswered);
    }

    /** Worker thread: reads the application's state and whether its screenshot file exists. */
    public static InboxItem of(WaitingApplication waiting) {
        Application app = waiting.application();
        Kind kind = kindOf(app);
        Path shot = app.evidence() == null ? null : app.evidence().filledScreenshot();
        return new InboxItem(app.applicationId(), app.profileId(), waiting.profileName(),
                app.companyName() == null ? "Unknown company" : app.companyName(),
                app.jobTitle() == null ? "Job" : app.jobTitle(),
                app.atsType() == null ? "" : app.atsType().displayName(), app.status(), kind,
                reason(kind, app, waiting), waiting.unanswered(), app.jobUrl(),
                shot != null && Files.isRegularFile(shot) ? shot : null);
    }

    /** "Acme — Backend Engineer", as the list and the detail pane title it. */
    public String heading() {
        return company + " — " + title;
    }

    private static Kind kindOf(Application app) {
        if (app.status() == ApplicationStatus.AWAITING_REVIEW) {
            return Kind.REVIEW;
        }
        if (app.status() == ApplicationStatus.UNCONFIRMED) {
            return Kind.UNCONFIRMED;
        }
        // WHY: the engine reports a captcha or e-mailed code as NEEDS_INPUT with ATS_BLOCKED; its "question" is a
        // one-time code, which must never go into the answer bank.
        return app.error() != null && app.error().code() == ErrorCode.ATS_BLOCKED ? Kind.BROWSER_STEP
                : Kind.QUESTIONS;
    }

    private static String reason(Kind kind, Application app, WaitingApplication waiting) {
        return switch (kind) {
            case REVIEW -> "Ready for your review: the form is filled in but not sent.";
            case UNCONFIRMED -> "We clicked submit but saw no confirmation"
                    + (app.error() == null ? "." : ": " + app.error().message());
            case BROWSER_STEP -> "The job site wants a step only you can do (a check that you are a person, or a"
                    + " code it e-mailed you)" + (app.error() == null ? "." : ": " + app.error().message());
            case QUESTIONS -> waiting.readyToRetry()
                    ? "Every question is answered now: retry it to send it."
                    : questions(waiting);
        };
    }

    /** What the questions wait for: a saved answer the form's choices do not take is asked again, not "answered". */
    private static String questions(WaitingApplication waiting) {
        List<UnfitAnswer> unfit = waiting.unfit();
        int others = waiting.unanswered().size() - unfit.size();
        String asked = others == 1 ? "The form asks 1 question we cannot answer for you."
                : "The form asks " + others + " questions we cannot answer for you.";
        if (unfit.isEmpty()) {
            return asked;
        }
        String choose = unfit.size() == 1
                ? "Your saved answer \u201c" + unfit.get(0).answer() + "\u201d to \u201c"
                        + unfit.get(0).question().label() + "\u201d is not one of the form's choices: choose again."
                : unfit.size() + " of your saved answers are not among the form's choices: choose again.";
        return others == 0 ? choose : choose + " " + asked;
    }
}
