package io.applydesk.core.session;

import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.json.ApiEnums;

/** The hosted API's {@code GET /sessions} query: optional status and type filters and a page. */
public record SessionQuery(SessionStatus status, SessionType type, PageRequest page) {

    public SessionQuery {
        page = page == null ? PageRequest.of(null, null) : page;
    }

    /** Every session, first page. */
    public static SessionQuery all() {
        return new SessionQuery(null, null, null);
    }

    /**
     * From the API's text parameters (any may be null).
     *
     * @throws ApplyDeskException VALIDATION_ERROR for an unknown status or type or a bad page
     */
    public static SessionQuery of(String status, String type, Integer page, Integer limit) {
        return new SessionQuery(
                status == null ? null : ApiEnums.parse(SessionStatus.class, status, "status", SessionStatus::apiValue),
                type == null ? null : ApiEnums.parse(SessionType.class, type, "type", SessionType::apiValue),
                PageRequest.of(page, limit));
    }
}
