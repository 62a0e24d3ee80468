package io.applydesk.core.profile.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The {@code resume} table; exactly one resume per profile is the default once it has any. */
@RegisterRowMapper(ResumeRow.Mapper.class)
public interface ResumeDao {

    @SqlUpdate("INSERT INTO resume (id, profile_id, file_name, stored_path, format, size_bytes, sha256, "
            + "is_default, created_at) VALUES (:id, :profileId, :fileName, :storedPath, :format, :sizeBytes, "
            + ":sha256, :isDefault, :createdAt)")
    void insert(@BindMethods ResumeRow row);

    /** Oldest first: the order the candidate added them. */
    @SqlQuery("SELECT * FROM resume WHERE profile_id = :profileId ORDER BY created_at, id")
    List<ResumeRow> forProfile(@Bind("profileId") String profileId);

    @SqlQuery("SELECT * FROM resume WHERE profile_id = :profileId AND id = :id")
    Optional<ResumeRow> find(@Bind("profileId") String profileId, @Bind("id") String id);

    @SqlUpdate("DELETE FROM resume WHERE profile_id = :profileId AND id = :id")
    int delete(@Bind("profileId") String profileId, @Bind("id") String id);

    @SqlUpdate("UPDATE resume SET is_default = (id = :id) WHERE profile_id = :profileId")
    void markDefaultOnly(@Bind("profileId") String profileId, @Bind("id") String id);

    /** Inserts the resume and, when it is the default, clears the flag on the others in one transaction. */
    @Transaction
    default void insertKeepingOneDefault(ResumeRow row) {
        insert(row);
        if (row.isDefault()) {
            markDefaultOnly(row.profileId(), row.id());
        }
    }
}
