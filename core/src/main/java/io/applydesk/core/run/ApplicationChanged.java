package io.applydesk.core.run;

import io.applydesk.core.application.Application;

/** An application's status or outcome changed; {@code application} is as stored now. */
public record ApplicationChanged(Application application) implements RunEvent {

    @Override
    public String sessionRunId() {
        return application.sessionRunId();
    }
}
