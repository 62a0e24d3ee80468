package io.applydesk.core.application;

import io.applydesk.core.job.AtsType;
import java.time.Instant;
import java.util.List;

/**
 * One job for one profile, as the hosted API's application, plus what we keep beyond it.
 *
 * @param jobKey          the canonical job identity (see JobLink) used to never apply twice
 * @param submitClickedAt set just before the submit click; a crash after it means UNCONFIRMED
 */
public record Application(
        String applicationId,
        String sessionId,
        String sessionRunId,
        String profileId,
        String jobUrl,
        String jobKey,
        String jobTitle,
        String companyName,
        String jobRefId,
        AtsType atsType,
        ApplicationStatus status,
        String candidateEmail,
        String searchId,
        String confirmationUrl,
        List<AnsweredQuestion> questionsAndAnswers,
        List<PendingQuestion> pendingQuestions,
        ApplicationError error,
        List<Attempt> attempts,
        Evidence evidence,
        Instant submitClickedAt,
        Instant createdAt,
        Instant updatedAt) {

    public Application {
        questionsAndAnswers = questionsAndAnswers == null ? List.of() : List.copyOf(questionsAndAnswers);
        pendingQuestions = pendingQuestions == null ? List.of() : List.copyOf(pendingQuestions);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /** This application with its attempts (they are stored in their own table). */
    public Application withAttempts(List<Attempt> newAttempts) {
        return new Application(applicationId, sessionId, sessionRunId, profileId, jobUrl, jobKey, jobTitle,
                companyName, jobRefId, atsType, status, candidateEmail, searchId, confirmationUrl,
                questionsAndAnswers, pendingQuestions, error, newAttempts, evidence, submitClickedAt, createdAt,
                updatedAt);
    }
}
