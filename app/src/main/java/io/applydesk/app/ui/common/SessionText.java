package io.applydesk.app.ui.common;

import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages name a session and its next run for a person. */
public final class SessionText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private SessionText() {
    }

    /**
     * e.g. "Run once, Sun 29 Nov, 01:40" (with its time: two runs of a day read alike), "Autopilot “Software
     * Engineer”", "Recurring autopilot “Data Analyst”".
     */
    public static String name(Session session, ZoneId zone) {
        String title = session.filters() == null || session.filters().jobTitle() == null
                ? "" : " “" + session.filters().jobTitle() + "”";
        switch (session.type()) {
            case RUN_ONCE:
                return "Run once, " + WHEN.format(session.createdAt().atZone(zone));
            case AUTOPILOT_ONCE:
                return "Autopilot" + title;
            default:
                return "Recurring autopilot" + title;
        }
    }

    /** e.g. "Mon 7 Dec, 09:00", or "—" when nothing is scheduled. */
    public static String when(Instant at, ZoneId zone) {
        return at == null ? "—" : WHEN.format(at.atZone(zone));
    }

    /** The hosted API's status, capitalised: "Active", "Paused", "Completed", "Cancelled" (what Stop leads to). */
    public static String status(SessionStatus status) {
        return FormNodes.capitalized(status.apiValue());
    }
}
