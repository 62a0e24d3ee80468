package io.applydesk.core.session;

import java.util.Locale;

/** The hosted API's session types. */
public enum SessionType {
    RUN_ONCE, AUTOPILOT_ONCE, AUTOPILOT_RECURRING;

    /** e.g. {@code run_once} */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionType fromApiValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
