package io.applydesk.app.ui.tray;

import io.applydesk.app.ui.common.SessionText;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The session lines of the tray menu: one per active or paused session, saying what it is and
 * offering the one action that makes sense for it (pause an active one, resume a paused one).
 */
public final class TrayMenuEntries {
    private static final Comparator<Session> NEWEST_FIRST = Comparator.comparing(Session::createdAt).reversed()
            .thenComparing(Session::sessionId);

    private TrayMenuEntries() {
    }

    /** One session line: its label, and whether the action resumes it (else pauses it). */
    public record Entry(String sessionId, String label, boolean resumes) {
        public String actionLabel() {
            return (resumes ? "Resume " : "Pause ") + label;
        }
    }

    /**
     * The lines for these sessions, newest first whatever their status (as the Sessions page lists them): pausing
     * or resuming one from the menu must not move its line, or another session's would be under the pointer.
     * Sessions that ended get none.
     */
    public static List<Entry> of(List<Session> sessions, ZoneId zone) {
        return sessions.stream()
                .filter(s -> s.status() == SessionStatus.ACTIVE || s.status() == SessionStatus.PAUSED)
                .sorted(NEWEST_FIRST)
                .map(s -> new Entry(s.sessionId(), describe(s, zone), s.status() == SessionStatus.PAUSED))
                .toList();
    }

    /** e.g. "Recurring autopilot “Software Engineer” (next run Mon 7 Dec, 09:00)" or "Run once, Sun 29 Nov, 01:40". */
    static String describe(Session session, ZoneId zone) {
        Instant next = session.type() == SessionType.AUTOPILOT_RECURRING ? session.stats().nextRunAt() : null;
        return SessionText.name(session, zone) + (next == null ? "" : " (next run " + SessionText.when(next, zone) + ")");
    }
}
