package io.applydesk.core.run;

import java.util.Locale;

/** A session run's status: in_progress, completed, failed, cancelled. */
public enum RunStatus {
    IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromApiValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
