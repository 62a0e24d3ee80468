package io.applydesk.app.ui.sessions;

import io.applydesk.core.session.Session;

/**
 * One row of the sessions list: the session as last read and what its columns say.
 *
 * @param profileName the candidate profile's name, or its id when the profile is gone
 * @param needYou     how many of its applications wait on the candidate ("4 need you"), else ""
 * @param nextRun     when a recurring session runs next ("Wed 2 Dec, 09:00"), else ""
 */
public record SessionRow(Session session, String type, String status, String profileName, String stats,
                         String needYou, String nextRun) {

    public String sessionId() {
        return session.sessionId();
    }
}
