package io.applydesk.core.profile.store;

import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code answer_bank}; {@code answer} is null for a question met but not answered yet. */
public record AnswerRow(long id, String profileId, String question, String normalizedQuestion, String answer,
                        Instant createdAt, Instant updatedAt) {

    /** Maps {@code SELECT *} rows by column name. */
    public static final class Mapper implements RowMapper<AnswerRow> {
        @Override
        public AnswerRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AnswerRow(
                    rs.getLong(ProfileColumns.ID),
                    rs.getString(ProfileColumns.PROFILE_ID),
                    rs.getString(ProfileColumns.QUESTION),
                    rs.getString(ProfileColumns.NORMALIZED_QUESTION),
                    rs.getString(ProfileColumns.ANSWER),
                    ResultSets.instant(rs, ProfileColumns.CREATED_AT),
                    ResultSets.instant(rs, ProfileColumns.UPDATED_AT));
        }
    }
}
