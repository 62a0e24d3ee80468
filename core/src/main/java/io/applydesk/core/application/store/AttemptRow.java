package io.applydesk.core.application.store;

import io.applydesk.core.application.Attempt;
import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code application_attempt}. */
public record AttemptRow(String applicationId, int attempt, String status, Instant recordedAt) {

    public Attempt toAttempt() {
        return new Attempt(attempt, status, recordedAt);
    }

    public static final class Mapper implements RowMapper<AttemptRow> {
        @Override
        public AttemptRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AttemptRow(rs.getString(ApplicationColumns.APPLICATION_ID),
                    rs.getInt(ApplicationColumns.ATTEMPT), rs.getString(ApplicationColumns.STATUS),
                    ResultSets.instant(rs, ApplicationColumns.RECORDED_AT));
        }
    }
}
