package io.applydesk.core.application.store;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.Attempt;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code application} and {@code application_attempt} tables. Writes that must agree with a
 * session's status (claiming, stopping) are in {@code RunStateDao}, which locks the session first.
 */
@RegisterRowMapper(ApplicationRow.Mapper.class)
@RegisterRowMapper(AttemptRow.Mapper.class)
public interface ApplicationDao {

    @SqlUpdate("INSERT INTO application (id, session_id, session_run_id, list_position, profile_id, job_url, "
            + "job_key, job_tenant, job_ats_id, job_title, company_name, job_ref_id, ats_type, status, "
            + "candidate_email, search_id, confirmation_url, questions_and_answers, pending_questions, error_code, "
            + "error_message, evidence, submit_clicked_at, created_at, updated_at) VALUES (:id, :sessionId, "
            + ":sessionRunId, :listPosition, :profileId, :jobUrl, :jobKey, :jobTenant, :jobAtsId, :jobTitle, "
            + ":companyName, :jobRefId, :atsType, :status, :candidateEmail, :searchId, :confirmationUrl, "
            + ":questionsAndAnswers, :pendingQuestions, :errorCode, :errorMessage, :evidence, :submitClickedAt, "
            + ":createdAt, :updatedAt)")
    void insert(@BindMethods ApplicationRow row);

    @SqlQuery("SELECT * FROM application WHERE id = :id")
    Optional<ApplicationRow> findRow(@Bind("id") String id);

    /**
     * One page in list order, oldest first ({@code direction} "") or newest first ("DESC"). {@code order} is
     * that order, led by a column the filter fixes to one value when that lets an index give the order (see
     * {@code ApplicationService}). The page's ids are picked from an index first (V8's and V9's indexes cover
     * the filters and the orders), so only the page's own rows are read whole.
     */
    @SqlQuery("SELECT a.* FROM application a JOIN (SELECT id, created_at, list_position FROM application <where> "
            + "ORDER BY <order> LIMIT :limit OFFSET :offset) p ON a.id = p.id "
            + "ORDER BY p.created_at <direction>, p.list_position <direction>, p.id <direction>")
    @AllowUnusedBindings
    List<ApplicationRow> pageRows(@Define("where") String where, @Define("order") String order,
                                  @Define("direction") String direction, @BindMap Map<String, ?> values,
                                  @Bind("limit") int limit, @Bind("offset") long offset);

    /**
     * Every matching row, newest first, read as the caller consumes them (exports); close the stream, and
     * use it inside the handle that opened it.
     */
    @SqlQuery("SELECT * FROM application <where> ORDER BY created_at DESC, list_position DESC, id DESC")
    @AllowUnusedBindings
    Stream<ApplicationRow> matching(@Define("where") String where, @BindMap Map<String, ?> values);

