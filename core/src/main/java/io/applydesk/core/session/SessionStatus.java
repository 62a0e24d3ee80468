package io.applydesk.core.session;

import java.util.Locale;

public enum SessionStatus {
    ACTIVE, PAUSED, COMPLETED, CANCELLED;

    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionStatus fromApiValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
