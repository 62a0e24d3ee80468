package io.applydesk.core.run;

import io.applydesk.core.session.Session;

/** A run or its session changed status (completed, cancelled, paused, resumed); both as stored now. */
public record RunChanged(SessionRun run, Session session) implements RunEvent {

    @Override
    public String sessionRunId() {
        return run.sessionRunId();
    }
}
