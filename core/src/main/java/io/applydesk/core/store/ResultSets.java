package io.applydesk.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column readers shared by the row mappers, the same on H2 and PostgreSQL. */
public final class ResultSets {
    private ResultSets() {
    }

    /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
