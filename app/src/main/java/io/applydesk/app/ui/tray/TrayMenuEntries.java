package io.applydesk.app.ui.tray;

import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The session lines of the tray menu: one per active or paused session, saying what it is and
 * offering the one action that makes sense for it (pause an active one, resume a paused one).
 */
public final class TrayMenuEntries {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
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

    /** e.g. "Recurring autopilot “Software Engineer” (next run Mon 7 Dec, 09:00)" or "Run once from Sun 29 Nov, 01:40". */
    static String describe(Session session, ZoneId zone) {
        String title = session.filters() == null || session.filters().jobTitle() == null
                ? "" : " “" + session.filters().jobTitle() + "”";
        switch (session.type()) {
            case RUN_ONCE:
                return "Run once from " + WHEN.format(session.createdAt().atZone(zone));
            case AUTOPILOT_ONCE:
                return "Autopilot" + title;
            default:
                Instant next = session.stats().nextRunAt();
                return "Recurring autopilot" + title
                        + (next == null ? "" : " (next run " + WHEN.format(next.atZone(zone)) + ")");
        }
    }
}
