package io.applydesk.core.profile.store;

import java.time.Instant;
import java.util.List;
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

    @SqlUpdate("INSERT INTO answer_bank (profile_id, question, normalized_question, answer, question_type, "
            + "question_options, created_at, updated_at) "
            + "VALUES (:profileId, :question, :normalized, :answer, :type, :options, :now, :now)")
    void insert(@Bind("profileId") String profileId, @Bind("question") String question,
                @Bind("normalized") String normalizedQuestion, @Bind("answer") String answer,
                @Bind("type") String questionType, @Bind("options") String optionsJson, @Bind("now") Instant now);

    @SqlUpdate("UPDATE answer_bank SET question = :question, answer = :answer, updated_at = :now "
            + "WHERE profile_id = :profileId AND normalized_question = :normalized")
    int updateAnswer(@Bind("profileId") String profileId, @Bind("question") String question,
                     @Bind("normalized") String normalizedQuestion, @Bind("answer") String answer,
                     @Bind("now") Instant now);

    /** Keeps how a form asked the question; the answer, if any, stays. */
    @SqlUpdate("UPDATE answer_bank SET question_type = :type, question_options = :options "
            + "WHERE profile_id = :profileId AND normalized_question = :normalized")
    int updateAsked(@Bind("profileId") String profileId, @Bind("normalized") String normalizedQuestion,
                    @Bind("type") String questionType, @Bind("options") String optionsJson);

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
            insert(profileId, question, normalizedQuestion, answer, null, null, now);
        }
    }

    /**
     * Keeps how a form asked the question (its type and options as JSON) on the profile's row for it, creating the
     * row with no answer when the profile never met it.
     */
    @Transaction
    default void upsertAsked(String profileId, String question, String normalizedQuestion, String questionType,
                             String optionsJson, Instant now) {
        if (updateAsked(profileId, normalizedQuestion, questionType, optionsJson) == 0) {
            insert(profileId, question, normalizedQuestion, null, questionType, optionsJson, now);
        }
    }
}
