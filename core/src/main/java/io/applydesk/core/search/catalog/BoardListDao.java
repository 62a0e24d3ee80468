package io.applydesk.core.search.catalog;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code board}, {@code board_group} and {@code board_group_member} tables (V5). */
@RegisterRowMapper(BoardListDao.SavedBoardMapper.class)
@RegisterRowMapper(BoardListDao.GroupMapper.class)
public interface BoardListDao {
    String BOARD_COLUMNS = "b.board_key, b.ats, b.token, b.company_name, b.source_url, b.added_at";
    String BOARD_ORDER = " ORDER BY LOWER(b.company_name), b.board_key";
    String GROUP_COLUMNS = "g.id, g.name, g.created_at, "
            + "(SELECT COUNT(*) FROM board_group_member m WHERE m.group_id = g.id) AS board_count";

    @SqlUpdate("INSERT INTO board (board_key, ats, token, company_name, source_url, added_at) "
            + "VALUES (:key, :ats, :token, :company, :sourceUrl, :addedAt)")
    void insert(@Bind("key") String key, @Bind("ats") String ats, @Bind("token") String token,
                @Bind("company") String company, @Bind("sourceUrl") String sourceUrl,
                @Bind("addedAt") Instant addedAt);

    @SqlQuery("SELECT " + BOARD_COLUMNS + " FROM board b WHERE b.board_key = :key")
    Optional<SavedBoard> find(@Bind("key") String key);

    @SqlUpdate("DELETE FROM board WHERE board_key = :key")
    int delete(@Bind("key") String key);

    @SqlQuery("SELECT " + BOARD_COLUMNS + " FROM board b" + BOARD_ORDER + " LIMIT :limit OFFSET :offset")
    List<SavedBoard> page(@Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT " + BOARD_COLUMNS + " FROM board b" + BOARD_ORDER)
    List<SavedBoard> all();

    @SqlQuery("SELECT COUNT(*) FROM board")
    long count();

    @SqlQuery("SELECT " + BOARD_COLUMNS + " FROM board b JOIN board_group_member m ON m.board_key = b.board_key "
            + "WHERE m.group_id = :groupId" + BOARD_ORDER + " LIMIT :limit OFFSET :offset")
    List<SavedBoard> pageInGroup(@Bind("groupId") String groupId, @Bind("limit") int limit,
                                 @Bind("offset") long offset);

    @SqlQuery("SELECT " + BOARD_COLUMNS + " FROM board b JOIN board_group_member m ON m.board_key = b.board_key "
            + "WHERE m.group_id = :groupId" + BOARD_ORDER)
    List<SavedBoard> allInGroup(@Bind("groupId") String groupId);

    @SqlQuery("SELECT COUNT(*) FROM board_group_member WHERE group_id = :groupId")
    long countInGroup(@Bind("groupId") String groupId);

    @SqlUpdate("INSERT INTO board_group (id, name, created_at) VALUES (:id, :name, :createdAt)")
    void insertGroup(@Bind("id") String id, @Bind("name") String name, @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT " + GROUP_COLUMNS + " FROM board_group g ORDER BY LOWER(g.name), g.id")
    List<BoardGroup> groups();

    @SqlQuery("SELECT " + GROUP_COLUMNS + " FROM board_group g WHERE g.id = :id")
    Optional<BoardGroup> findGroup(@Bind("id") String id);

    @SqlUpdate("DELETE FROM board_group WHERE id = :id")
    int deleteGroup(@Bind("id") String id);

    /** Adds the board to the group unless it is in it already. */
    @SqlUpdate("INSERT INTO board_group_member (group_id, board_key) SELECT :groupId, :key "
            + "WHERE NOT EXISTS (SELECT 1 FROM board_group_member WHERE group_id = :groupId AND board_key = :key)")
    int addMember(@Bind("groupId") String groupId, @Bind("key") String key);

    @SqlUpdate("DELETE FROM board_group_member WHERE group_id = :groupId AND board_key = :key")
    int removeMember(@Bind("groupId") String groupId, @Bind("key") String key);

    final class SavedBoardMapper implements RowMapper<SavedBoard> {
        @Override
        public SavedBoard map(ResultSet rs, StatementContext ctx) throws SQLException {
            Board board = new Board(AtsType.fromApiValue(rs.getString("ats")), rs.getString("token"),
                    rs.getString("company_name"));
            return new SavedBoard(board, rs.getString("source_url"),
                    rs.getObject("added_at", OffsetDateTime.class).toInstant());
        }
    }

    final class GroupMapper implements RowMapper<BoardGroup> {
        @Override
        public BoardGroup map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new BoardGroup(rs.getString("id"), rs.getString("name"), rs.getInt("board_count"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant());
        }
    }
}
