package io.applydesk.core.session;

import java.util.List;

/**
 * When a recurring session runs: {@code pattern} daily | weekly | monthly, {@code daysOfWeek}
 * lower-case names ("monday"), {@code time} "HH:mm", {@code timezone} an IANA id.
 */
public record Schedule(String pattern, List<String> daysOfWeek, String time, String timezone) {

    public Schedule {
        daysOfWeek = daysOfWeek == null ? List.of() : List.copyOf(daysOfWeek);
    }
}
