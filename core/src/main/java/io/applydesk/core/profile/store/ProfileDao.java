package io.applydesk.core.profile.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code profile} table. */
@RegisterRowMapper(ProfileRow.Mapper.class)
public interface ProfileDao {

    @SqlUpdate("INSERT INTO profile (id, name, email, document, created_at, updated_at) "
            + "VALUES (:id, :name, :email, :document, :createdAt, :updatedAt)")
    void insert(@BindMethods ProfileRow row);

    /** Returns the number of rows changed (0 when the profile does not exist). */
    @SqlUpdate("UPDATE profile SET name = :name, email = :email, document = :document, updated_at = :updatedAt "
            + "WHERE id = :id")
    int update(@BindMethods ProfileRow row);

    @SqlQuery("SELECT * FROM profile WHERE id = :id")
    Optional<ProfileRow> find(@Bind("id") String id);

    /** Oldest first, so a re-import finds the profile the file first created. */
    @SqlQuery("SELECT * FROM profile WHERE email = :email ORDER BY created_at, id")
    List<ProfileRow> findByEmail(@Bind("email") String lowerCaseEmail);

    @SqlQuery("SELECT * FROM profile ORDER BY created_at, id")
    List<ProfileRow> list();

    @SqlQuery("SELECT COUNT(*) > 0 FROM profile")
    boolean any();

    @SqlUpdate("DELETE FROM profile WHERE id = :id")
    int delete(@Bind("id") String id);
}
