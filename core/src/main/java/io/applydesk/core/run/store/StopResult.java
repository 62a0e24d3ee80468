package io.applydesk.core.run.store;

import java.util.List;

/**
 * What a stop changed: whether the session was cancelled now (false when it had already ended),
 * the runs it cancelled and the queued applications it cancelled.
 */
public record StopResult(boolean stopped, List<String> cancelledRunIds, List<String> cancelledApplicationIds) {

    public StopResult {
        cancelledRunIds = List.copyOf(cancelledRunIds);
        cancelledApplicationIds = List.copyOf(cancelledApplicationIds);
    }
}
