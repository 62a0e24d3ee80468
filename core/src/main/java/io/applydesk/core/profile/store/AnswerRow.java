package io.applydesk.core.profile.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.store.ResultSets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of {@code answer_bank}; {@code answer} is null for a question met but not answered yet.
 *
 * @param questionType the type of the input the last form that reported the question showed ({@code multi_select}),
 *                     null when no form reported it
 * @param options      the choices that form offered, empty for free text
 */
public record AnswerRow(long id, String profileId, String question, String normalizedQuestion, String answer,
                        String questionType, List<String> options, Instant createdAt, Instant updatedAt) {
    private static final TypeReference<List<String>> OPTIONS = new TypeReference<>() {
    };

    public AnswerRow {
        options = options == null ? List.of() : List.copyOf(options);
    }

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
                    rs.getString(ProfileColumns.QUESTION_TYPE),
                    JsonText.read(rs.getString(ProfileColumns.QUESTION_OPTIONS), OPTIONS),
                    ResultSets.instant(rs, ProfileColumns.CREATED_AT),
                    ResultSets.instant(rs, ProfileColumns.UPDATED_AT));
        }
    }
}
