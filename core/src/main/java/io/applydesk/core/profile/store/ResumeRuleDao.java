package io.applydesk.core.profile.store;

import io.applydesk.core.profile.ResumeRule;
import java.util.List;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The {@code resume_title_rule} table: a profile's per-title resume rules, in order. */
@RegisterRowMapper(ResumeRuleDao.Mapper.class)
public interface ResumeRuleDao {

    @SqlQuery("SELECT title_contains, resume_id FROM resume_title_rule WHERE profile_id = :profileId "
            + "ORDER BY position")
    List<ResumeRule> forProfile(@Bind("profileId") String profileId);

    @SqlUpdate("DELETE FROM resume_title_rule WHERE profile_id = :profileId")
    void deleteAll(@Bind("profileId") String profileId);

    @SqlUpdate("INSERT INTO resume_title_rule (profile_id, position, title_contains, resume_id) "
            + "VALUES (:profileId, :position, :titleContains, :resumeId)")
    void insert(@Bind("profileId") String profileId, @Bind("position") int position,
                @Bind("titleContains") String titleContains, @Bind("resumeId") String resumeId);

    /** Replaces all of the profile's rules with {@code rules}, in their order. */
    @Transaction
    default void replaceAll(String profileId, List<ResumeRule> rules) {
        deleteAll(profileId);
        for (int i = 0; i < rules.size(); i++) {
            insert(profileId, i, rules.get(i).titleContains().trim(), rules.get(i).resumeId());
        }
    }

    /** Maps the two selected columns. */
    final class Mapper implements RowMapper<ResumeRule> {
        @Override
        public ResumeRule map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ResumeRule(rs.getString("title_contains"), rs.getString("resume_id"));
        }
    }
}
