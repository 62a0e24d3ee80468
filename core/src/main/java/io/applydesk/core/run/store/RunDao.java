package io.applydesk.core.run.store;

import io.applydesk.core.application.store.ApplicationColumns;
import io.applydesk.core.run.SessionRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code session_run} table; every read derives the stats from the run's applications. */
@RegisterRowMapper(RunMapper.class)
public interface RunDao {

    /** Stored columns plus the stats, computed by SQL aggregates on every read. */
    String SELECT_WITH_STATS = "SELECT r.*, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_run_id = r.id) AS jobs_found, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_run_id = r.id AND a.status IN "
            + ApplicationColumns.STARTED_STATUSES + ") AS applications_attempted, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_run_id = r.id AND a.status = 'SUCCESS') "
            + "AS applications_successful, "
            + "(SELECT COUNT(*) FROM application a WHERE a.session_run_id = r.id AND a.status = 'FAILED') "
            + "AS applications_failed "
            + "FROM session_run r ";

    @SqlUpdate("INSERT INTO session_run (id, session_id, started_at, completed_at, status) "
            + "VALUES (:id, :sessionId, :startedAt, NULL, :status)")
    void insert(@Bind("id") String id, @Bind("sessionId") String sessionId, @Bind("startedAt") Instant startedAt,
                @Bind("status") String status);

    @SqlQuery(SELECT_WITH_STATS + "WHERE r.id = :id")
    Optional<SessionRun> find(@Bind("id") String id);

    /** Newest first. */
    @SqlQuery(SELECT_WITH_STATS + "<where> ORDER BY r.started_at DESC, r.id LIMIT :limit OFFSET :offset")
    @AllowUnusedBindings
    List<SessionRun> page(@Define("where") String where, @BindMap Map<String, ?> values,
                          @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM session_run r <where>")
    @AllowUnusedBindings
    long count(@Define("where") String where, @BindMap Map<String, ?> values);

    @SqlQuery("SELECT id FROM session_run WHERE session_id = :sessionId AND status = :status ORDER BY started_at, id")
    List<String> idsWithStatus(@Bind("sessionId") String sessionId, @Bind("status") String status);

    /** Runs still in progress whose session is active: work a restart should pick up again. */
    @SqlQuery("SELECT r.id FROM session_run r JOIN session s ON s.id = r.session_id "
            + "WHERE r.status = 'in_progress' AND s.status = 'active' ORDER BY r.started_at, r.id")
    List<String> unfinishedInActiveSessions();

    /** Every run still in progress, oldest first. */
    @SqlQuery("SELECT id FROM session_run WHERE status = 'in_progress' ORDER BY started_at, id")
    List<String> inProgress();

    /** Ends a run that is in {@code from}; 0 when it was not. */
    @SqlUpdate("UPDATE session_run SET status = :to, completed_at = :at WHERE id = :id AND status = :from")
    int finish(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to, @Bind("at") Instant at);
}
