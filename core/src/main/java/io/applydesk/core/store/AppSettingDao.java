package io.applydesk.core.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** App-wide settings as text key/value pairs ({@code app_setting}, created by V1__profiles.sql). */
public interface AppSettingDao {

    @SqlQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("UPDATE app_setting SET setting_value = :value WHERE setting_key = :key")
    int update(@Bind("key") String key, @Bind("value") String value);

    @SqlUpdate("INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)")
    void insert(@Bind("key") String key, @Bind("value") String value);

    /** Removes the setting, so its default applies again. */
    @SqlUpdate("DELETE FROM app_setting WHERE setting_key = :key")
    int delete(@Bind("key") String key);

    /** Sets the value, creating the setting if needed (portable upsert: update, then insert). */
    @Transaction
    default void put(String key, String value) {
        if (update(key, value) == 0) {
            insert(key, value);
        }
    }
}
