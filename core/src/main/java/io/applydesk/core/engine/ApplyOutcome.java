package io.applydesk.core.engine;

import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import java.util.List;

/**
 * What one application ended as. {@code errorCode}/{@code errorMessage} are null on success;
 * {@code pendingQuestions} is non-empty exactly when the status is NEEDS_INPUT for missing answers.
 * {@code transientFailure}: a FAILED that nothing was sent for and that may pass later (the site was
 * down or overloaded), so the run coordinator may try again.
 */
public record ApplyOutcome(
        ApplicationStatus status,
        AtsType atsType,
        String confirmationUrl,
        ErrorCode errorCode,
        String errorMessage,
        List<AnsweredQuestion> answers,
        List<PendingQuestion> pendingQuestions,
        Evidence evidence,
        boolean transientFailure) {

    public ApplyOutcome {
        answers = answers == null ? List.of() : List.copyOf(answers);
        pendingQuestions = pendingQuestions == null ? List.of() : List.copyOf(pendingQuestions);
    }

    /** Any outcome but a transient failure. */
    public ApplyOutcome(ApplicationStatus status, AtsType atsType, String confirmationUrl, ErrorCode errorCode,
                        String errorMessage, List<AnsweredQuestion> answers, List<PendingQuestion> pendingQuestions,
                        Evidence evidence) {
        this(status, atsType, confirmationUrl, errorCode, errorMessage, answers, pendingQuestions, evidence, false);
    }

    public static ApplyOutcome failed(AtsType ats, ErrorCode code, String message, Evidence evidence) {
        return new ApplyOutcome(ApplicationStatus.FAILED, ats, null, code, message, List.of(), List.of(), evidence);
    }

    /** A failure before anything was sent, caused by the site being down or overloaded: worth another try. */
    public static ApplyOutcome failedTransiently(AtsType ats, ErrorCode code, String message, Evidence evidence) {
        return new ApplyOutcome(ApplicationStatus.FAILED, ats, null, code, message, List.of(), List.of(), evidence,
                true);
    }
}
