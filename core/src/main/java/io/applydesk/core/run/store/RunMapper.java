package io.applydesk.core.run.store;

import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@link RunDao#SELECT_WITH_STATS} rows: the stored columns plus the derived stats. */
public final class RunMapper implements RowMapper<SessionRun> {

    @Override
    public SessionRun map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SessionRun(
                rs.getString("id"),
                rs.getString("session_id"),
                ResultSets.instant(rs, "started_at"),
                ResultSets.instant(rs, "completed_at"),
                RunStatus.fromApiValue(rs.getString("status")),
                new RunStats(rs.getInt("jobs_found"), rs.getInt("applications_attempted"),
                        rs.getInt("applications_successful"), rs.getInt("applications_failed")));
    }
}
