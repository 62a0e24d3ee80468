package io.applydesk.core.session.store;

import io.applydesk.core.application.store.ApplicationColumns;
import io.applydesk.core.session.Session;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code session} table; every read derives the stats from runs and applications. */
@RegisterRowMapper(SessionMapper.class)
public interface SessionDao {

    /** Stored columns plus the stats, computed by SQL aggregates on every read. */
    String SELECT_WITH_STATS = "SELECT s.*, "
            + "(SELECT COUNT(*) FROM session_run r WHERE r.session_id = s.id) AS total_runs, "
            + "(SELECT MAX(r.started_at) FROM session_run r WHERE r.session_id = s.id) AS last_run_at, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_id = s.id AND a.status IN "
            + ApplicationColumns.STARTED_STATUSES + ") AS total_applications, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_id = s.id AND a.status = 'SUCCESS') "
            + "AS successful_applications, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_id = s.id AND a.status = 'FAILED') "
            + "AS failed_applications, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_id = s.id AND a.status = 'QUEUED') "
            + "AS jobs_queued "
            + "FROM session s ";

    @SqlUpdate("INSERT INTO session (id, type, candidate_profile_id, status, schedule, filters, limits, search_id, "
            + "override_email, resume_id, review_mode, search_context, next_run_at, created_at, updated_at) "
            + "VALUES (:id, :type, :candidateProfileId, :status, :schedule, :filters, :limits, :searchId, "
            + ":overrideEmail, :resumeId, :reviewMode, :searchContext, :nextRunAt, :createdAt, :updatedAt)")
    void insert(@BindMethods SessionRow row);

    @SqlQuery(SELECT_WITH_STATS + "WHERE s.id = :id")
    Optional<Session> find(@Bind("id") String id);

    /** The profile's sessions of {@code type} that have not ended (active or paused). */
    @SqlQuery(SELECT_WITH_STATS + "WHERE s.candidate_profile_id = :profileId AND s.type = :type "
            + "AND s.status IN ('active', 'paused')")
    List<Session> live(@Bind("profileId") String profileId, @Bind("type") String type);

    /** Newest first. */
    @SqlQuery(SELECT_WITH_STATS + "<where> ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset")
    @AllowUnusedBindings
    List<Session> page(@Define("where") String where, @BindMap Map<String, ?> values,
                       @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM session s <where>")
    @AllowUnusedBindings
    long count(@Define("where") String where, @BindMap Map<String, ?> values);

    /**
     * The session's status, locking its row until the transaction ends: claims of its applications
     * and stop/pause/resume take this lock first, so they happen one after the other.
     */
    @SqlQuery("SELECT status FROM session WHERE id = :id FOR UPDATE")
    Optional<String> lockStatus(@Bind("id") String id);

    /**
     * Locks the profile's row until the transaction ends, so that two sessions created at once
     * for one profile check duplicates one after the other.
     */
    @SqlQuery("SELECT id FROM profile WHERE id = :id FOR UPDATE")
    Optional<String> lockProfile(@Bind("id") String profileId);

    /** Sets the status when it is one of {@code from}; 0 when it was not. */
    @SqlUpdate("UPDATE session SET status = :to, updated_at = :now WHERE id = :id AND status IN (<from>)")
    int transition(@Bind("id") String id, @BindList("from") Collection<String> from, @Bind("to") String to,
                   @Bind("now") Instant now);
}
