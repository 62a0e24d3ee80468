package io.applydesk.core.schedule.store;

import io.applydesk.core.schedule.SlotOutcome;
import io.applydesk.core.schedule.SlotRecord;
import io.applydesk.core.store.ResultSets;
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

/** The scheduler's reads and writes: recurring sessions' next runs and the claimed slots. */
public interface ScheduleDao {

    String RECURRING = "'autopilot_recurring'";

    /**
     * Recurring sessions the scheduler must look at now: active ones that are due, were never
     * scheduled (new, or resumed: pausing clears {@code next_run_schedule}) or whose schedule changed;
     * and ended or paused ones still showing a next run. A schedule that cannot run keeps
     * {@code next_run_schedule} equal to it and no next run, so it is not looked at again until changed.
     */
    @SqlQuery("SELECT id FROM session WHERE type = " + RECURRING + " AND ("
            + "(status = 'active' AND schedule IS NOT NULL AND (next_run_at <= :now "
            + "OR next_run_schedule IS NULL OR next_run_schedule <> schedule)) "
            + "OR (status <> 'active' AND next_run_at IS NOT NULL)) ORDER BY id")
    List<String> needingAttention(@Bind("now") Instant now);

    /** The earliest next run of an active recurring session: when the scheduler must wake. */
    @SqlQuery("SELECT MIN(next_run_at) AS t FROM session WHERE type = " + RECURRING + " AND status = 'active'")
    @RegisterRowMapper(InstantMapper.class)
    Optional<Instant> earliestNextRun();

    /** The session's row, locked until the transaction ends: one scheduler at a time claims its slots. */
    @SqlQuery("SELECT id, type, status, schedule, next_run_at, next_run_schedule, created_at, updated_at "
            + "FROM session WHERE id = :id FOR UPDATE")
    @RegisterRowMapper(SessionRowMapper.class)
    Optional<ScheduledSessionRow> lock(@Bind("id") String sessionId);

    @SqlUpdate("UPDATE session SET next_run_at = :next, next_run_schedule = :schedule WHERE id = :id")
    void setNextRun(@Bind("id") String sessionId, @Bind("next") Instant next, @Bind("schedule") String schedule);

    @SqlUpdate("UPDATE session SET schedule = :schedule, next_run_at = :next, next_run_schedule = :schedule, "
            + "updated_at = :now WHERE id = :id")
    void reschedule(@Bind("id") String sessionId, @Bind("schedule") String schedule, @Bind("next") Instant next,
                    @Bind("now") Instant now);

    /** The latest slot ever claimed for the session: no later computation may go back before it. */
    @SqlQuery("SELECT MAX(slot_at) AS t FROM schedule_slot WHERE session_id = :id")
    @RegisterRowMapper(InstantMapper.class)
    Optional<Instant> lastClaimed(@Bind("id") String sessionId);

    /** Claims a slot; the primary key (session, slot) refuses a second claim. */
    @SqlUpdate("INSERT INTO schedule_slot (session_id, slot_at, outcome, slot_count, first_slot_at, claimed_at) "
            + "VALUES (:id, :slot, :outcome, :count, :first, :now)")
    void claim(@Bind("id") String sessionId, @Bind("slot") Instant slotAt, @Bind("outcome") String outcome,
               @Bind("count") int slotCount, @Bind("first") Instant firstSlotAt, @Bind("now") Instant now);

    @SqlUpdate("UPDATE schedule_slot SET handled_at = :now, run_id = :runId, error_message = :error "
            + "WHERE session_id = :id AND slot_at = :slot")
    void handled(@Bind("id") String sessionId, @Bind("slot") Instant slotAt, @Bind("now") Instant now,
                 @Bind("runId") String runId, @Bind("error") String errorMessage);

    /** The session's slot history, newest first. */
    @SqlQuery("SELECT * FROM schedule_slot WHERE session_id = :id ORDER BY slot_at DESC LIMIT :limit")
    @RegisterRowMapper(SlotRecordMapper.class)
    List<SlotRecord> history(@Bind("id") String sessionId, @Bind("limit") int limit);

    /** Maps {@link #lock} rows. */
    final class SessionRowMapper implements RowMapper<ScheduledSessionRow> {
        @Override
        public ScheduledSessionRow map(ResultSet rs, StatementContext ctx)
                throws SQLException {
            return new ScheduledSessionRow(rs.getString("id"), rs.getString("type"), rs.getString("status"),
                    rs.getString("schedule"), ResultSets.instant(rs, "next_run_at"),
                    rs.getString("next_run_schedule"), ResultSets.instant(rs, "created_at"),
                    ResultSets.instant(rs, "updated_at"));
        }
    }

    /** Maps {@link #history} rows. */
    final class SlotRecordMapper implements RowMapper<SlotRecord> {
        @Override
        public SlotRecord map(ResultSet rs, StatementContext ctx)
                throws SQLException {
            return new SlotRecord(rs.getString("session_id"), ResultSets.instant(rs, "slot_at"),
                    SlotOutcome.valueOf(rs.getString("outcome")), rs.getInt("slot_count"),
                    ResultSets.instant(rs, "first_slot_at"), ResultSets.instant(rs, "claimed_at"),
                    ResultSets.instant(rs, "handled_at"), rs.getString("run_id"), rs.getString("error_message"));
        }
    }

    /** Maps the single column {@code t} of an aggregate; a null aggregate reads as an empty Optional. */
    final class InstantMapper implements RowMapper<Instant> {
        @Override
        public Instant map(ResultSet rs, StatementContext ctx) throws SQLException {
            return ResultSets.instant(rs, "t");
        }
    }
}