    /** The company names stored, A to Z, at most {@code limit} (the Applications page's company filter). */
    @SqlQuery("SELECT DISTINCT company_name FROM application WHERE company_name IS NOT NULL "
            + "ORDER BY company_name LIMIT :limit")
    List<String> companyNames(@Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM application <where>")
    @AllowUnusedBindings
    long count(@Define("where") String where, @BindMap Map<String, ?> values);

    /** A run's applications in list order, optionally only those in {@code statuses}. */
    @SqlQuery("SELECT * FROM application WHERE session_run_id = :runId AND status IN (<statuses>) "
            + "ORDER BY list_position, id")
    List<ApplicationRow> inRun(@Bind("runId") String runId, @BindList("statuses") Collection<String> statuses);

    @SqlQuery("SELECT * FROM application WHERE session_id = :sessionId AND status IN (<statuses>) "
            + "ORDER BY list_position, id")
    List<ApplicationRow> inSession(@Bind("sessionId") String sessionId,
                                   @BindList("statuses") Collection<String> statuses);

    @SqlQuery("SELECT COUNT(*) FROM application WHERE session_run_id = :runId AND status IN (<statuses>)")
    int countInRun(@Bind("runId") String runId, @BindList("statuses") Collection<String> statuses);

    /**
     * SQL that is true when application {@code a} was discarded by the candidate after review: CANCELLED with a
     * "discarded" attempt. A stop cancels applications too, but only queued ones, which never started: the
     * candidate rejected the run then, not the job.
     */
    String DISCARDED = "(a.status = 'CANCELLED' AND EXISTS (SELECT 1 FROM application_attempt d "
            + "WHERE d.application_id = a.id AND d.status = '" + Attempt.DISCARDED + "'))";

    /**
     * The profile's applications to any of these jobs that are in any of these statuses or were
     * {@linkplain #DISCARDED discarded} (a discarded job counts as applied to), newest first.
     */
    @SqlQuery("SELECT * FROM application a WHERE profile_id = :profileId AND job_key IN (<keys>) "
            + "AND (status IN (<statuses>) OR " + DISCARDED + ") ORDER BY created_at DESC, id")
    List<ApplicationRow> blockingForJobs(@Bind("profileId") String profileId,
                                         @BindList("keys") Collection<String> jobKeys,
                                         @BindList("statuses") Collection<String> statuses);

    /**
     * The jobs a search must not offer the profile again: those of all its applications but the ones a stop
     * cancelled (a {@linkplain #DISCARDED discarded} one counts).
     */
    @SqlQuery("SELECT DISTINCT job_key FROM application a WHERE profile_id = :profileId "
            + "AND (status <> 'CANCELLED' OR " + DISCARDED + ")")
    List<String> appliedJobKeys(@Bind("profileId") String profileId);

    @SqlQuery("SELECT * FROM application WHERE status = 'PROCESSING' ORDER BY created_at, list_position, id")
    List<ApplicationRow> processing();

    /** Moves one application from one status to another; 0 when it was not in {@code from}. */
    @SqlUpdate("UPDATE application SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
    int transition(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to,
                   @Bind("now") Instant now);

    @SqlUpdate("UPDATE application SET status = 'CANCELLED', updated_at = :now "
            + "WHERE session_id = :sessionId AND status = 'QUEUED'")
    int cancelQueued(@Bind("sessionId") String sessionId, @Bind("now") Instant now);

    /** Sets the status and error together, when the application is in {@code from}. */
    @SqlUpdate("UPDATE application SET status = :to, error_code = :errorCode, error_message = :errorMessage, "
            + "updated_at = :now WHERE id = :id AND status = :from")
    int transitionWithError(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to,
                            @Bind("errorCode") String errorCode, @Bind("errorMessage") String errorMessage,
                            @Bind("now") Instant now);

    /** A profile's applications in any of these statuses, oldest first. */
    @SqlQuery("SELECT * FROM application WHERE profile_id = :profileId AND status IN (<statuses>) "
            + "ORDER BY created_at, list_position, id")
    List<ApplicationRow> ofProfile(@Bind("profileId") String profileId,
                                   @BindList("statuses") Collection<String> statuses);

    /** Every profile's applications in any of these statuses, the most recently changed first. */
    @SqlQuery("SELECT * FROM application WHERE status IN (<statuses>) ORDER BY updated_at DESC, id")
    List<ApplicationRow> inStatuses(@BindList("statuses") Collection<String> statuses);

    @SqlQuery("SELECT COUNT(*) FROM application WHERE status IN (<statuses>)")
    int countInStatuses(@BindList("statuses") Collection<String> statuses);

    /** How many applications of each of these sessions are in any of these statuses (a session with none: absent). */
    @SqlQuery("SELECT session_id, COUNT(*) AS n FROM application WHERE session_id IN (<sessionIds>) "
            + "AND status IN (<statuses>) GROUP BY session_id")
    @KeyColumn("session_id")
    @ValueColumn("n")
    Map<String, Integer> countBySession(@BindList("sessionIds") Collection<String> sessionIds,
                                        @BindList("statuses") Collection<String> statuses);

    /**
     * Puts an application that is in one of {@code from} back in the queue, in another run: its
     * error and submit click are cleared (a crash in the new attempt must not look like a submit
     * of the old one); attempts, answers and evidence stay until the new attempt replaces them.
     */
    @SqlUpdate("UPDATE application SET status = 'QUEUED', session_run_id = :runId, error_code = NULL, "
            + "error_message = NULL, submit_clicked_at = NULL, updated_at = :now "
            + "WHERE id = :id AND status IN (<from>)")
    int requeue(@Bind("id") String id, @BindList("from") Collection<String> from, @Bind("runId") String runId,
                @Bind("now") Instant now);

    /** Records the candidate's approval of a reviewed application: it is applied in submit mode from now on. */
    @SqlUpdate("UPDATE application SET approved_at = :now, updated_at = :now WHERE id = :id")
    int approve(@Bind("id") String id, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM application WHERE id = :id AND approved_at IS NOT NULL")
    int countApproved(@Bind("id") String id);

    @SqlUpdate("UPDATE application SET submit_clicked_at = :at, updated_at = :at WHERE id = :id")
    int markSubmitClicked(@Bind("id") String id, @Bind("at") Instant at);

    /** Fills in a title and company the candidate did not give; what they gave is kept. */
    @SqlUpdate("UPDATE application SET job_title = COALESCE(job_title, :title), "
            + "company_name = COALESCE(company_name, :company), updated_at = :at WHERE id = :id")
    int fillPostingNames(@Bind("id") String id, @Bind("title") String title, @Bind("company") String company,
                         @Bind("at") Instant at);

    /** Writes what the engine reported; only an application still PROCESSING takes an outcome. */
    @SqlUpdate("UPDATE application SET status = :status, ats_type = :atsType, confirmation_url = :confirmationUrl, "
            + "questions_and_answers = :questionsAndAnswers, pending_questions = :pendingQuestions, "
            + "error_code = :errorCode, error_message = :errorMessage, evidence = :evidence, updated_at = :now "
            + "WHERE id = :id AND status = 'PROCESSING'")
    int writeOutcome(@Bind("id") String id, @Bind("status") String status, @Bind("atsType") String atsType,
                     @Bind("confirmationUrl") String confirmationUrl,
                     @Bind("questionsAndAnswers") String questionsAndAnswersJson,
                     @Bind("pendingQuestions") String pendingQuestionsJson, @Bind("errorCode") String errorCode,
                     @Bind("errorMessage") String errorMessage, @Bind("evidence") String evidenceJson,
                     @Bind("now") Instant now);

    @SqlQuery("SELECT COALESCE(MAX(attempt), 0) FROM application_attempt WHERE application_id = :id")
    int lastAttempt(@Bind("id") String applicationId);

    @SqlUpdate("INSERT INTO application_attempt (application_id, attempt, status, recorded_at) "
            + "VALUES (:id, :attempt, :status, :at)")
    void insertAttempt(@Bind("id") String applicationId, @Bind("attempt") int attempt,
                       @Bind("status") String status, @Bind("at") Instant at);

    @SqlUpdate("UPDATE application_attempt SET status = :status, recorded_at = :at "
            + "WHERE application_id = :id AND attempt = :attempt")
    int updateAttempt(@Bind("id") String applicationId, @Bind("attempt") int attempt,
                      @Bind("status") String status, @Bind("at") Instant at);

    @SqlQuery("SELECT * FROM application_attempt WHERE application_id IN (<ids>) ORDER BY application_id, attempt")
    List<AttemptRow> attemptsOf(@BindList("ids") Collection<String> applicationIds);

    /** The application with its attempts. */
    default Optional<Application> find(String id) {
        return findRow(id).map(row -> withAttempts(List.of(row)).get(0));
    }

    /** Turns rows into applications, loading all their attempts in one query. */
    default List<Application> withAttempts(List<ApplicationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Attempt>> attempts = attemptsOf(rows.stream().map(ApplicationRow::id).toList()).stream()
                .collect(Collectors.groupingBy(AttemptRow::applicationId, LinkedHashMap::new,
                        Collectors.mapping(AttemptRow::toAttempt, Collectors.toList())));
        return rows.stream().map(row -> row.toApplication(attempts.getOrDefault(row.id(), List.of()))).toList();
    }
}
