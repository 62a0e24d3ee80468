package io.applydesk.core.session;

import io.applydesk.core.application.Application;
import io.applydesk.core.run.SessionRun;
import java.util.List;

/** What {@code createRunOnce} stored: the session, its one run and one application per job, in list order. */
public record SessionCreated(Session session, SessionRun run, List<Application> applications) {

    public SessionCreated {
        applications = List.copyOf(applications);
    }
}
