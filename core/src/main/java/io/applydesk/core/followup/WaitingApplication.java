package io.applydesk.core.followup;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import java.util.List;

/**
 * An application that waits on the candidate: NEEDS_INPUT, AWAITING_REVIEW or UNCONFIRMED.
 *
 * @param profileName the name of the profile it was made for (the inbox mixes every profile's)
 * @param unanswered  the application's pending questions the answer bank has no answer to that the form takes, in
 *                    the form's order (empty for the other statuses)
 * @param unfit       those of them whose saved answer fits none of the form's choices, with that answer
 */
public record WaitingApplication(Application application, String profileName, List<PendingQuestion> unanswered,
                                 List<UnfitAnswer> unfit) {

    public WaitingApplication {
        unanswered = List.copyOf(unanswered);
        unfit = List.copyOf(unfit);
    }

    /** NEEDS_INPUT because of questions, and every one of them now has an answer: retrying can send it. */
    public boolean readyToRetry() {
        return application.status() == ApplicationStatus.NEEDS_INPUT && !application.pendingQuestions().isEmpty()
                && unanswered.isEmpty();
    }

    /** A saved answer the form cannot take ("Seattle" where it offers Berlin and Lisbon): the question waits again. */
    public record UnfitAnswer(PendingQuestion question, String answer) {
    }
}
