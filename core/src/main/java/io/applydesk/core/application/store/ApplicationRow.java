package io.applydesk.core.application.store;

import static io.applydesk.core.application.store.ApplicationColumns.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationError;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.store.ResultSets;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of {@code application}: JSON columns as text, enums as their names. {@link #toApplication}
 * turns it into the domain record.
 */
public record ApplicationRow(
        String id,
        String sessionId,
        String sessionRunId,
        int listPosition,
        String profileId,
        String jobUrl,
        String jobKey,
        String jobTenant,
        String jobAtsId,
        String jobTitle,
        String companyName,
        String jobRefId,
        String atsType,
        String status,
        String candidateEmail,
        String searchId,
        String confirmationUrl,
        String questionsAndAnswers,
        String pendingQuestions,
        String errorCode,
        String errorMessage,
        String evidence,
        Instant submitClickedAt,
        Instant createdAt,
        Instant updatedAt) {

    private static final TypeReference<List<AnsweredQuestion>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<PendingQuestion>> PENDING = new TypeReference<>() {
    };

    /** A new application for one job of a list, before any processing. */
    public static ApplicationRow create(String id, String sessionId, String sessionRunId, int listPosition,
                                        String profileId, JobLink link, String jobTitle, String companyName,
                                        String jobRefId, ApplicationStatus status, String candidateEmail,
                                        String searchId, ApplicationError error, Instant now) {
        return new ApplicationRow(id, sessionId, sessionRunId, listPosition, profileId, link.uri().toString(),
                link.canonicalKey(), link.tenant(), link.jobId(), jobTitle, companyName, jobRefId,
                link.atsType().name(), status.name(), candidateEmail, searchId, null, null, null,
                error == null ? null : error.code().name(), error == null ? null : error.message(), null, null,
                now, now);
    }

    public ApplicationStatus applicationStatus() {
        return ApplicationStatus.valueOf(status);
    }

    /** The job link as it was understood when the application was created (host aliases included). */
    public JobLink jobLink() {
        return new JobLink(URI.create(jobUrl), AtsType.valueOf(atsType), jobTenant, jobAtsId, jobKey);
    }

    public Application toApplication(List<Attempt> attempts) {
        ApplicationError error = errorCode == null ? null
                : new ApplicationError(ErrorCode.valueOf(errorCode), errorMessage);
        return new Application(id, sessionId, sessionRunId, profileId, jobUrl, jobKey, jobTitle, companyName,
                jobRefId, AtsType.valueOf(atsType), applicationStatus(), candidateEmail, searchId, confirmationUrl,
                JsonText.read(questionsAndAnswers, ANSWERS), JsonText.read(pendingQuestions, PENDING), error,
                attempts, JsonText.read(evidence, Evidence.class), submitClickedAt, createdAt, updatedAt);
    }

    /** Maps {@code SELECT *} rows by column name. */
    public static final class Mapper implements RowMapper<ApplicationRow> {
        @Override
        public ApplicationRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ApplicationRow(
                    rs.getString(ID),
                    rs.getString(SESSION_ID),
                    rs.getString(SESSION_RUN_ID),
                    rs.getInt(LIST_POSITION),
                    rs.getString(PROFILE_ID),
                    rs.getString(JOB_URL),
                    rs.getString(JOB_KEY),
                    rs.getString(JOB_TENANT),
                    rs.getString(JOB_ATS_ID),
                    rs.getString(JOB_TITLE),
                    rs.getString(COMPANY_NAME),
                    rs.getString(JOB_REF_ID),
                    rs.getString(ATS_TYPE),
                    rs.getString(STATUS),
                    rs.getString(CANDIDATE_EMAIL),
                    rs.getString(SEARCH_ID),
                    rs.getString(CONFIRMATION_URL),
                    rs.getString(QUESTIONS_AND_ANSWERS),
                    rs.getString(PENDING_QUESTIONS),
                    rs.getString(ERROR_CODE),
                    rs.getString(ERROR_MESSAGE),
                    rs.getString(EVIDENCE),
                    ResultSets.instant(rs, SUBMIT_CLICKED_AT),
                    ResultSets.instant(rs, CREATED_AT),
                    ResultSets.instant(rs, UPDATED_AT));
        }
    }
}
