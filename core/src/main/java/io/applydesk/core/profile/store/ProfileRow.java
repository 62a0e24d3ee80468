package io.applydesk.core.profile.store;

import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of {@code profile}. {@code document} is the profile's JSON without resumes and answers;
 * {@code email} is lower-cased for look-ups.
 */
public record ProfileRow(String id, String name, String email, String document, Instant createdAt,
                         Instant updatedAt) {

    /** Maps {@code SELECT *} rows by column name. */
    public static final class Mapper implements RowMapper<ProfileRow> {
        @Override
        public ProfileRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProfileRow(
                    rs.getString(ProfileColumns.ID),
                    rs.getString(ProfileColumns.NAME),
                    rs.getString(ProfileColumns.EMAIL),
                    rs.getString(ProfileColumns.DOCUMENT),
                    ResultSets.instant(rs, ProfileColumns.CREATED_AT),
                    ResultSets.instant(rs, ProfileColumns.UPDATED_AT));
        }
    }
}
