package io.applydesk.core.schedule;

import io.applydesk.core.json.JsonText;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.SessionTestKit;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.session.store.SessionRow;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A real H2 database with recurring sessions inserted as rows, the test clock, and a slot handler
 * that records what fired; plus an independent oracle of a schedule's slots.
 */
final class ScheduleTestKit implements AutoCloseable {
    final SessionTestKit sessions;
    final Database db;
    final SessionTestKit.TestClock clock;
    final List<DueSlot> fired = Collections.synchronizedList(new ArrayList<>());
    final SlotHandler recorder = slot -> {
        fired.add(slot);
        return "run_" + fired.size();
    };
    private int count;

    ScheduleTestKit(Path dir) {
        sessions = new SessionTestKit(dir);
        db = sessions.db;
        clock = sessions.clock;
    }

    Scheduler scheduler(MissedSlotPolicy policy) {
        return new Scheduler(db, clock, recorder, () -> policy, Scheduler.DEFAULT_GRACE);
    }

    void setClock(Instant t) {
        clock.advance(Duration.between(clock.instant(), t));
    }

    /** Inserts an active autopilot_recurring session created now, with no next run yet. */
    String recurring(String pattern, List<String> days, String time, String zone) {
        return insert("autopilot_recurring", new Schedule(pattern, days, time, zone));
    }

    String insert(String type, Schedule schedule) {
        String id = "sess_t" + (++count);
        Instant now = clock.instant();
        db.jdbi().useExtension(SessionDao.class, dao -> dao.insert(new SessionRow(id, type, "prof_test", "active",
                JsonText.write(schedule), null, null, null, null, null, false,
                JsonText.write(new SearchContext(List.of(), List.of())), null, now, now)));
        return id;
    }

    Optional<Instant> nextRunAt(String sessionId) {
        return Optional.ofNullable(sessions.sessions.get(sessionId).stats().nextRunAt());
    }

    List<Instant> firedFor(String sessionId) {
        synchronized (fired) {
            return fired.stream().filter(s -> s.sessionId().equals(sessionId)).map(DueSlot::slotAt).toList();
        }
    }

    /** Ticks, moving the clock to each next slot, until the next slot is after {@code end}. */
    void runUntil(Scheduler scheduler, Instant end) {
        Optional<Instant> next = scheduler.tick();
        while (next.isPresent() && !next.get().isAfter(end)) {
            setClock(next.get());
            next = scheduler.tick();
        }
        setClock(end);
    }

    /**
     * The slots in (from, to] found by scanning the timeline minute by minute: on each matching
     * local day, the first minute whose local date-time is at or after the slot's. That is the
     * rule (gap: the first instant after it; overlap: the earlier offset) without Recurrence's code.
     * Exact for zones whose offsets change by less than three hours in the range.
     */
    static List<Instant> oracle(ZoneId zone, LocalTime time, Predicate<LocalDate> day, Instant from, Instant to) {
        List<Instant> slots = new ArrayList<>();
        Instant m = from.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(2));
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate d = from.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (!day.test(d)) {
                continue;
            }
            LocalDateTime target = LocalDateTime.of(d, time);
            // Start at most three hours (more than any 2027 offset change) before the slot's local time.
            Instant lower = target.toInstant(zone.getRules().getOffset(target.toInstant(ZoneOffset.UTC)))
                    .minus(Duration.ofHours(3));
            m = m.isBefore(lower) ? lower : m;
            while (m.atZone(zone).toLocalDateTime().isBefore(target)) {
                m = m.plus(Duration.ofMinutes(1));
            }
            if (m.isAfter(from) && !m.isAfter(to) && (slots.isEmpty() || !slots.get(slots.size() - 1).equals(m))) {
                slots.add(m);
            }
        }
        return slots;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
