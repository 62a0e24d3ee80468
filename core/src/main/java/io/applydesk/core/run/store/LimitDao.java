package io.applydesk.core.run.store;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The counts behind the run limits. An application counts toward a cap when it was sent or may have been
 * sent (SUCCESS, UNCONFIRMED) or is being sent now (PROCESSING, so two workers cannot both take the last
 * place); the moment it counts for is its submit click, or its last change when it was never clicked
 * (an application the candidate marked as sent).
 */
public interface LimitDao {

    /** The statuses that count toward a cap, as an SQL list. */
    String COUNTED = "('SUCCESS', 'UNCONFIRMED', 'PROCESSING')";

    @SqlQuery("SELECT COUNT(*) FROM application WHERE profile_id = :profileId AND status IN " + COUNTED
            + " AND COALESCE(submit_clicked_at, updated_at) >= :since")
    int countSentSince(@Bind("profileId") String profileId, @Bind("since") Instant since);

    /** Applications of the run other than this one that were started (they have an attempt). */
    @SqlQuery("SELECT COUNT(*) FROM application a WHERE a.session_run_id = :runId AND a.id <> :id "
            + "AND EXISTS (SELECT 1 FROM application_attempt t WHERE t.application_id = a.id)")
    int countStartedInRun(@Bind("runId") String runId, @Bind("id") String applicationId);

    /** The profile's other applications to this company (by name, or by ATS tenant; '' for unknown) counted since then. */
    @SqlQuery("SELECT COUNT(*) FROM application WHERE profile_id = :profileId AND id <> :id AND status IN "
            + COUNTED + " AND COALESCE(submit_clicked_at, updated_at) >= :since AND ("
            + "(:company <> '' AND LOWER(company_name) = LOWER(:company)) "
            + "OR (:tenant <> '' AND ats_type = :ats AND LOWER(job_tenant) = LOWER(:tenant)))")
    int countSameCompanySince(@Bind("profileId") String profileId, @Bind("id") String applicationId,
                              @Bind("company") String company, @Bind("ats") String atsType,
                              @Bind("tenant") String tenant, @Bind("since") Instant since);
}
