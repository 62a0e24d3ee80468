package io.applydesk.core.profile.store;

import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code resume}; {@code format} is a {@link io.applydesk.core.profile.ResumeFormat} name. */
public record ResumeRow(String id, String profileId, String fileName, String storedPath, String format,
                        long sizeBytes, String sha256, boolean isDefault, Instant createdAt) {

    /** Maps {@code SELECT *} rows by column name. */
    public static final class Mapper implements RowMapper<ResumeRow> {
        @Override
        public ResumeRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ResumeRow(
                    rs.getString(ProfileColumns.ID),
                    rs.getString(ProfileColumns.PROFILE_ID),
                    rs.getString(ProfileColumns.FILE_NAME),
                    rs.getString(ProfileColumns.STORED_PATH),
                    rs.getString(ProfileColumns.FORMAT),
                    rs.getLong(ProfileColumns.SIZE_BYTES),
                    rs.getString(ProfileColumns.SHA256),
                    rs.getBoolean(ProfileColumns.IS_DEFAULT),
                    ResultSets.instant(rs, ProfileColumns.CREATED_AT));
        }
    }
}
