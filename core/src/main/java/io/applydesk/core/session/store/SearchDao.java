package io.applydesk.core.session.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.session.SearchContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code search} table, as far as sessions need it: a {@code searchId} must resolve and gives
 * the session its searchContext. Issue 4's search service writes the full records.
 */
@RegisterRowMapper(SearchDao.ContextMapper.class)
public interface SearchDao {

    @SqlUpdate("INSERT INTO search (id, titles, locations, request, created_at) "
            + "VALUES (:id, :titles, :locations, :request, :createdAt)")
    void insertRow(@Bind("id") String id, @Bind("titles") String titlesJson, @Bind("locations") String locationsJson,
                   @Bind("request") String requestJson, @Bind("createdAt") Instant createdAt);

    /** The search's titles and locations, when the search exists. */
    @SqlQuery("SELECT titles, locations FROM search WHERE id = :id")
    Optional<SearchContext> context(@Bind("id") String id);

    /** The whole request of a search, when the search exists and recorded it. */
    @SqlQuery("SELECT request FROM search WHERE id = :id AND request IS NOT NULL")
    Optional<String> requestJson(@Bind("id") String id);

    /** Records a search; {@code requestJson} may be null. */
    default void insert(String id, SearchContext context, String requestJson, Instant createdAt) {
        insertRow(id, JsonText.write(context.titles()), JsonText.write(context.locations()), requestJson, createdAt);
    }

    final class ContextMapper implements RowMapper<SearchContext> {
        private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
        };

        @Override
        public SearchContext map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SearchContext(JsonText.read(rs.getString("titles"), STRINGS),
                    JsonText.read(rs.getString("locations"), STRINGS));
        }
    }
}
