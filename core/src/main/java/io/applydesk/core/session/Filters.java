package io.applydesk.core.session;

import java.util.List;

/** An autopilot session's search filters, named as in the hosted API. */
public record Filters(String jobTitle, List<String> location, List<String> workType) {

    public Filters {
        location = location == null ? List.of() : List.copyOf(location);
        workType = workType == null ? List.of() : List.copyOf(workType);
    }
}
