package io.applydesk.core.common;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;

/** The hosted API's paging: page ≥ 1 (default 1), limit 1–100 (default 20). */
public record PageRequest(int page, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The page number must be 1 or more.", "page=" + page);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The number of items per page must be between 1 and 100.", "limit=" + limit);
        }
    }

    /** Nulls take the defaults. */
    public static PageRequest of(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? DEFAULT_LIMIT : limit);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    public <T> Page<T> toPage(java.util.List<T> data, long total) {
        int totalPages = (int) ((total + limit - 1) / limit);
        return new Page<>(data, new Pagination(page, limit, total, totalPages));
    }
}
