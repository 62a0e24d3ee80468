package io.applydesk.core.profile.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The {@code answer_bank} table: one row per (profile, normalised question). Upserts are an update
 * then an insert in one transaction because {@code MERGE}/{@code ON CONFLICT} are not portable.
 */
@RegisterRowMapper(AnswerRow.Mapper.class)
public interface AnswerBankDao {

    @SqlUpdate("INSERT INTO answer_bank (profile_id, question, normalized_question, answer, created_at, updated_at) "
            + "VALUES (:profileId, :question, :normalized, :answer, :now, :now)")
    void insert(@Bind("profileId") String profileId, @Bind("question") String question,
                @Bind("normalized") String normalizedQuestion, @Bind("answer") String answer,
                @Bind("now") Instant now);

    @SqlUpdate("UPDATE answer_bank SET question = :question, answer = :answer, updated_at = :now "
            + "WHERE profile_id = :profileId AND normalized_question = :normalized")
    int updateAnswer(@Bind("profileId") String profileId, @Bind("question") String question,
                     @Bind("normalized") String normalizedQuestion, @Bind("answer") String answer,
                     @Bind("now") Instant now);

    @SqlQuery("SELECT * FROM answer_bank WHERE profile_id = :profileId AND normalized_question = :normalized")
    Optional<AnswerRow> find(@Bind("profileId") String profileId, @Bind("normalized") String normalizedQuestion);

    @SqlUpdate("DELETE FROM answer_bank WHERE profile_id = :profileId AND normalized_question = :normalized")
    int delete(@Bind("profileId") String profileId, @Bind("normalized") String normalizedQuestion);

    /** Every row, answered or not, in the order first met. */
    @SqlQuery("SELECT * FROM answer_bank WHERE profile_id = :profileId ORDER BY created_at, id")
    List<AnswerRow> forProfile(@Bind("profileId") String profileId);

    /** Sets the answer of the question, creating its row when the profile never met it. */
    @Transaction
    default void upsertAnswer(String profileId, String question, String normalizedQuestion, String answer,
                              Instant now) {
        if (updateAnswer(profileId, question, normalizedQuestion, answer, now) == 0) {
            insert(profileId, question, normalizedQuestion, answer, now);
        }
    }

    /** Stores the question with no answer unless the profile already has a row for it. */
    @Transaction
    default void insertUnansweredIfAbsent(String profileId, String question, String normalizedQuestion,
                                          Instant now) {
        if (find(profileId, normalizedQuestion).isEmpty()) {
            insert(profileId, question, normalizedQuestion, null, now);
        }
    }
}
