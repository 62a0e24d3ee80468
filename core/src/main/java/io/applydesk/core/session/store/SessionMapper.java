package io.applydesk.core.session.store;

import io.applydesk.core.json.JsonText;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Limits;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@link SessionDao#SELECT_WITH_STATS} rows: the stored columns plus the derived stats. */
public final class SessionMapper implements RowMapper<Session> {

    @Override
    public Session map(ResultSet rs, StatementContext ctx) throws SQLException {
        SessionStats stats = new SessionStats(
                rs.getInt("total_runs"),
                rs.getInt("total_applications"),
                rs.getInt("successful_applications"),
                rs.getInt("failed_applications"),
                rs.getInt("jobs_queued"),
                ResultSets.instant(rs, "last_run_at"),
                ResultSets.instant(rs, "next_run_at"));
        return new Session(
                rs.getString("id"),
                SessionType.fromApiValue(rs.getString("type")),
                rs.getString("candidate_profile_id"),
                SessionStatus.fromApiValue(rs.getString("status")),
                JsonText.read(rs.getString("schedule"), Schedule.class),
                JsonText.read(rs.getString("filters"), Filters.class),
                JsonText.read(rs.getString("limits"), Limits.class),
                rs.getString("search_id"),
                rs.getString("override_email"),
                rs.getString("resume_id"),
                rs.getBoolean("review_mode"),
                JsonText.read(rs.getString("search_context"), SearchContext.class),
                stats,
                ResultSets.instant(rs, "created_at"),
                ResultSets.instant(rs, "updated_at"));
    }
}
