package io.applydesk.core.common;

/** The hosted API's {@code pagination} block. */
public record Pagination(int page, int limit, long total, int totalPages) {
}
