package io.applydesk.core.application;

import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.json.ApiEnums;

/**
 * The hosted API's {@code GET /applications} query: optional session and status filters and a
 * page. {@code sessionRunId} (ours) narrows to one run.
 */
public record ApplicationQuery(String sessionId, String sessionRunId, ApplicationStatus status, PageRequest page) {

    public ApplicationQuery {
        page = page == null ? PageRequest.of(null, null) : page;
    }

    /** The applications of one session, first page. */
    public static ApplicationQuery ofSession(String sessionId) {
        return new ApplicationQuery(sessionId, null, null, null);
    }

    /**
     * From the API's text parameters (any may be null).
     *
     * @throws ApplyDeskException VALIDATION_ERROR for an unknown status or a bad page
     */
    public static ApplicationQuery of(String sessionId, String status, Integer page, Integer limit) {
        return new ApplicationQuery(sessionId, null,
                status == null ? null : ApiEnums.parse(ApplicationStatus.class, status, "status", Enum::name),
                PageRequest.of(page, limit));
    }
}
