package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayMenuEntriesTest {
    private static final Instant CREATED = Instant.parse("2026-11-29T01:40:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void activeSessionsArePausedPausedOnesResumedAndEndedOnesLeftOut() {
        List<TrayMenuEntries.Entry> entries = TrayMenuEntries.of(List.of(
                session("sess_1", SessionType.AUTOPILOT_RECURRING, SessionStatus.ACTIVE,
                        Instant.parse("2026-12-07T14:00:00Z")),
                session("sess_2", SessionType.RUN_ONCE, SessionStatus.PAUSED, null),
                session("sess_3", SessionType.AUTOPILOT_ONCE, SessionStatus.COMPLETED, null),
                session("sess_4", SessionType.AUTOPILOT_ONCE, SessionStatus.CANCELLED, null)), NEW_YORK);

        assertEquals(List.of(
                "Pause Recurring autopilot “Software Engineer” (next run Mon 7 Dec, 09:00)",
                "Resume Run once, Sat 28 Nov, 20:40"), entries.stream().map(TrayMenuEntries.Entry::actionLabel).toList());
        assertEquals(List.of("sess_1", "sess_2"), entries.stream().map(TrayMenuEntries.Entry::sessionId).toList());
    }

    @Test
    void aSessionPausedFromTheMenuKeepsItsPlaceNewestFirst() {
        Instant hourLater = CREATED.plusSeconds(3600);
        Session oldest = session("sess_1", SessionType.RUN_ONCE, SessionStatus.ACTIVE, null, CREATED);
        Session middle = session("sess_2", SessionType.RUN_ONCE, SessionStatus.ACTIVE, null, hourLater);
        Session newest = session("sess_3", SessionType.RUN_ONCE, SessionStatus.ACTIVE, null, hourLater.plusSeconds(60));
        Session middlePaused = session("sess_2", SessionType.RUN_ONCE, SessionStatus.PAUSED, null, hourLater);

        // As the tray reads them: the active sessions, then the paused ones.
        List<TrayMenuEntries.Entry> before = TrayMenuEntries.of(List.of(newest, middle, oldest), NEW_YORK);
        List<TrayMenuEntries.Entry> after = TrayMenuEntries.of(List.of(newest, oldest, middlePaused), NEW_YORK);

        assertEquals(List.of("sess_3", "sess_2", "sess_1"), ids(before));
        assertEquals(ids(before), ids(after), "the paused session's line stays where it was");
        assertEquals(List.of(false, true, false), after.stream().map(TrayMenuEntries.Entry::resumes).toList());
    }

    @Test
    void aPausedRecurringSessionShowsNoNextRun() {
        assertEquals("Recurring autopilot “Software Engineer”", TrayMenuEntries.describe(
                session("sess_1", SessionType.AUTOPILOT_RECURRING, SessionStatus.PAUSED, null), NEW_YORK));
        assertEquals("Autopilot “Software Engineer”", TrayMenuEntries.describe(
                session("sess_1", SessionType.AUTOPILOT_ONCE, SessionStatus.ACTIVE, null), NEW_YORK));
    }

    private static Session session(String id, SessionType type, SessionStatus status, Instant nextRun) {
        return session(id, type, status, nextRun, CREATED);
    }

    private static Session session(String id, SessionType type, SessionStatus status, Instant nextRun,
                                   Instant created) {
        boolean autopilot = type != SessionType.RUN_ONCE;
        return new Session(id, type, "prof_1", status,
                type == SessionType.AUTOPILOT_RECURRING ? new Schedule("daily", List.of(), "09:00", "America/New_York")
                        : null,
                autopilot ? new Filters("Software Engineer", List.of(), List.of()) : null, null, null, null, null,
                false, new SearchContext(List.of(), List.of()), new SessionStats(0, 0, 0, 0, 0, null, nextRun),
                created, created);
    }

    private static List<String> ids(List<TrayMenuEntries.Entry> entries) {
        return entries.stream().map(TrayMenuEntries.Entry::sessionId).toList();
    }
}
